"""Shared fixtures: the engine is built once per test session, never at import time."""

import pytest


@pytest.fixture(scope="session")
def auditor():
    from auditor.audit import Auditor

    return Auditor()
