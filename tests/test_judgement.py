

def test_77301_billed_for_a_3d_course_is_a_charge_hold(auditor, tmp_path):
    (tmp_path / "consult.txt").write_text(HEADER + THREE_D)
    (tmp_path / "charges.csv").write_text("date_of_service,code,modifiers,units,icd10,rendering_provider\n"
                                          "2025-01-10,77301,,1,C61,SYNTHETIC\n")
    result = auditor.audit_chart(tmp_path)
    assert result.verdict == "not_imrt"
    data = auditor.record(result, tmp_path)
    held = {f["rule"]: f for f in data["charge_findings"] if f["status"] == "hold"}
    assert "imrt-plan-for-a-3d-course" in held and "77295" in held["imrt-plan-for-a-3d-course"]["fix"]
