"""chart-auditor: checks radiation-oncology charts against Medicare's IMRT documentation rules."""

__version__ = "0.1.0"
