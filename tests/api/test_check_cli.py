"""`ketnap check`: one dossier as JSON facts judged without a database, as a user runs it —
the verdict on stdout, exit 0 / 1 / 2, Vietnamese errors naming the field."""

import json
import os
import tempfile
import unittest

import harness

# A file complete up to the chi bộ meeting on 05/01/2026: the decision is due within 60
# working days, Tết 2026 (16–20/02) inside the window.
READY = [
    {"step": "nguon", "date": "2025-01-06"},
    {"step": "cam_tinh", "date": "2025-02-03"},
    {"step": "phan_cong_giup_do", "date": "2025-02-03", "helpers": ["Lê Văn Một"]},
    {"step": "hoc_nhan_thuc", "date": "2025-03-14", "number": "112/GCN"},
    {"step": "don_xin_vao_dang", "date": "2025-04-01"},
    {"step": "ly_lich", "date": "2025-04-05"},
    {"step": "tham_tra_ly_lich", "date": "2025-06-20"},
    {"step": "gioi_thieu", "date": "2025-07-01", "introducers": [
        {"name": "Lê Văn Một", "official": True, "months_together": 24},
        {"name": "Trần Thị Hai", "official": True, "months_together": 30}]},
    {"step": "nhan_xet", "date": "2025-07-10"},
    {"step": "chi_bo_de_nghi", "date": "2026-01-05", "yes": 8, "members": 9},
]


def facts(events, birth="1995-05-10", **extra):
    body = {"as_of": "2026-11-23", "candidate": {"birth_date": birth, "education": "thpt"},
            "org": {"official_members": 9}, "events": events}
    body.update(extra)
    return body


def check(body, *args):
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    return harness.run_cli("check", *args, stdin=text, timeout=30)


class CheckCliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        harness.require_binary()

    def verdict(self, r, code):
        self.assertEqual(r.returncode, code, r.stderr)
        return json.loads(r.stdout)

    def test_dossier_in_order_exits_0_with_the_decision_window(self):
        v = self.verdict(check(facts(READY)), 0)
        self.assertTrue(v["ok"])
        self.assertEqual(v["stage"], "chi_bo_de_nghi")
        self.assertEqual(v["problems"], [])
        self.assertEqual(v["next"], [{"step": "quyet_dinh_ket_nap", "earliest": "2026-01-05",
                                      "due": "2026-04-06", "due_extended": "2026-05-21",
                                      "rule": "P-12"}])
        self.assertEqual(v["dates"]["certificate_valid_until"], "2030-03-14")
        self.assertEqual(v["dates"]["age_months"], 368)

    def test_problems_exit_1_and_name_every_rule(self):
        events = [dict(e) for e in READY]
        events[-1] = {"step": "chi_bo_de_nghi", "date": "2026-05-29", "yes": 5, "members": 9}
        v = self.verdict(check(facts(events, birth="2008-06-15")), 1)
        self.assertFalse(v["ok"])
        self.assertEqual(sorted(p["rule"] for p in v["problems"]), ["E-2", "R-4"])
        for p in v["problems"]:
            self.assertEqual(p["step"], "chi_bo_de_nghi")
            self.assertTrue(any(ord(ch) > 127 for ch in p["message"]), p["message"])

    def test_reads_a_file_as_well_as_stdin(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump(facts(READY), f, ensure_ascii=False)
        try:
            r = harness.run_cli("check", f.name, timeout=30)
            self.assertEqual(self.verdict(r, 0)["stage"], "chi_bo_de_nghi")
            self.assertEqual(self.verdict(check(facts(READY), "-"), 0)["stage"], "chi_bo_de_nghi")
        finally:
            os.unlink(f.name)

    def test_unreadable_input_exits_2_naming_the_field(self):
        for body, field in [("không phải JSON", None),
                            ({"candidate": {"birth_date": "1995-05-10"}, "events": []}, "as_of"),
                            ({"as_of": "2026-11-23", "events": []}, "candidate.birth_date"),
                            (facts([{"step": "nguon", "date": "06/01/2025"}]), "events[0].date"),
                            (facts([{"step": "ket_nap_ngay", "date": "2025-01-06"}]), "events[0].step"),
                            (facts([{"step": "chi_bo_de_nghi", "date": "2025-01-06", "yes": "tám"}]),
                             "events[0].yes")]:
            r = check(body)
            self.assertEqual(r.returncode, 2, (body, r.stdout))
            self.assertEqual(r.stdout, "")
            self.assertTrue(r.stderr.startswith("Lỗi"), r.stderr)
            if field:
                self.assertIn(field, r.stderr)

    def test_missing_file_exits_2(self):
        r = harness.run_cli("check", "/khong/co/tep.json", timeout=30)
        self.assertEqual(r.returncode, 2)
        self.assertIn("không đọc được", r.stderr)


if __name__ == "__main__":
    unittest.main()
