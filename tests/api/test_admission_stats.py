"""Admissions per month (GET /api/v1/stats/admissions): what the dashboard charts. Counted from
the members of the subtree, those Ketnap's dossiers made as well as those admitted before it.

Demo database, seed 002: the Khối các cơ quan tỉnh Quảng Ninh "trong năm 2020 ... đã kết nạp 163
quần chúng ưu tú", 90 of them at the joint ceremony of the "lớp 90 năm" (03/02/2020 in the demo);
they became official members a year later (R-16)."""

import harness
from harness import ApiTestCase


class AdmissionStatsTest(ApiTestCase):
    server_options = {"demo": True}

    @classmethod
    def prepare(cls):
        cls.officer = cls.server.login("khoiqn")
        cls.khoi = cls.officer.find_org("Đảng bộ Khối các cơ quan tỉnh Quảng Ninh")

    def stats(self, client=None, **query):
        return (client or self.officer).get("/api/v1/stats/admissions", query={"org": self.khoi["id"], **query})

    def test_2020_admissions_month_by_month(self):
        body = self.assertStatus(self.stats(**{"from": "2020-01-01", "to": "2020-12-31"}), 200)
        self.assertEqual((body["org_id"], body["from"], body["to"]), (self.khoi["id"], "2020-01-01", "2020-12-31"))
        self.assertEqual([m["month"] for m in body["months"]], [f"2020-{m:02}" for m in range(1, 13)])
        self.assertEqual(body["months"][1]["label"], "02/2020")
        self.assertEqual(body["admitted"], 163)
        self.assertEqual(sum(m["admitted"] for m in body["months"]), 163)
        self.assertGreaterEqual(body["months"][1]["admitted"], 90)  # the joint ceremony

    def test_admitted_in_2020_become_official_in_2021(self):
        body = self.assertStatus(self.stats(**{"from": "2021-01-01", "to": "2021-12-31"}), 200)
        self.assertEqual(body["official"], 163)
        self.assertGreaterEqual(body["months"][1]["official"], 90)

    def test_a_server_started_with_today_counts_up_to_that_day(self):
        pinned = harness.Server(demo=True, today="2020-12-31").start()
        try:
            body = self.assertStatus(pinned.login("khoiqn").get(
                "/api/v1/stats/admissions", query={"org": self.khoi["id"]}), 200)
        finally:
            pinned.stop()
        self.assertEqual((body["from"], body["to"]), ("2020-01-01", "2020-12-31"))
        self.assertEqual(body["admitted"], 163)

    def test_default_period_is_the_last_twelve_months(self):
        body = self.assertStatus(self.stats(), 200)
        self.assertEqual(len(body["months"]), 12)
        self.assertEqual(body["months"][-1]["month"], body["to"][:7])

    def test_bad_periods_name_the_field(self):
        self.assertProblem(self.stats(**{"from": "2021-01-01", "to": "2020-12-31"}), 400, "from")
        self.assertProblem(self.stats(**{"from": "2000-01-01", "to": "2020-12-31"}), 400, "from")
        self.assertProblem(self.stats(to="31/12/2020"), 400, "to")

    def test_another_subtree_is_not_found(self):
        self.assertProblem(self.stats(client=self.server.login("nghialo")), 404, "org")


if __name__ == "__main__":
    import unittest
    unittest.main()
