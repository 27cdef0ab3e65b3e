"""Dossiers (hồ sơ phát triển đảng viên) through the API (docs/api.md): a whole journey from
nguon to quyet_dinh_chinh_thuc with exact dates, and what follows for the person and the
chi bộ's counts; refusals listing every rule with nothing changed; stale versions; overrides;
batches (all or nothing); notes; the worklist; statistics; access and subtree isolation.

Demo database: user baotang works in Chi bộ Bảo tàng – Thư viện tỉnh, a chi bộ trực thuộc of the
Đảng bộ Sở Văn hóa, Thể thao và Du lịch (so the đảng ủy cơ sở steps apply, its size told by
their votes), with 36 official members in 2024. Windows in working days follow W-1 (the start
day not counted); 2024-09-02/03 are holidays. Today is after every date used here."""

import datetime
import json
import os

from harness import ApiTestCase

AS_OF = "2026-11-20"  # every GET of a dossier asks for this day, so no result depends on today

# The admission steps before the chi bộ meeting, in order (P-2 … P-8).
PREPARATION = [
    {"step": "nguon", "date": "2024-01-08", "number": "01-NQ/CB"},
    {"step": "cam_tinh", "date": "2024-01-15", "number": "02-NQ/CB"},
    {"step": "phan_cong_giup_do", "date": "2024-01-15", "helpers": ["Trần Trung Nghĩa"]},
    {"step": "hoc_nhan_thuc", "date": "2024-03-22", "number": "CN-118",
     "issuer": "Trung tâm Chính trị thành phố Tân An", "score": 8.5},
    {"step": "don_xin_vao_dang", "date": "2024-04-01"},
    {"step": "ly_lich", "date": "2024-04-05"},
    {"step": "tham_tra_ly_lich", "date": "2024-05-20"},
    {"step": "gioi_thieu", "date": "2024-05-27", "introducers": [
        {"name": "Trần Trung Nghĩa", "kind": "dang_vien", "official": True, "months_together": 30},
        {"name": "Azid Giàu", "kind": "dang_vien", "official": True, "months_together": 24}]},
    {"step": "nhan_xet", "date": "2024-05-30"},
]
MEETING_ON = "2024-06-10"  # P-9; its vote's yes is the chi bộ's official members that day
DANG_UY = {"step": "dang_uy_co_so_de_nghi", "date": "2024-06-20", "number": "45-NQ/ĐU",
           "yes": 7, "no": 0, "members": 9}
DECISION = {"step": "quyet_dinh_ket_nap", "date": "2024-07-15", "number": "1203-QĐ/ĐU",
            "decided_by": "ban_thuong_vu_cap_tren", "received": "2024-07-17"}
CEREMONY = {"step": "le_ket_nap", "date": "2024-08-05"}
NEW_MEMBER_CLASS = {"step": "lop_dang_vien_moi", "date": "2024-10-15", "number": "CN-ĐVM-77"}
RECOGNITION_ON = "2025-08-12"  # after probation ends (2025-08-05), within 30 working days
DANG_UY_RECOGNITION = {"step": "dang_uy_co_so_xet_chinh_thuc", "date": "2025-08-20",
                       "yes": 8, "no": 1, "members": 9}
OFFICIAL = {"step": "quyet_dinh_chinh_thuc", "date": "2025-09-05", "number": "2210-QĐ/ĐU",
            "decided_by": "ban_thuong_vu_cap_tren"}

# The rules an officer may override with a written reason, as the rule set in force for the
# dates used here says (both sets mark the same ones).
_RULES = os.path.join(os.path.dirname(__file__), "..", "..", "rules", "qd24-2021.json")
with open(_RULES, encoding="utf-8") as _f:
    _rule_list = json.load(_f)["rules"]
OVERRIDABLE = {r["id"] for r in _rule_list if r["overridable"]}

SUMMARY_KEYS = {"id", "person_id", "person_name", "org_id", "org_name", "stage", "stage_label",
                "open", "next", "version"}
VIEW_KEYS = SUMMARY_KEYS | {"profile", "steps", "notes", "verdict", "as_of"}
NEXT_KEYS = {"step", "step_label", "earliest", "due", "due_extended", "rule"}


def days(start, end):
    return (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(start)).days


class DossierTest(ApiTestCase):
    server_options = {"demo": True}

    @classmethod
    def prepare(cls):
        cls.bt = cls.server.login("baotang")
        cls.chi_bo = cls.bt.user["org_id"]
        cls.chi_bo_name = cls.bt.user["org_name"]
        cls.other = cls.server.login("hoahue")  # can_bo of another chi bộ, another province
        r = cls.server.add_user("xembaotang", "xem", cls.chi_bo, "mật-khẩu-xem 2024")
        if r.returncode != 0:
            raise RuntimeError(r.stdout + r.stderr)
        cls.viewer = cls.server.login("xembaotang", "mật-khẩu-xem 2024")

    # ---- helpers -------------------------------------------------------------------------
    def person(self, name="Lê Thị Hồng Nhung", birth_date="1995-05-10", gender="nu"):
        return self.bt.create_person(self.chi_bo, name, gender=gender, birth_date=birth_date)

    def open(self, person=None, profile=None, client=None):
        person = person or self.person()
        body = {"person_id": person["id"], "org_id": self.chi_bo,
                "profile": {"education": "thpt"} if profile is None else profile}
        return (client or self.bt).ok("POST", "/api/v1/dossiers", body, expect=201)

    def view(self, dossier_id, client=None, as_of=AS_OF):
        return (client or self.bt).get_ok(f"/api/v1/dossiers/{dossier_id}", query={"as_of": as_of})

    def record(self, dossier_id, step, **extra):
        return self.bt.ok("POST", f"/api/v1/dossiers/{dossier_id}/steps", dict(step, **extra),
                          expect=201)

    def batch(self, ids, step, expect=201):
        return self.bt.ok("POST", "/api/v1/batches", {"dossier_ids": ids, "step": step},
                          expect=expect)

    def official_on(self, day):
        org = self.bt.get_ok(f"/api/v1/orgs/{self.chi_bo}", query={"as_of": day})
        return org["counts"]["official"]

    def counts_on(self, day):
        return self.bt.get_ok(f"/api/v1/orgs/{self.chi_bo}", query={"as_of": day})["counts"]

    def meeting(self, **vote):
        body = {"step": "chi_bo_de_nghi", "date": MEETING_ON, "number": "15-NQ/CB"}
        body.update(vote or {"yes": self.official_on(MEETING_ON), "no": 0})
        return body

    def prepared(self, count):
        """`count` new dossiers taken through PREPARATION, one batch per step."""
        ids = [self.open()["id"] for _ in range(count)]
        for step in PREPARATION:
            outcome = self.batch(ids, step)
            self.assertEqual([d["id"] for d in outcome["dossiers"]], ids)
            self.assertTrue(all(d["stage"] == step["step"] for d in outcome["dossiers"]))
        return ids

    def assertRefused(self, resp, rules, step=None):
        """A 422 listing exactly these rule IDs (with repeats ignored), each reason complete."""
        body = self.assertProblem(resp, 422)
        self.assertIn("problems", body, resp)
        problems = body["problems"]
        self.assertEqual({p["rule"] for p in problems}, set(rules), resp)
        self.assertEqual(body.get("rule"), problems[0]["rule"])
        for p in problems:
            self.assertEqual(set(p) - {"dossier_id"}, {"rule", "step", "message", "overridable"}, p)
            # Only a rule the rule set marks may be overridden (and not every breach of it:
            # a missing earlier step never can).
            self.assertIsInstance(p["overridable"], bool, p)
            if p["overridable"]:
                self.assertIn(p["rule"], OVERRIDABLE, p)
            self.assertTrue(any(ord(ch) > 127 for ch in p["message"]), p)
            if step:
                self.assertEqual(p["step"], step, p)
        return problems

    def assertUnchanged(self, dossier_id, before):
        after = self.view(dossier_id)
        self.assertEqual(after["version"], before["version"])
        self.assertEqual(after["steps"], before["steps"])
        self.assertEqual(after["stage"], before["stage"])

    def assertNext(self, next_, step, earliest, due, due_extended, rule):
        self.assertEqual(set(next_), NEXT_KEYS)
        self.assertEqual((next_["step"], next_["earliest"], next_["due"], next_["due_extended"],
                          next_["rule"]), (step, earliest, due, due_extended, rule))
        self.assertTrue(next_["step_label"])

    # ---- the whole journey -----------------------------------------------------------------
    def test_whole_journey_from_nguon_to_official(self):
        person = self.person("Lê Thị Hồng Nhung", "1995-05-10")
        created = self.open(person, {"education": "thpt", "hardship_area": False})
        self.assertTrue(VIEW_KEYS <= set(created), VIEW_KEYS - set(created))
        self.assertEqual((created["person_id"], created["person_name"], created["org_id"],
                          created["org_name"]),
                         (person["id"], "Lê Thị Hồng Nhung", self.chi_bo, self.chi_bo_name))
        self.assertEqual((created["stage"], created["stage_label"], created["open"],
                          created["version"]), ("moi", "Mới lập hồ sơ", True, 1))
        self.assertEqual(created["profile"], {"education": "thpt", "hardship_area": False,
                                              "religious": None, "previous_membership": None})
        did = created["id"]

        version = 1
        for step in PREPARATION:
            view = self.record(did, step, version=version)
            version += 1
            self.assertEqual((view["stage"], view["version"]), (step["step"], version))
            self.assertEqual(view["steps"][-1]["step"], step["step"])

        # From the last step recorded (the 18th birthday, E-2, is long past); P-4a: the
        # certificate's 60 months.
        before_meeting = self.view(did, as_of="2024-06-01")
        verdict = before_meeting["verdict"]
        self.assertTrue(verdict["ok"], verdict["problems"])
        self.assertNext(verdict["next"][0], "chi_bo_de_nghi", "2024-05-30", "2029-03-22", None,
                        "P-4a")
        self.assertEqual(verdict["dates"]["certificate_valid_until"], "2029-03-22")
        gioi_thieu = before_meeting["steps"][7]
        self.assertEqual(gioi_thieu["introducers"], PREPARATION[7]["introducers"])
        self.assertEqual(gioi_thieu["step_label"], "Giới thiệu người vào Đảng")
        self.assertEqual(gioi_thieu["recorded_by"], "baotang")

        view = self.record(did, self.meeting())
        # E-2: 29 years and 1 month at the meeting; P-12: 60 working days, +30 exceptionally.
        self.assertEqual(view["verdict"]["dates"]["age_months"], 29 * 12 + 1)
        self.assertNext(view["verdict"]["next"][0], "quyet_dinh_ket_nap", MEETING_ON,
                        "2024-09-04", "2024-10-16", "P-12")
        self.assertEqual(view["next"], view["verdict"]["next"][0])
        self.record(did, DANG_UY)
        view = self.record(did, DECISION)
        self.assertNext(view["next"], "le_ket_nap", "2024-07-17", "2024-08-28", None, "P-13")

        # The chi bộ's counts and the person's status follow the ceremony.
        probationary_before = self.counts_on("2024-08-05")["probationary"]
        view = self.record(did, CEREMONY)
        self.assertEqual(view["verdict"]["dates"]["probation_end"], "2025-08-05")
        self.assertNext(view["next"], "chi_bo_xet_chinh_thuc", "2025-08-05", "2025-09-18", None,
                        "R-14")
        self.assertEqual(self.counts_on("2024-08-05")["probationary"], probationary_before + 1)
        self.assertEqual(self.counts_on("2024-08-04")["probationary"], probationary_before)
        p = self.bt.get_ok(f"/api/v1/people/{person['id']}")
        self.assertEqual(p["status"], "du_bi")
        m = p["membership"]
        self.assertEqual((m["org_id"], m["decision_on"], m["ceremony_on"], m["probation_end"],
                          m["official_on"]),
                         (self.chi_bo, "2024-07-15", "2024-08-05", "2025-08-05", None))

        self.record(did, NEW_MEMBER_CLASS)
        self.record(did, {"step": "chi_bo_xet_chinh_thuc", "date": RECOGNITION_ON,
                          "number": "31-NQ/CB", "yes": self.official_on(RECOGNITION_ON),
                          "proposal": "cong_nhan"})
        view = self.record(did, DANG_UY_RECOGNITION)
        self.assertNext(view["next"], "quyet_dinh_chinh_thuc", RECOGNITION_ON, "2025-09-25",
                        "2025-11-06", "R-15")

        official_before = self.counts_on("2025-08-05")
        view = self.record(did, OFFICIAL)
        self.assertEqual((view["stage"], view["open"], view["next"]),
                         ("quyet_dinh_chinh_thuc", False, None))
        # official from the day probation ends; R-19: party age from the decision.
        self.assertEqual(view["verdict"]["dates"]["official_from"], "2025-08-05")
        self.assertEqual(view["verdict"]["dates"]["party_age_from"], "2024-07-15")
        p = self.bt.get_ok(f"/api/v1/people/{person['id']}")
        self.assertEqual((p["status"], p["membership"]["official_on"]), ("chinh_thuc", "2025-08-05"))
        after = self.counts_on("2025-08-05")
        self.assertEqual(after["official"], official_before["official"] + 1)
        self.assertEqual(after["probationary"], official_before["probationary"] - 1)
        self.assertEqual(self.counts_on("2025-08-04")["official"], official_before["official"])

        final = self.view(did)
        self.assertEqual(final["as_of"], AS_OF)
        codes = [s["step"] for s in final["steps"]]
        self.assertEqual(codes, [s["step"] for s in PREPARATION] + [
            "chi_bo_de_nghi", "dang_uy_co_so_de_nghi", "quyet_dinh_ket_nap", "le_ket_nap",
            "lop_dang_vien_moi", "chi_bo_xet_chinh_thuc", "dang_uy_co_so_xet_chinh_thuc",
            "quyet_dinh_chinh_thuc"])
        self.assertTrue(all(s["step_label"] and s["batch"] is None for s in final["steps"]))
        verdict = final["verdict"]
        self.assertEqual((verdict["stage"], verdict["ok"], verdict["problems"],
                          verdict["overrides"], verdict["next"]),
                         ("quyet_dinh_chinh_thuc", True, [], [], []))
        self.assertEqual(verdict["dates"], {"age_months": 29 * 12 + 1,
                                            "certificate_valid_until": "2029-03-22",
                                            "probation_end": "2025-08-05",
                                            "official_from": "2025-08-05",
                                            "party_age_from": "2024-07-15"})
        # A closed dossier takes no more steps.
        r = self.bt.post(f"/api/v1/dossiers/{did}/steps", {"step": "rut_ho_so", "date": "2025-10-01"})
        self.assertRefused(r, ["R-15"])
        self.assertUnchanged(did, final)

    def test_dossier_as_of_a_past_day_judges_the_steps_of_that_day(self):
        did = self.prepared(1)[0]
        view = self.view(did, as_of="2024-04-02")
        self.assertEqual(view["as_of"], "2024-04-02")
        self.assertEqual(view["verdict"]["stage"], "don_xin_vao_dang")
        self.assertEqual(view["stage"], "nhan_xet")  # the summary is today's

    # ---- refusals ----------------------------------------------------------------------------
    def test_vote_below_two_thirds_is_refused_by_r4_even_with_an_override(self):
        did = self.prepared(1)[0]
        before = self.view(did)
        r = self.bt.post(f"/api/v1/dossiers/{did}/steps", self.meeting(yes=5, no=4, members=9))
        problems = self.assertRefused(r, ["R-4"], step="chi_bo_de_nghi")
        self.assertIn("5", problems[0]["message"])
        self.assertUnchanged(did, before)
        # R-4 is not overridable: an override with a reason changes nothing.
        body = dict(self.meeting(yes=5, no=4, members=9),
                    override={"rules": ["R-4"], "reason": "Chi bộ đề nghị vượt quy định."})
        self.assertRefused(self.bt.post(f"/api/v1/dossiers/{did}/steps", body), ["R-4"])
        self.assertUnchanged(did, before)

    def test_under_18_is_refused_by_e2_with_every_other_reason(self):
        minor = self.person("Phạm Minh Khôi", "2006-12-15", "nam")  # 17 years 6 months at the meeting
        did = self.open(minor)["id"]
        for step in PREPARATION:
            self.record(did, step)
        before = self.view(did)
        r = self.bt.post(f"/api/v1/dossiers/{did}/steps", self.meeting())
        self.assertRefused(r, ["E-2"], step="chi_bo_de_nghi")
        r = self.bt.post(f"/api/v1/dossiers/{did}/steps", self.meeting(yes=5, members=9))
        self.assertRefused(r, ["E-2", "R-4"], step="chi_bo_de_nghi")
        self.assertUnchanged(did, before)
        # The dossier says from when the meeting may be held: the month of the 18th birthday.
        self.assertEqual(before["verdict"]["next"][0]["earliest"], "2024-12-01")

    def test_ceremony_before_the_decision_is_refused(self):
        did = self.prepared(1)[0]
        before = self.view(did)
        r = self.bt.post(f"/api/v1/dossiers/{did}/steps", CEREMONY)
        self.assertRefused(r, ["P-13"], step="le_ket_nap")
        self.assertUnchanged(did, before)
        # Before the day the chi bộ received the decision.
        self.record(did, self.meeting())
        self.record(did, DANG_UY)
        self.record(did, DECISION)
        before = self.view(did)
        r = self.bt.post(f"/api/v1/dossiers/{did}/steps", dict(CEREMONY, date="2024-07-16"))
        self.assertRefused(r, ["P-13"], step="le_ket_nap")
        self.assertUnchanged(did, before)

    def test_late_ceremony_is_accepted_with_a_written_override(self):
        did = self.prepared(1)[0]
        for step in (self.meeting(), DANG_UY, DECISION):
            self.record(did, step)
        before = self.view(did)
        late = dict(CEREMONY, date="2024-09-20")  # P-13: due 2024-08-28
        problems = self.assertRefused(self.bt.post(f"/api/v1/dossiers/{did}/steps", late),
                                      ["P-13"])
        self.assertIn("28/08/2024", problems[0]["message"])
        self.assertTrue(problems[0]["overridable"])  # the officer is told an override is possible
        self.assertUnchanged(did, before)
        # An override must carry a reason.
        r = self.bt.post(f"/api/v1/dossiers/{did}/steps", dict(late, override={"rules": ["P-13"]}))
        self.assertProblem(r, 400, field="override.reason")
        reason = "Cấp ủy cấp trên đồng ý cho tổ chức muộn vì người vào Đảng đi công tác biên giới."
        view = self.record(did, late, override={"rules": ["P-13"], "reason": reason})
        self.assertEqual(view["stage"], "le_ket_nap")
        self.assertTrue(view["verdict"]["ok"])
        self.assertEqual(len(view["verdict"]["overrides"]), 1)
        o = view["verdict"]["overrides"][0]
        self.assertEqual((o["rule"], o["step"], o["step_label"], o["reason"]),
                         ("P-13", "le_ket_nap", "Lễ kết nạp đảng viên", reason))
        self.assertTrue(o["message"])
        self.assertEqual(view["steps"][-1]["override"], {"rules": ["P-13"], "reason": reason})
        self.assertEqual(self.view(did)["verdict"]["overrides"], view["verdict"]["overrides"])

    def test_malformed_steps_name_the_field(self):
        did = self.open()["id"]
        path = f"/api/v1/dossiers/{did}/steps"
        cases = [
            ({"step": "nguon", "date": "2024-02-30"}, "date"),
            ({"step": "nguon"}, "date"),
            ({"date": "2024-01-08"}, "step"),
            ({"step": "ket_nap_ngay", "date": "2024-01-08"}, "step"),
            ({"step": "gioi_thieu", "date": "2024-05-27",
              "introducers": [{"name": "A", "months_together": "mười hai"}]},
             "introducers[0].months_together"),
            ({"step": "nguon", "date": "2024-01-08", "version": "1"}, "version"),
            # A misspelt field is refused, not dropped: "yess" would lose the vote silently.
            ({"step": "nguon", "date": "2024-01-08", "yess": 3}, "yess"),
            ({"step": "nguon", "date": "2024-01-08",
              "override": {"rules": ["P-2"], "reason": "x", "note": "?"}}, "override.note"),
        ]
        for body, field in cases:
            with self.subTest(field=field, body=body):
                self.assertProblem(self.bt.post(path, body), 400, field=field)
        r = self.bt.request("POST", path, body="{không phải json", content_type="application/json")
        self.assertProblem(r, 400, field=None)
        self.assertEqual(self.view(did)["version"], 1)

    def test_unknown_profile_field_is_refused(self):
        person = self.person(name="Đỗ Văn Hồ Sơ")
        body = {"person_id": person["id"], "org_id": self.chi_bo, "profile": {"educaton": "thpt"}}
        self.assertProblem(self.bt.post("/api/v1/dossiers", body), 400, field="profile.educaton")

    def test_audit_lists_the_steps_of_a_dossier(self):
        did = self.open()["id"]
        self.record(did, {"step": "nguon", "date": "2024-01-08"})
        body = self.bt.get_ok("/api/v1/audit", query={"entity": "dossier", "entity_id": did})
        actions = [e["action"] for e in body["items"]]
        self.assertEqual(actions, ["dossier.step", "dossier.open"])
        self.assertEqual({e["username"] for e in body["items"]}, {"baotang"})

    def test_future_step_is_refused(self):
        did = self.open()["id"]
        r = self.bt.post(f"/api/v1/dossiers/{did}/steps", {"step": "nguon", "date": "2099-01-01"})
        self.assertRefused(r, ["P-2"], step="nguon")

    # ---- versions ----------------------------------------------------------------------------
    def test_stale_version_is_409_and_loses_nothing(self):
        did = self.open()["id"]
        self.record(did, PREPARATION[0], version=1)
        before = self.view(did)
        r = self.bt.post(f"/api/v1/dossiers/{did}/steps", dict(PREPARATION[1], version=1))
        self.assertProblem(r, 409)
        self.assertUnchanged(did, before)
        r = self.bt.patch(f"/api/v1/dossiers/{did}", {"profile": {"education": "thcs"}, "version": 1})
        self.assertProblem(r, 409)
        self.assertEqual(self.view(did)["profile"]["education"], "thpt")
        view = self.record(did, PREPARATION[1], version=2)
        self.assertEqual(view["version"], 3)

    def test_patch_replaces_the_profile(self):
        did = self.open()["id"]
        profile = {"education": "thcs", "hardship_area": True, "religious": False,
                   "previous_membership": {"left_on": "2019-05-02", "reason": "khai_tru",
                                           "readmitted_before": False, "expunged_on": None}}
        view = self.bt.ok("PATCH", f"/api/v1/dossiers/{did}", {"profile": profile, "version": 1})
        self.assertEqual((view["profile"], view["version"]), (profile, 2))
        self.assertEqual(self.view(did)["profile"], profile)
        r = self.bt.patch(f"/api/v1/dossiers/{did}", {"profile": {"education": "dai_hoc"}})
        self.assertProblem(r, 400, field="profile.education")

    # ---- batches -----------------------------------------------------------------------------
    def test_batch_is_all_or_nothing(self):
        adult = self.prepared(1)[0]
        minor = self.open(self.person("Đỗ Văn Tí", "2006-12-15", "nam"))["id"]
        for step in PREPARATION:
            self.record(minor, step)
        before = {did: self.view(did) for did in (adult, minor)}
        r = self.bt.post("/api/v1/batches", {"dossier_ids": [adult, minor], "step": self.meeting()})
        problems = self.assertRefused(r, ["E-2"], step="chi_bo_de_nghi")
        self.assertEqual({p["dossier_id"] for p in problems}, {minor})
        for did, view in before.items():
            self.assertUnchanged(did, view)
        outcome = self.batch([adult], self.meeting())
        self.assertEqual(outcome["dossiers"][0]["stage"], "chi_bo_de_nghi")
        steps = self.view(adult)["steps"]
        self.assertEqual(steps[-1]["batch"], outcome["batch"])
        self.assertNotEqual(steps[-2]["batch"], outcome["batch"])

    def test_batch_reasons_name_each_dossier(self):
        ids = [self.open()["id"] for _ in range(2)]
        r = self.bt.post("/api/v1/batches", {"dossier_ids": ids, "step": CEREMONY})
        problems = self.assertRefused(r, ["P-13"], step="le_ket_nap")
        self.assertEqual([p["dossier_id"] for p in problems], ids)
        r = self.bt.post("/api/v1/batches", {"dossier_ids": [ids[0], ids[0]], "step": PREPARATION[0]})
        self.assertProblem(r, 400, field="dossier_ids[1]")
        r = self.bt.post("/api/v1/batches", {"dossier_ids": ids, "step": {"step": "nguon"}})
        self.assertProblem(r, 400, field="step.date")

    # ---- notes -------------------------------------------------------------------------------
    def test_notes_are_shown_in_meeting_order(self):
        did = self.open()["id"]
        path = f"/api/v1/dossiers/{did}/notes"
        texts = {"2024-03-05": "Tích cực tham gia phong trào thi đua của đơn vị.",
                 "2024-02-05": "Đã đọc Điều lệ Đảng, hiểu nhiệm vụ đảng viên.",
                 "2024-04-02": "Hoàn thành tốt nhiệm vụ chuyên môn."}
        for meeting_on, note in texts.items():
            made = self.bt.ok("POST", path, {"meeting_on": meeting_on, "helper": "Trần Trung Nghĩa",
                                             "note": note}, expect=201)
            self.assertEqual({k: made[k] for k in ("meeting_on", "helper", "note", "recorded_by")},
                             {"meeting_on": meeting_on, "helper": "Trần Trung Nghĩa", "note": note,
                              "recorded_by": "baotang"})
        notes = self.view(did)["notes"]
        self.assertEqual([n["meeting_on"] for n in notes], sorted(texts))
        self.assertEqual([n["note"] for n in notes], [texts[d] for d in sorted(texts)])
        self.assertProblem(self.bt.post(path, {"helper": "A", "note": "B"}), 400, field="meeting_on")
        self.assertProblem(self.bt.post(path, {"meeting_on": "2024-02-05", "helper": "A"}), 400,
                           field="note")

    # ---- worklist and statistics ---------------------------------------------------------------
    def test_worklist_flags_and_order(self):
        overdue, soon, later = self.prepared(3)
        self.batch([overdue, soon], self.meeting())
        self.batch([overdue, soon], DANG_UY)
        self.record(overdue, DECISION)  # le_ket_nap due 2024-08-28
        # soon: quyet_dinh_ket_nap due 2024-09-04; later: chi_bo_de_nghi due 2029-03-22 (P-4a)
        items = self.bt.get_ok("/api/v1/worklist",
                               query={"org": self.chi_bo, "as_of": "2024-08-30"})["items"]
        mine = [i for i in items if i["dossier"]["id"] in (overdue, soon, later)]
        self.assertEqual([i["dossier"]["id"] for i in mine], [overdue, soon, later])
        expected = [("le_ket_nap", "2024-08-28", -2, True, False),
                    ("quyet_dinh_ket_nap", "2024-09-04", 5, False, True),
                    ("chi_bo_de_nghi", "2029-03-22", days("2024-08-30", "2029-03-22"), False, False)]
        for item, want in zip(mine, expected):
            self.assertEqual(set(item), {"dossier", "next", "days_left", "overdue", "due_soon"})
            self.assertEqual(set(item["dossier"]), SUMMARY_KEYS)
            self.assertEqual((item["next"]["step"], item["next"]["due"], item["days_left"],
                              item["overdue"], item["due_soon"]), want)
        # Most urgent first over the whole list: the overdue, then by due date.
        keys = [(not i["overdue"], i["next"]["due"]) for i in items]
        self.assertEqual(keys, sorted(keys))
        self.assertTrue(all(i["dossier"]["open"] for i in items))
        # Without ?org: the caller's own subtree.
        own = self.bt.get_ok("/api/v1/worklist", query={"as_of": "2024-08-30"})["items"]
        self.assertEqual([i["dossier"]["id"] for i in own], [i["dossier"]["id"] for i in items])

    def test_stats_count_dossiers_per_stage(self):
        before = self.bt.get_ok("/api/v1/stats/pipeline", query={"org": self.chi_bo})
        self.open()
        moved = self.open()["id"]
        self.record(moved, PREPARATION[0])
        withdrawn = self.open()["id"]
        self.record(withdrawn, {"step": "rut_ho_so", "date": "2024-02-01", "reason": "Chuyển công tác."})
        after = self.bt.get_ok("/api/v1/stats/pipeline", query={"org": self.chi_bo})
        self.assertEqual(after["org_id"], self.chi_bo)
        self.assertEqual([s["stage"] for s in after["stages"]][:3], ["moi", "nguon", "cam_tinh"])
        self.assertEqual(len(after["stages"]), 22)
        count = lambda stats, stage: next(s["count"] for s in stats["stages"] if s["stage"] == stage)
        self.assertEqual(count(after, "moi"), count(before, "moi") + 1)
        self.assertEqual(count(after, "nguon"), count(before, "nguon") + 1)
        self.assertEqual(count(after, "rut_ho_so"), count(before, "rut_ho_so") + 1)
        self.assertEqual(after["open"], before["open"] + 2)
        self.assertEqual(after["closed"], before["closed"] + 1)
        self.assertEqual(sum(s["count"] for s in after["stages"]), after["open"] + after["closed"])
        self.assertEqual(self.bt.get_ok("/api/v1/stats/pipeline"), after)

    def test_list_filters_by_person(self):
        person = self.person("Đinh Thị Mỹ Duyên", birth_date="1996-02-11")
        did = self.open(person)["id"]
        self.open(self.person("Đinh Thị Mỹ Duyên", birth_date="1997-04-12"))  # same name, someone else
        found = self.bt.get_ok("/api/v1/dossiers", query={"person": person["id"]})
        self.assertEqual([(d["id"], d["person_id"]) for d in found["items"]], [(did, person["id"])])
        self.assertProblem(self.bt.get("/api/v1/dossiers", query={"person": "ba"}), 400, "person")

    def test_list_filters_by_stage_open_and_name(self):
        name = "Vũ Thị Ánh Tuyết"  # nobody else of these tests
        did = self.open(self.person(name))["id"]
        self.record(did, PREPARATION[0])
        query = {"q": "vu thi anh tuyet"}
        found = self.assertPaged(self.bt.get_ok("/api/v1/dossiers", query=query))
        self.assertEqual([d["id"] for d in found["items"]], [did])
        self.assertEqual(set(found["items"][0]), SUMMARY_KEYS)
        self.assertEqual(found["items"][0]["person_name"], name)
        self.assertEqual(self.bt.get_ok("/api/v1/dossiers", query=dict(query, stage="nguon",
                                                                       open="true"))["total"], 1)
        self.assertEqual(self.bt.get_ok("/api/v1/dossiers", query=dict(query, stage="moi"))["total"], 0)
        self.assertEqual(self.bt.get_ok("/api/v1/dossiers", query=dict(query, open="false"))["total"], 0)
        page = self.bt.get_ok("/api/v1/dossiers", query={"page_size": 1})
        self.assertEqual(len(page["items"]), 1)
        self.assertProblem(self.bt.get("/api/v1/dossiers", query={"stage": "dang_vien"}), 400,
                           field="stage")

    # ---- opening -----------------------------------------------------------------------------
    def test_one_open_dossier_per_person_in_a_chi_bo(self):
        person = self.person()
        self.open(person)
        r = self.bt.post("/api/v1/dossiers", {"person_id": person["id"], "org_id": self.chi_bo})
        self.assertProblem(r, 409, field="person_id")
        to_dang = self.bt.get_ok(f"/api/v1/orgs/{self.chi_bo}/children")["items"][0]
        r = self.bt.post("/api/v1/dossiers", {"person_id": self.person()["id"], "org_id": to_dang["id"]})
        self.assertProblem(r, 400, field="org_id")
        r = self.bt.post("/api/v1/dossiers", {"person_id": self.person()["id"], "org_id": self.chi_bo,
                                              "profile": {"education": "dai_hoc"}})
        self.assertProblem(r, 400, field="profile.education")

    # ---- access --------------------------------------------------------------------------------
    def test_another_chi_bo_sees_nothing(self):
        did = self.open(self.person("Ngô Thị Bí Mật"))["id"]
        missing = 987654321
        for method, suffix, body in (("GET", "", None), ("PATCH", "", {"profile": {}}),
                                     ("POST", "/steps", PREPARATION[0]),
                                     ("POST", "/notes", {"meeting_on": "2024-02-05", "helper": "A",
                                                         "note": "B"})):
            with self.subTest(method=method, suffix=suffix):
                theirs = self.other.request(method, f"/api/v1/dossiers/{did}{suffix}", json_body=body)
                nothing = self.other.request(method, f"/api/v1/dossiers/{missing}{suffix}",
                                             json_body=body)
                self.assertProblem(theirs, 404)
                self.assertEqual((theirs.status, theirs.json["code"]),
                                 (nothing.status, nothing.json["code"]))
        self.assertProblem(self.other.post("/api/v1/batches", {"dossier_ids": [did],
                                                               "step": PREPARATION[0]}), 404)
        for path in ("/api/v1/dossiers", "/api/v1/worklist", "/api/v1/stats/pipeline"):
            with self.subTest(path=path):
                self.assertProblem(self.other.get(path, query={"org": self.chi_bo}), 404)
        items, _ = self.other.all_items("/api/v1/dossiers", q="bi mat")
        self.assertEqual(items, [])
        worklist = self.other.get_ok("/api/v1/worklist")["items"]
        self.assertNotIn(did, [i["dossier"]["id"] for i in worklist])
        self.assertEqual(self.view(did)["version"], 1)
        # Nor may baotang open a dossier for someone of another chi bộ, or in another chi bộ.
        theirs = self.other.create_person(self.other.user["org_id"], "Hà Thị Hoa")
        r = self.bt.post("/api/v1/dossiers", {"person_id": theirs["id"], "org_id": self.chi_bo})
        self.assertProblem(r, 404)
        r = self.bt.post("/api/v1/dossiers", {"person_id": self.person()["id"],
                                              "org_id": self.other.user["org_id"]})
        self.assertProblem(r, 404)

    def test_viewer_reads_but_may_not_write(self):
        did = self.open()["id"]
        self.assertEqual(self.view(did, client=self.viewer)["id"], did)
        self.viewer.get_ok("/api/v1/worklist")
        self.viewer.get_ok("/api/v1/stats/pipeline")
        writes = (("POST", "/api/v1/dossiers", {"person_id": self.person()["id"], "org_id": self.chi_bo}),
                  ("PATCH", f"/api/v1/dossiers/{did}", {"profile": {}}),
                  ("POST", f"/api/v1/dossiers/{did}/steps", PREPARATION[0]),
                  ("POST", f"/api/v1/dossiers/{did}/notes", {"meeting_on": "2024-02-05",
                                                              "helper": "A", "note": "B"}),
                  ("POST", "/api/v1/batches", {"dossier_ids": [did], "step": PREPARATION[0]}))
        for method, path, body in writes:
            with self.subTest(method=method, path=path):
                self.assertProblem(self.viewer.request(method, path, json_body=body), 403)
        self.assertEqual(self.view(did)["version"], 1)

    def test_writes_need_the_csrf_token(self):
        did = self.open()["id"]
        r = self.bt.post(f"/api/v1/dossiers/{did}/steps", PREPARATION[0], csrf=False)
        self.assertProblem(r, 403)
        r = self.server.client().get(f"/api/v1/dossiers/{did}")
        self.assertProblem(r, 401)
        self.assertEqual(self.view(did)["version"], 1)
