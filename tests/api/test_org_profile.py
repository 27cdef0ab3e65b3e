"""An organization's profile for the pipeline (GET/PUT /api/v1/orgs/{id}/profile): its own
values, what a chi bộ below it gets (the nearest known value, settings merged from the top),
validation naming the field, the audit trail, and who may read or change it.

Demo database: the Đảng bộ Khối các cơ quan tỉnh Quảng Ninh examines awareness (seed 002), set
as {"awareness_exam": true} in its profile; user khoiqn works there, nghialo in Yên Bái and
tuyengiao (read only) in a chi bộ of Long An."""

from harness import ApiTestCase

DEFAULT_SETTINGS = {
    "age_precision": "month", "certificate_valid_months": 60, "dossier_valid_months": 12,
    "youth_age_max": 30, "awareness_exam": False, "dang_uy_co_so_authorized": False,
    "trade_union_two_members_allowed": True, "new_member_class_required": True,
}


class OrgProfileTest(ApiTestCase):
    server_options = {"demo": True}

    @classmethod
    def prepare(cls):
        cls.khoi_officer = cls.server.login("khoiqn")
        cls.khoi = cls.khoi_officer.find_org("Đảng bộ Khối các cơ quan tỉnh Quảng Ninh")
        grassroots = cls.khoi_officer.get_ok("/api/v1/orgs", query={
            "within": cls.khoi["id"], "type": "dang_bo_co_so", "q": "Sở Tài chính"})["items"]
        cls.dang_bo = grassroots[0]
        children = cls.khoi_officer.get_ok(f"/api/v1/orgs/{cls.dang_bo['id']}/children")["items"]
        cls.chi_bo = next(o for o in children if o["type"] == "chi_bo_truc_thuoc")

    def profile(self, org, client=None):
        return (client or self.khoi_officer).get_ok(f"/api/v1/orgs/{org['id']}/profile")

    def put(self, org, body, client=None):
        return (client or self.khoi_officer).request("PUT", f"/api/v1/orgs/{org['id']}/profile",
                                                     json_body=body)

    def test_the_khoi_examines_awareness_and_its_chi_bo_inherit_it(self):
        khoi = self.profile(self.khoi)
        self.assertEqual(khoi["org_id"], self.khoi["id"])
        self.assertEqual(khoi["own"]["settings"], {"awareness_exam": True})
        self.assertEqual(khoi["effective"]["settings"], DEFAULT_SETTINGS | {"awareness_exam": True})
        chi_bo = self.profile(self.chi_bo)
        self.assertEqual(chi_bo["own"], {"has_youth_union": None, "has_trade_union": None,
                                         "committee_members": None, "has_dang_uy_bo_phan": None,
                                         "settings": {}})
        self.assertTrue(chi_bo["effective"]["settings"]["awareness_exam"])

    def test_a_dang_bo_sets_its_committee_and_settings_for_its_chi_bo(self):
        body = {"committee_members": 11, "has_youth_union": True, "has_trade_union": True,
                "settings": {"age_precision": "day", "certificate_valid_months": 48}}
        saved = self.assertStatus(self.put(self.dang_bo, body), 200)
        self.assertEqual(saved["own"]["committee_members"], 11)
        self.assertEqual(saved["own"]["settings"], body["settings"])

        effective = self.profile(self.chi_bo)["effective"]
        self.assertEqual(effective["committee_members"], 11)
        self.assertTrue(effective["has_youth_union"])
        self.assertEqual(effective["settings"], DEFAULT_SETTINGS | {
            "awareness_exam": True, "age_precision": "day", "certificate_valid_months": 48})

        audit = self.khoi_officer.get_ok("/api/v1/audit", query={
            "entity": "org", "entity_id": self.dang_bo["id"]})["items"]
        self.assertEqual(audit[0]["action"], "org.profile")
        self.assertEqual(audit[0]["after"]["committee_members"], 11)

    def test_bad_input_names_the_field_and_changes_nothing(self):
        before = self.profile(self.chi_bo)
        cases = [
            (self.chi_bo, {"committee_members": 9}, "committee_members"),
            (self.dang_bo, {"committee_members": 0}, "committee_members"),
            (self.chi_bo, {"settings": {"certificate_valid_months": 0}}, "settings.certificate_valid_months"),
            (self.chi_bo, {"settings": {"youth_age_max": "ba mươi"}}, "settings.youth_age_max"),
            (self.chi_bo, {"settings": {"awareness_exams": True}}, "settings.awareness_exams"),
            (self.chi_bo, {"settings": {"age_precision": "year"}}, "settings.age_precision"),
            (self.chi_bo, {"settings": [1]}, "settings"),
            (self.chi_bo, {"has_youth_union": "có"}, "has_youth_union"),
            (self.chi_bo, {"comittee_members": 9}, "comittee_members"),
        ]
        for org, body, field in cases:
            self.assertProblem(self.put(org, body), 400, field, msg=field)
        self.assertEqual(self.profile(self.chi_bo), before)

    def test_only_officers_of_the_subtree_change_it(self):
        nghialo = self.server.login("nghialo")
        self.assertProblem(nghialo.get(f"/api/v1/orgs/{self.khoi['id']}/profile"), 404)
        self.assertProblem(self.put(self.khoi, {"settings": {}}, client=nghialo), 404)
        viewer = self.server.login("tuyengiao")
        own = viewer.get_ok("/api/v1/session")["user"]["org_id"]
        self.assertProblem(viewer.request("PUT", f"/api/v1/orgs/{own}/profile",
                                          json_body={"has_youth_union": True}), 403)
        self.assertProblem(self.khoi_officer.request("PUT", f"/api/v1/orgs/{self.khoi['id']}/profile",
                                                     json_body={}, csrf=False), 403)


if __name__ == "__main__":
    import unittest
    unittest.main()
