"""Organizations: list, get with counts and ancestors, children, create, rename, move, dissolve,
history (docs/api.md). Fresh database; each test builds the small tree it needs."""

import datetime
import re

import harness
from harness import ApiTestCase, unique

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ORG_KEYS = {"id", "parent_id", "name", "type", "type_label", "category", "category_label",
            "staff_count", "path", "established_on", "dissolved_on", "version"}
COUNT_KEYS = {"members", "probationary", "official", "temporarily_away", "staff", "children",
              "chi_bo", "people", "as_of"}


class OrgsTest(ApiTestCase):
    server_options = {"admin": True}

    @classmethod
    def prepare(cls):
        cls.root_id = cls.server.root_id
        cls.admin = cls.server.login(harness.BOOT_ADMIN, harness.BOOT_PASSWORD)

    # ---- helpers ---------------------------------------------------------------------
    def province(self, name="Đảng bộ tỉnh Thử"):
        return self.admin.create_org(self.root_id, unique(name), "dang_bo_tinh")

    def tree(self):
        """province → đảng bộ cơ sở → chi bộ trực thuộc → 2 tổ đảng."""
        p = self.province()
        dbcs = self.admin.create_org(p["id"], unique("Đảng bộ Sở Văn hóa"), "dang_bo_co_so",
                                     category="co_quan_hanh_chinh")
        cb = self.admin.create_org(dbcs["id"], unique("Chi bộ Bảo tàng"), "chi_bo_truc_thuoc",
                                   category="don_vi_su_nghiep", staff_count=52,
                                   established_on="2018-01-01")
        t1 = self.admin.create_org(cb["id"], unique("Tổ đảng Văn phòng"), "to_dang")
        t2 = self.admin.create_org(cb["id"], unique("Tổ đảng Thư viện"), "to_dang")
        return p, dbcs, cb, t1, t2

    def get(self, org_id, **query):
        return self.admin.get_ok(f"/api/v1/orgs/{org_id}", query=query or None)

    def count_named(self, name):
        items, _ = self.admin.all_items("/api/v1/orgs", q=name, include_dissolved="true")
        return len([o for o in items if o["name"] == name])

    # ---- create ----------------------------------------------------------------------
    def test_create_returns_201_with_the_org(self):
        p = self.province()
        name = unique("Chi bộ Trường THPT Thử")
        r = self.admin.post("/api/v1/orgs", {"parent_id": p["id"], "name": name,
                                             "type": "chi_bo_co_so", "category": "truong_hoc",
                                             "staff_count": 40, "established_on": "2020-09-05"})
        org = self.assertStatus(r, 201)
        self.assertEqual(r.content_type, "application/json")
        self.assertTrue(ORG_KEYS <= set(org), ORG_KEYS - set(org))
        self.assertNotIn("counts", org, "counts appear on GET /orgs/{id} only")
        self.assertIsInstance(org["id"], int)
        self.assertEqual(org["parent_id"], p["id"])
        self.assertEqual(org["name"], name)
        self.assertEqual(org["type"], "chi_bo_co_so")
        self.assertEqual(org["type_label"], "Chi bộ cơ sở")
        self.assertEqual(org["category"], "truong_hoc")
        self.assertEqual(org["category_label"], "Trường học")
        self.assertEqual(org["staff_count"], 40)
        self.assertEqual(org["path"], f"{p['path']}{org['id']}/")
        self.assertEqual(org["established_on"], "2020-09-05")
        self.assertIsNone(org["dissolved_on"])
        self.assertEqual(org["version"], 1)
        # It is really there, the same.
        again = self.get(org["id"])
        self.assertEqual({k: again[k] for k in ORG_KEYS}, {k: org[k] for k in ORG_KEYS})

    def test_create_defaults(self):
        p = self.province()
        org = self.admin.create_org(p["id"], unique("Đảng ủy xã Thử"), "dang_bo_cap_tren_co_so",
                                    established_on=None)
        self.assertRegex(org["established_on"], ISO_DATE)
        self.assertIsNone(org["staff_count"])
        self.assertIn(org["category"], ("", None))

    def test_create_name_is_stored_nfc(self):
        p = self.province()
        name = unique("Chi bộ Thôn Đồng Tháp Mười")
        org = self.admin.create_org(p["id"], harness.nfd(name), "chi_bo_co_so")
        self.assertEqual(org["name"], harness.nfc(name))
        self.assertEqual(self.get(org["id"])["name"], harness.nfc(name))

    def test_create_bad_type_is_400_type(self):
        p = self.province()
        name = unique("Chi bộ Loại Sai")
        r = self.admin.post("/api/v1/orgs", {"parent_id": p["id"], "name": name,
                                             "type": "chi_bo_xyz"})
        self.assertProblem(r, 400, field="type")
        self.assertEqual(self.count_named(name), 0)

    def test_create_type_not_allowed_under_parent_is_400_type(self):
        p = self.province()
        for parent, type_ in ((p["id"], "to_dang"), (p["id"], "chi_bo_truc_thuoc"),
                              (self.root_id, "dang_bo_co_so")):
            name = unique("Tổ chức Sai Cấp")
            with self.subTest(type=type_):
                r = self.admin.post("/api/v1/orgs", {"parent_id": parent, "name": name,
                                                     "type": type_})
                self.assertProblem(r, 400, field="type")
                self.assertEqual(self.count_named(name), 0)

    def test_create_empty_name_is_400_name(self):
        p = self.province()
        for name in ("", "   "):
            with self.subTest(name=name):
                r = self.admin.post("/api/v1/orgs", {"parent_id": p["id"], "name": name,
                                                     "type": "chi_bo_co_so"})
                self.assertProblem(r, 400, field="name")
        self.assertEqual(self.admin.get_ok(f"/api/v1/orgs/{p['id']}/children")["items"], [])

    def test_create_missing_fields_are_named(self):
        p = self.province()
        full = {"parent_id": p["id"], "name": unique("Chi bộ Thiếu"), "type": "chi_bo_co_so"}
        for missing in ("parent_id", "name", "type"):
            body = {k: v for k, v in full.items() if k != missing}
            with self.subTest(missing=missing):
                self.assertProblem(self.admin.post("/api/v1/orgs", body), 400, field=missing)
        self.assertEqual(self.admin.get_ok(f"/api/v1/orgs/{p['id']}/children")["items"], [])

    def test_create_wrong_types_and_unknown_fields_are_named(self):
        p = self.province()
        base = {"parent_id": p["id"], "name": unique("Chi bộ Kiểu Sai"), "type": "chi_bo_co_so"}
        cases = [("staff_count", "năm mươi"), ("parent_id", "abc"), ("name", 12),
                 ("established_on", "05/09/2020"), ("established_on", "2020-02-30"),
                 ("category", "vu_tru"), ("staff_count", -3), ("mau_sac", "đỏ")]
        for field, value in cases:
            with self.subTest(field=field, value=value):
                r = self.admin.post("/api/v1/orgs", dict(base, **{field: value}))
                self.assertProblem(r, 400, field=field)
        self.assertEqual(self.count_named(base["name"]), 0)

    def test_category_only_on_chi_bo_and_dang_bo_co_so(self):
        name = unique("Đảng bộ tỉnh Có Loại Hình")
        r = self.admin.post("/api/v1/orgs", {"parent_id": self.root_id, "name": name,
                                             "type": "dang_bo_tinh", "category": "truong_hoc"})
        self.assertProblem(r, 400, field="category")
        self.assertEqual(self.count_named(name), 0)

    def test_create_under_missing_parent_is_404(self):
        r = self.admin.post("/api/v1/orgs", {"parent_id": 987654321, "name": unique("Mồ côi"),
                                             "type": "chi_bo_co_so"})
        self.assertProblem(r, 404)

    # ---- get, counts, ancestors, children --------------------------------------------
    def test_get_has_ancestors_and_counts(self):
        p, dbcs, cb, t1, t2 = self.tree()
        org = self.get(cb["id"])
        self.assertEqual(org["name"], cb["name"])
        ancestors = org["ancestors"]
        self.assertEqual([a["id"] for a in ancestors][-2:], [p["id"], dbcs["id"]])
        self.assertEqual([a["name"] for a in ancestors][-2:], [p["name"], dbcs["name"]])
        self.assertEqual([a["id"] for a in ancestors],
                         harness.org_ids_in_path(org["path"])[:-1][-len(ancestors):])
        self.assertEqual(ancestors[0]["id"], self.root_id, "admin sees from the root")
        counts = org["counts"]
        self.assertTrue(COUNT_KEYS <= set(counts), COUNT_KEYS - set(counts))
        self.assertEqual(counts["children"], 2)
        self.assertEqual(counts["chi_bo"], 1)
        self.assertEqual(counts["staff"], 52)
        for k in ("members", "probationary", "official", "temporarily_away", "people"):
            self.assertEqual(counts[k], 0, k)
        self.assertRegex(counts["as_of"], ISO_DATE)
        # People kept in a tổ đảng count in the chi bộ and every org above it.
        self.admin.create_person(t1["id"], "Phạm Văn Đếm")
        self.assertEqual(self.get(cb["id"])["counts"]["people"], 1)
        self.assertEqual(self.get(p["id"])["counts"]["people"], 1)
        self.assertEqual(self.get(p["id"])["counts"]["chi_bo"], 1)
        self.assertEqual(self.get(t2["id"])["counts"]["people"], 0)

    def test_as_of_is_echoed_and_validated(self):
        p, dbcs, cb, t1, t2 = self.tree()
        org = self.get(cb["id"], as_of="2019-06-30")
        self.assertEqual(org["counts"]["as_of"], "2019-06-30")
        for bad in ("2022-13-01", "06/05/2022", "hôm nay"):
            with self.subTest(as_of=bad):
                r = self.admin.get(f"/api/v1/orgs/{cb['id']}", query={"as_of": bad})
                self.assertProblem(r, 400, field="as_of")

    def test_children_lists_direct_children_only(self):
        p, dbcs, cb, t1, t2 = self.tree()
        body = self.admin.get_ok(f"/api/v1/orgs/{dbcs['id']}/children")
        self.assertEqual([o["id"] for o in body["items"]], [cb["id"]])
        body = self.admin.get_ok(f"/api/v1/orgs/{cb['id']}/children")
        self.assertEqual(sorted(o["id"] for o in body["items"]), sorted([t1["id"], t2["id"]]))
        for o in body["items"]:
            self.assertEqual(o["parent_id"], cb["id"])
        self.assertEqual(self.admin.get_ok(f"/api/v1/orgs/{t1['id']}/children")["items"], [])

    def test_unknown_org_is_404(self):
        for suffix in ("", "/children", "/history"):
            with self.subTest(suffix=suffix):
                self.assertProblem(self.admin.get(f"/api/v1/orgs/987654321{suffix}"), 404)
        self.assertProblem(self.admin.patch("/api/v1/orgs/987654321", {"name": "X"}), 404)
        self.assertProblem(self.admin.post("/api/v1/orgs/987654321/move",
                                           {"parent_id": self.root_id}), 404)
        self.assertProblem(self.admin.post("/api/v1/orgs/987654321/dissolve", {}), 404)

    # ---- list ------------------------------------------------------------------------
    def test_list_within_is_the_subtree_in_tree_order(self):
        p, dbcs, cb, t1, t2 = self.tree()
        other = self.province()
        body = self.admin.get_ok("/api/v1/orgs", query={"within": p["id"]})
        self.assertPaged(body)
        ids = [o["id"] for o in body["items"]]
        self.assertEqual(body["total"], len(ids))
        self.assertTrue({dbcs["id"], cb["id"], t1["id"], t2["id"]} <= set(ids), ids)
        self.assertNotIn(other["id"], ids)
        for o in body["items"]:
            self.assertTrue(o["path"].startswith(p["path"]), o)
            self.assertNotIn("counts", o)
        # Tree order: every org comes after its parent.
        pos = {i: n for n, i in enumerate(ids)}
        for o in body["items"]:
            if o["parent_id"] in pos:
                self.assertLess(pos[o["parent_id"]], pos[o["id"]], o["name"])
        self.assertLess(pos[dbcs["id"]], pos[cb["id"]])
        self.assertLess(pos[cb["id"]], pos[t1["id"]])

    def test_list_q_is_accent_insensitive(self):
        p = self.province()
        name = unique("Chi bộ Đường sắt Hà Nội")
        org = self.admin.create_org(p["id"], name, "chi_bo_co_so")
        decoy = self.admin.create_org(p["id"], unique("Chi bộ Bưu điện"), "chi_bo_co_so")
        for q in ("duong sat ha noi", "ĐƯỜNG SẮT", "Đường sắt", harness.nfd("đường sắt")):
            with self.subTest(q=q):
                items, _ = self.admin.all_items("/api/v1/orgs", q=q, within=p["id"])
                ids = [o["id"] for o in items]
                self.assertIn(org["id"], ids)
                self.assertNotIn(decoy["id"], ids)

    def test_list_type_filter(self):
        p, dbcs, cb, t1, t2 = self.tree()
        items, total = self.admin.all_items("/api/v1/orgs", within=p["id"], type="to_dang")
        self.assertEqual(sorted(o["id"] for o in items), sorted([t1["id"], t2["id"]]))
        self.assertEqual(total, 2)
        r = self.admin.get("/api/v1/orgs", query={"type": "khong_co"})
        self.assertProblem(r, 400, field="type")

    def test_list_paging(self):
        p, dbcs, cb, t1, t2 = self.tree()
        full, total = self.admin.all_items("/api/v1/orgs", within=p["id"])
        self.assertEqual(total, len(full))
        self.assertGreaterEqual(total, 5)
        seen = []
        for page in range(1, total + 1):
            body = self.admin.get_ok("/api/v1/orgs", query={"within": p["id"], "page": page,
                                                            "page_size": 2})
            self.assertEqual((body["page"], body["page_size"], body["total"]), (page, 2, total))
            seen.extend(o["id"] for o in body["items"])
            if len(body["items"]) < 2:
                break
        self.assertEqual(seen, [o["id"] for o in full])
        beyond = self.admin.get_ok("/api/v1/orgs", query={"within": p["id"], "page": 99,
                                                          "page_size": 2})
        self.assertEqual(beyond["items"], [])
        self.assertEqual(beyond["total"], total)

    def test_list_bad_paging_names_the_parameter(self):
        for field, value in (("page", "0"), ("page", "-1"), ("page", "abc"),
                             ("page_size", "0"), ("page_size", "501"), ("page_size", "x")):
            with self.subTest(**{field: value}):
                r = self.admin.get("/api/v1/orgs", query={field: value})
                self.assertProblem(r, 400, field=field)
        body = self.admin.get_ok("/api/v1/orgs", query={"page_size": 500})
        self.assertEqual(body["page_size"], 500)

    # ---- rename (PATCH) --------------------------------------------------------------
    def test_rename_with_version_then_stale_version_is_409(self):
        p = self.province()
        org = self.admin.create_org(p["id"], unique("Chi bộ Tên Cũ"), "chi_bo_co_so",
                                    category="thon_ban")
        path = f"/api/v1/orgs/{org['id']}"
        new_name = unique("Chi bộ Tên Mới")
        renamed = self.admin.ok("PATCH", path, {"name": new_name, "version": 1,
                                                "effective_on": "2024-01-01"})
        self.assertEqual(renamed["name"], new_name)
        self.assertEqual(renamed["version"], 2)
        self.assertEqual(renamed["category"], "thon_ban", "untouched fields stay")
        r = self.admin.patch(path, {"name": "Chi bộ Ghi Đè", "version": 1})
        self.assertProblem(r, 409)
        after = self.get(org["id"])
        self.assertEqual((after["name"], after["version"]), (new_name, 2))
        # History keeps the rename with its effective date.
        items = self.admin.get_ok(f"{path}/history")["items"]
        kinds = [e["kind"] for e in items]
        self.assertIn("tao_moi", kinds)
        self.assertIn("doi_ten", kinds)
        rename = next(e for e in items if e["kind"] == "doi_ten")
        self.assertEqual(rename["effective_on"], "2024-01-01")
        self.assertEqual(rename["before"]["name"], org["name"])
        self.assertEqual(rename["after"]["name"], new_name)
        self.assertTrue(rename["recorded_by"])
        self.assertTrue(rename["recorded_at"])
        self.assertIsInstance(rename["id"], int)

    def test_patch_category_and_staff_count(self):
        p = self.province()
        org = self.admin.create_org(p["id"], unique("Chi bộ Cập Nhật"), "chi_bo_co_so",
                                    category="thon_ban", staff_count=10)
        path = f"/api/v1/orgs/{org['id']}"
        changed = self.admin.ok("PATCH", path, {"category": "to_dan_pho", "staff_count": 12})
        self.assertEqual(changed["category"], "to_dan_pho")
        self.assertEqual(changed["category_label"], "Tổ dân phố")
        self.assertEqual(changed["staff_count"], 12)
        self.assertEqual(changed["name"], org["name"])
        self.assertEqual(changed["version"], 2)
        cleared = self.admin.ok("PATCH", path, {"staff_count": None})
        self.assertIsNone(cleared["staff_count"])

    def test_patch_errors_change_nothing(self):
        p = self.province()
        org = self.admin.create_org(p["id"], unique("Chi bộ Giữ Nguyên"), "chi_bo_co_so")
        path = f"/api/v1/orgs/{org['id']}"
        for body, field in (({"name": "  "}, "name"), ({"category": "sao_hoa"}, "category"),
                            ({"staff_count": "nhiều"}, "staff_count"),
                            ({"version": "một"}, "version"), ({"type": "to_dang"}, "type"),
                            ({"parent_id": self.root_id}, "parent_id")):
            with self.subTest(body=body):
                self.assertProblem(self.admin.patch(path, body), 400, field=field)
        r = self.admin.request("PATCH", path, b"{name:", content_type="application/json")
        self.assertProblem(r, 400, field=None)
        after = self.get(org["id"])
        self.assertEqual({k: after[k] for k in ORG_KEYS}, {k: org[k] for k in ORG_KEYS})

    # ---- move ------------------------------------------------------------------------
    def test_move_to_another_parent(self):
        p, dbcs, cb, t1, t2 = self.tree()
        other = self.admin.create_org(p["id"], unique("Đảng bộ Sở Y tế"), "dang_bo_co_so")
        moved = self.admin.ok("POST", f"/api/v1/orgs/{cb['id']}/move",
                              {"parent_id": other["id"], "effective_on": "2025-07-01",
                               "version": cb["version"]})
        self.assertEqual(moved["id"], cb["id"])
        self.assertEqual(moved["parent_id"], other["id"])
        self.assertEqual(moved["path"], f"{other['path']}{cb['id']}/")
        self.assertEqual(moved["version"], cb["version"] + 1)
        # Its subtree moved with it.
        t1_now = self.get(t1["id"])
        self.assertEqual(t1_now["path"], f"{moved['path']}{t1['id']}/")
        self.assertEqual(t1_now["ancestors"][-1]["id"], cb["id"])
        self.assertEqual(t1_now["ancestors"][-2]["id"], other["id"])
        self.assertEqual(self.admin.get_ok(f"/api/v1/orgs/{dbcs['id']}/children")["items"], [])
        self.assertEqual([o["id"] for o in
                          self.admin.get_ok(f"/api/v1/orgs/{other['id']}/children")["items"]],
                         [cb["id"]])
        history = self.admin.get_ok(f"/api/v1/orgs/{cb['id']}/history")["items"]
        move = [e for e in history if e["kind"] == "chuyen"]
        self.assertEqual(len(move), 1, history)
        self.assertEqual(move[0]["effective_on"], "2025-07-01")
        self.assertEqual(move[0]["before"]["parent_id"], dbcs["id"])
        self.assertEqual(move[0]["after"]["parent_id"], other["id"])

    def test_counts_follow_moves(self):
        p, dbcs, cb, t1, t2 = self.tree()
        other = self.admin.create_org(p["id"], unique("Đảng bộ Sở Xây dựng"), "dang_bo_co_so")
        person = self.admin.create_person(t1["id"], "Ngô Văn Theo")
        self.assertEqual(self.get(dbcs["id"])["counts"]["people"], 1)
        self.admin.ok("POST", f"/api/v1/orgs/{cb['id']}/move", {"parent_id": other["id"]})
        old, new, top = (self.get(o["id"])["counts"] for o in (dbcs, other, p))
        self.assertEqual((old["people"], old["chi_bo"], old["children"]), (0, 0, 0))
        self.assertEqual((new["people"], new["chi_bo"], new["children"]), (1, 1, 1))
        self.assertEqual((top["people"], top["chi_bo"], top["children"]), (1, 1, 2))
        # Moving the person record back moves its count too.
        back = self.admin.create_org(dbcs["id"], unique("Chi bộ Về Lại"), "chi_bo_truc_thuoc")
        self.admin.ok("PATCH", f"/api/v1/people/{person['id']}", {"org_id": back["id"]})
        self.assertEqual(self.get(dbcs["id"])["counts"]["people"], 1)
        self.assertEqual(self.get(other["id"])["counts"]["people"], 0)
        self.assertEqual(self.get(cb["id"])["counts"]["people"], 0)

    def test_move_into_own_subtree_is_refused(self):
        p, dbcs, cb, t1, t2 = self.tree()
        for target in (dbcs["id"], cb["id"], t1["id"]):
            with self.subTest(target=target):
                r = self.admin.post(f"/api/v1/orgs/{dbcs['id']}/move", {"parent_id": target})
                self.assertIn(r.status, (400, 409, 422), r)
                self.assertProblem(r, r.status)
        after = self.get(dbcs["id"])
        self.assertEqual((after["parent_id"], after["path"], after["version"]),
                         (p["id"], dbcs["path"], dbcs["version"]))

    def test_move_under_wrong_type_is_400_and_stale_version_409(self):
        p, dbcs, cb, t1, t2 = self.tree()
        other_cb = self.admin.create_org(dbcs["id"], unique("Chi bộ Khác"), "chi_bo_truc_thuoc")
        r = self.admin.post(f"/api/v1/orgs/{cb['id']}/move", {"parent_id": other_cb["id"]})
        self.assertProblem(r, 400, field="type")
        other = self.admin.create_org(p["id"], unique("Đảng bộ Sở Tư pháp"), "dang_bo_co_so")
        r = self.admin.post(f"/api/v1/orgs/{cb['id']}/move",
                            {"parent_id": other["id"], "version": cb["version"] + 5})
        self.assertProblem(r, 409)
        r = self.admin.post(f"/api/v1/orgs/{cb['id']}/move", {})
        self.assertProblem(r, 400, field="parent_id")
        r = self.admin.post(f"/api/v1/orgs/{cb['id']}/move", {"parent_id": 987654321})
        self.assertProblem(r, 404)
        after = self.get(cb["id"])
        self.assertEqual((after["parent_id"], after["version"]), (dbcs["id"], cb["version"]))

    # ---- dissolve --------------------------------------------------------------------
    def test_dissolve_refused_while_children_are_active(self):
        p, dbcs, cb, t1, t2 = self.tree()
        for org in (cb, dbcs, p):
            with self.subTest(org=org["name"]):
                r = self.admin.post(f"/api/v1/orgs/{org['id']}/dissolve", {})
                self.assertProblem(r, 409)
                self.assertIsNone(self.get(org["id"])["dissolved_on"])

    def test_dissolve_empty_org(self):
        p, dbcs, cb, t1, t2 = self.tree()
        r = self.admin.post(f"/api/v1/orgs/{t2['id']}/dissolve",
                            {"effective_on": "2025-01-01", "version": t2["version"] + 1})
        self.assertProblem(r, 409)
        done = self.admin.ok("POST", f"/api/v1/orgs/{t2['id']}/dissolve",
                             {"effective_on": "2025-01-01", "version": t2["version"]})
        self.assertEqual(done["dissolved_on"], "2025-01-01")
        self.assertEqual(done["version"], t2["version"] + 1)
        # Still readable, but gone from default lists.
        self.assertEqual(self.get(t2["id"])["dissolved_on"], "2025-01-01")
        kids = self.admin.get_ok(f"/api/v1/orgs/{cb['id']}/children")["items"]
        self.assertEqual([o["id"] for o in kids], [t1["id"]])
        kids = self.admin.get_ok(f"/api/v1/orgs/{cb['id']}/children",
                                 query={"include_dissolved": "true"})["items"]
        self.assertEqual(sorted(o["id"] for o in kids), sorted([t1["id"], t2["id"]]))
        listed, _ = self.admin.all_items("/api/v1/orgs", within=cb["id"])
        self.assertNotIn(t2["id"], [o["id"] for o in listed])
        listed, _ = self.admin.all_items("/api/v1/orgs", within=cb["id"],
                                         include_dissolved="true")
        self.assertIn(t2["id"], [o["id"] for o in listed])
        self.assertEqual(self.get(cb["id"])["counts"]["children"], 1)
        history = self.admin.get_ok(f"/api/v1/orgs/{t2['id']}/history")["items"]
        self.assertIn("giai_the", [e["kind"] for e in history])
        # Nothing new can be put under a dissolved organization, nor can it be dissolved twice.
        name = unique("Tổ đảng Ma")
        r = self.admin.post("/api/v1/orgs", {"parent_id": t2["id"], "name": name,
                                             "type": "to_dang"})
        self.assertProblem(r, 400, field="parent_id")
        self.assertEqual(self.count_named(name), 0)
        r = self.admin.post(f"/api/v1/orgs/{t2['id']}/dissolve", {})
        self.assertIn(r.status, (400, 409), r)
        self.assertProblem(r, r.status)
        self.assertEqual(self.get(t2["id"])["dissolved_on"], "2025-01-01")

    def test_dissolve_cannot_predate_establishment(self):
        # Not spelled out in docs/api.md: an organization cannot end before it began.
        p = self.province()
        org = self.admin.create_org(p["id"], unique("Chi bộ Mới Lập"), "chi_bo_co_so",
                                    established_on="2020-01-01")
        r = self.admin.post(f"/api/v1/orgs/{org['id']}/dissolve", {"effective_on": "2019-12-31"})
        self.assertIn(r.status, (400, 409, 422), r)
        self.assertProblem(r, r.status)
        after = self.get(org["id"])
        self.assertIsNone(after["dissolved_on"])
        self.assertEqual(after["version"], org["version"])

    def test_history_lists_creation_first(self):
        p = self.province()
        org = self.admin.create_org(p["id"], unique("Chi bộ Lịch Sử"), "chi_bo_co_so",
                                    established_on="2001-05-19")
        items = self.admin.get_ok(f"/api/v1/orgs/{org['id']}/history")["items"]
        self.assertEqual(len(items), 1, items)
        e = items[0]
        self.assertTrue({"id", "kind", "effective_on", "before", "after", "recorded_at",
                         "recorded_by"} <= set(e), e)
        self.assertEqual(e["kind"], "tao_moi")
        self.assertEqual(e["effective_on"], "2001-05-19")
        self.assertEqual(e["after"]["name"], org["name"])
        self.assertEqual(e["recorded_by"], harness.BOOT_ADMIN)
        recorded = datetime.datetime.fromisoformat(e["recorded_at"].replace("Z", "+00:00"))
        now = datetime.datetime.now(datetime.timezone.utc)
        self.assertLess(abs((now - recorded).total_seconds()), 600)
