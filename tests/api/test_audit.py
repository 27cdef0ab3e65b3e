"""The audit trail (GET /api/v1/audit): who changed what, when, before and after; newest first;
errors leave no trace. Fresh database."""

import datetime

import harness
from harness import ApiTestCase, unique


class AuditTest(ApiTestCase):
    server_options = {"admin": True}

    @classmethod
    def prepare(cls):
        cls.root_id = cls.server.root_id
        cls.admin = cls.server.login(harness.BOOT_ADMIN, harness.BOOT_PASSWORD)
        cls.province = cls.admin.create_org(cls.root_id, "Đảng bộ tỉnh Nhật Ký",
                                            "dang_bo_tinh")
        cls.chi_bo = cls.admin.create_org(cls.province["id"], "Chi bộ Thôn Nhật Ký",
                                          "chi_bo_co_so")

    def entries(self, entity, entity_id):
        body = self.admin.get_ok("/api/v1/audit", query={"entity": entity,
                                                         "entity_id": entity_id})
        self.assertPaged(body)
        self.assertEqual(body["total"], len(body["items"]))
        return body["items"]

    def assertRecent(self, at):
        when = datetime.datetime.fromisoformat(at.replace("Z", "+00:00"))
        self.assertIsNotNone(when.tzinfo, at)
        now = datetime.datetime.now(datetime.timezone.utc)
        self.assertLess(abs((now - when).total_seconds()), 600, at)

    def test_person_create_and_update_are_recorded(self):
        p = self.admin.create_person(self.chi_bo["id"], "Đoàn Văn Ghi", phone="0911000001")
        [created] = self.entries("person", p["id"])
        self.assertEqual(created["entity"], "person")
        self.assertEqual(created["entity_id"], p["id"])
        self.assertEqual(created["username"], harness.BOOT_ADMIN)
        self.assertEqual(created["user_id"], self.admin.user["id"])
        self.assertRecent(created["at"])
        self.assertIn("create", created["action"])
        self.assertIsNone(created["before"])
        self.assertEqual(created["after"]["full_name"], "Đoàn Văn Ghi")
        self.assertEqual(created["after"]["cccd"], p["cccd"])

        self.admin.ok("PATCH", f"/api/v1/people/{p['id']}", {"phone": "0911000002",
                                                             "version": 1})
        items = self.entries("person", p["id"])
        self.assertEqual(len(items), 2)
        updated = items[0]  # newest first
        self.assertEqual(items[1]["id"], created["id"])
        self.assertGreater(updated["id"], created["id"])
        self.assertIn("update", updated["action"])
        self.assertEqual(updated["username"], harness.BOOT_ADMIN)
        self.assertRecent(updated["at"])
        self.assertEqual(updated["before"]["phone"], "0911000001")
        self.assertEqual(updated["after"]["phone"], "0911000002")
        self.assertEqual(updated["before"]["full_name"], updated["after"]["full_name"])

    def test_refused_changes_leave_no_entry(self):
        p = self.admin.create_person(self.chi_bo["id"], "Đoàn Thị Yên", gender="nu")
        path = f"/api/v1/people/{p['id']}"
        self.assertProblem(self.admin.patch(path, {"phone": "1", "version": 7}), 409)
        self.assertProblem(self.admin.patch(path, {"cccd": "1"}), 400, field="cccd")
        self.assertProblem(self.admin.patch(path, {"phone": "1"}, csrf=False), 403)
        self.assertEqual(len(self.entries("person", p["id"])), 1)

    def test_org_changes_are_recorded(self):
        org = self.admin.create_org(self.province["id"], unique("Chi bộ Ghi Chép"), "chi_bo_co_so")
        self.admin.ok("PATCH", f"/api/v1/orgs/{org['id']}", {"name": org["name"] + " mới"})
        items = self.entries("org", org["id"])
        self.assertEqual(len(items), 2, items)
        self.assertEqual(items[0]["before"]["name"], org["name"])
        self.assertEqual(items[0]["after"]["name"], org["name"] + " mới")
        self.assertIsNone(items[1]["before"])
        self.assertEqual(items[1]["after"]["name"], org["name"])

    def test_list_is_paged_newest_first(self):
        for name in ("Đoàn Văn Một", "Đoàn Văn Hai", "Đoàn Văn Ba"):
            self.admin.create_person(self.chi_bo["id"], name)
        body = self.admin.get_ok("/api/v1/audit", query={"page_size": 2})
        self.assertPaged(body)
        self.assertEqual(len(body["items"]), 2)
        self.assertGreaterEqual(body["total"], 5)
        second = self.admin.get_ok("/api/v1/audit", query={"page_size": 2, "page": 2})
        ids = [e["id"] for e in body["items"] + second["items"]]
        self.assertEqual(ids, sorted(ids, reverse=True))
        self.assertEqual(len(set(ids)), 4)
        ats = [e["at"] for e in body["items"] + second["items"]]
        self.assertEqual(ats, sorted(ats, reverse=True))
        only_people = self.admin.get_ok("/api/v1/audit", query={"entity": "person",
                                                                "page_size": 500})
        self.assertTrue(only_people["items"])
        self.assertEqual({e["entity"] for e in only_people["items"]}, {"person"})

    def test_bad_query_names_the_parameter(self):
        for field, value in (("entity", "ca_nhan"), ("entity_id", "abc"), ("page_size", "0"),
                             ("page", "0")):
            with self.subTest(**{field: value}):
                self.assertProblem(self.admin.get("/api/v1/audit", query={field: value}), 400,
                                   field=field)
