"""The calendar of days off (GET/PUT/DELETE /api/v1/calendar/{year}, RULES.md W-5): the
built-in notices, an administrator's own year, who may change it, strict input, reset.
Fresh database."""

import harness
from harness import ApiTestCase

# The 2027 notice an administrator enters (invented for the test).
NOTICE_2027 = {
    "tet": {"first": "2027-02-05", "last": "2027-02-11"},
    "entries": [{"date": "2027-02-13", "kind": "working_day", "name": "Làm bù Tết Nguyên đán"}],
    "source": "Thông báo thử nghiệm",
    "confidence": "M",
    "note": "",
}


class CalendarTest(ApiTestCase):
    server_options = {"admin": True}

    @classmethod
    def prepare(cls):
        cls.admin = cls.server.login(harness.BOOT_ADMIN, harness.BOOT_PASSWORD)
        cls.server.add_user("canbo_lich", "can_bo", cls.server.root_id, "mật-khẩu-cán-bộ 2026")
        cls.officer = cls.server.login("canbo_lich", "mật-khẩu-cán-bộ 2026")

    def days(self, body, kind="day_off"):
        return [d["date"] for d in body["days_off"] if d["kind"] == kind]

    def test_2026_lists_the_notices_days_off(self):
        body = self.officer.get_ok("/api/v1/calendar/2026")
        self.assertEqual(body["year"], 2026)
        self.assertEqual(body["source"], "builtin")
        self.assertEqual(body["schedule"]["tet"], {"first": "2026-02-16", "last": "2026-02-20"})
        off = self.days(body)
        for date in ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                     "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01",
                     "2026-09-02"]:
            self.assertIn(date, off)
        self.assertIn("2026-08-22", self.days(body, "working_day"))
        [make_up] = [d for d in body["days_off"] if d["date"] == "2026-08-22"]
        self.assertEqual(make_up["weekday"], "Thứ Bảy")

    def test_admin_sets_a_year_then_resets_it(self):
        self.assertEqual(self.admin.get_ok("/api/v1/calendar/2027")["source"], "computed")
        saved = self.admin.ok("PUT", "/api/v1/calendar/2027", NOTICE_2027)
        self.assertEqual(saved["source"], "database")
        self.assertEqual(saved["updated_by"], harness.BOOT_ADMIN)
        body = self.officer.get_ok("/api/v1/calendar/2027")
        self.assertEqual(body["source"], "database")
        self.assertEqual(body["schedule"]["tet"], NOTICE_2027["tet"])
        self.assertEqual(body["schedule"]["entries"], NOTICE_2027["entries"])
        self.assertIn("2027-02-11", self.days(body))
        self.assertIn("2027-02-13", self.days(body, "working_day"))

        audit = self.admin.get_ok("/api/v1/audit", query={"entity": "calendar", "entity_id": 2027})
        self.assertEqual(audit["items"][0]["action"], "calendar.set")
        self.assertEqual(audit["items"][0]["after"]["schedule"]["tet"], NOTICE_2027["tet"])

        self.assertStatus(self.admin.delete("/api/v1/calendar/2027"), 204)
        body = self.officer.get_ok("/api/v1/calendar/2027")
        self.assertEqual(body["source"], "computed")
        self.assertNotIn("2027-02-13", self.days(body, "working_day"))

    def test_only_an_administrator_changes_it(self):
        self.assertProblem(self.officer.request("PUT", "/api/v1/calendar/2028", json_body=NOTICE_2027 | {
            "tet": {"first": "2028-01-25", "last": "2028-01-29"}, "entries": []}), 403)
        self.assertProblem(self.officer.delete("/api/v1/calendar/2026"), 403)
        self.assertEqual(self.officer.get_ok("/api/v1/calendar/2028")["source"], "computed")

    def test_bad_input_names_the_field(self):
        cases = [
            ({"tet": {"first": "2027-02-31", "last": "2027-02-11"}}, "tet.first"),
            ({"tet": {"first": "2027-02-01", "last": "2027-02-20"}}, "tet"),
            ({"entries": [{"date": "2026-05-02", "kind": "day_off", "name": "Nghỉ"}]}, "entries[0].date"),
            ({"entries": [{"date": "2027-05-03", "kind": "holiday", "name": "Nghỉ"}]}, "entries[0].kind"),
            ({"entries": [{"date": "2027-05-03", "kind": "day_off", "name": ""}]}, "entries[0].name"),
            ({"year": 2026}, "year"),
            ({"holidays": []}, "holidays"),
        ]
        for body, field in cases:
            self.assertProblem(self.admin.request("PUT", "/api/v1/calendar/2027", json_body=body), 400,
                               field, msg=field)
        self.assertEqual(self.admin.get_ok("/api/v1/calendar/2027")["source"], "computed")

    def test_years_outside_the_calendar_are_not_found(self):
        for year in ["1899", "2101", "abc", "99999"]:
            self.assertProblem(self.officer.get(f"/api/v1/calendar/{year}"), 404, msg=year)
        self.assertProblem(self.admin.delete("/api/v1/calendar/2101"), 404)

    def test_needs_a_session_and_the_csrf_token(self):
        self.assertProblem(self.server.client().get("/api/v1/calendar/2026"), 401)
        self.assertProblem(self.admin.request("PUT", "/api/v1/calendar/2029", json_body={}, csrf=False), 403)


if __name__ == "__main__":
    import unittest
    unittest.main()
