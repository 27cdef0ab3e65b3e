"""People: create with validation and NFC, CCCD rules, duplicates, search (accent-insensitive,
đ→d, CCCD digits), Vietnamese sort order, paging, PATCH with version (docs/api.md).
Fresh database; each test makes its own chi bộ."""

import harness
from harness import ApiTestCase, cccd, nfc, nfd, unique

PERSON_KEYS = {"id", "org_id", "org_name", "full_name", "other_names", "gender", "birth_date",
               "birthplace", "hometown", "residence", "ethnicity", "religion", "cccd",
               "education_general", "education_professional", "political_theory", "occupation",
               "youth_union", "trade_union", "phone", "version", "status", "status_label",
               "membership"}

# Given name, then middle, then family name, by the Vietnamese alphabet
# (a ă â b c d đ e ê ...): a plain byte sort or a sort of accent-stripped names differs.
SORTED_NAMES = [
    "Nguyễn Thị An",
    "Hoàng Văn Anh",
    "Phạm Thị Ân",      # â after a: folded "an" would put it before "Anh"
    "Trần Văn Bình",
    "Vũ Mạnh Dũng",
    "Đặng Đình Đức",    # đ after d: folded "duc" would put it before "Dũng"
    "Lê Thị Em",        # bytewise, "Đ..." would sort after "E..."
    "Lê Bá Hùng",       # same given name: by middle name
    "Nguyễn Văn Hùng",  # same given and middle name: by family name
    "Trần Văn Hùng",
]


class PeopleTest(ApiTestCase):
    server_options = {"admin": True}

    @classmethod
    def prepare(cls):
        cls.root_id = cls.server.root_id
        cls.admin = cls.server.login(harness.BOOT_ADMIN, harness.BOOT_PASSWORD)
        cls.province = cls.admin.create_org(cls.root_id, "Đảng bộ tỉnh Thử Người",
                                            "dang_bo_tinh")

    def chi_bo(self):
        return self.admin.create_org(self.province["id"], unique("Chi bộ Thôn Thử"),
                                     "chi_bo_co_so", category="thon_ban")

    def body(self, org_id, **fields):
        b = {"org_id": org_id, "full_name": "Nguyễn Văn Hiếu", "gender": "nam",
             "birth_date": "1990-03-15"}
        b.update(fields)
        b.setdefault("cccd", cccd(b["birth_date"], b["gender"]))
        return b

    def people_with(self, number):
        return self.admin.get_ok("/api/v1/people", query={"q": number})["items"]

    # ---- create ----------------------------------------------------------------------
    def test_create_returns_201_with_the_person(self):
        cb = self.chi_bo()
        body = self.body(cb["id"], full_name="Nguyễn Văn Hiếu", other_names="Hiếu Còi",
                         birthplace="Xã Tân Lân, huyện Cần Đước, tỉnh Long An",
                         hometown="Long An", residence="Phường 3, Tân An",
                         ethnicity="Kinh", religion="", education_general="12/12",
                         education_professional="Đại học", political_theory="Sơ cấp",
                         occupation="Viên chức", youth_union=True, trade_union=False,
                         phone="0912345678")
        r = self.admin.post("/api/v1/people", body)
        p = self.assertStatus(r, 201)
        self.assertTrue(PERSON_KEYS <= set(p), PERSON_KEYS - set(p))
        for k, v in body.items():
            self.assertEqual(p[k], v, k)
        self.assertIsInstance(p["id"], int)
        self.assertEqual(p["org_name"], cb["name"])
        self.assertEqual(p["version"], 1)
        self.assertEqual(p["status"], "quan_chung")
        self.assertEqual(p["status_label"], "Quần chúng")
        self.assertIsNone(p["membership"])
        got = self.admin.get_ok(f"/api/v1/people/{p['id']}")
        self.assertEqual(got, p)

    def test_create_normalizes_text_to_nfc(self):
        cb = self.chi_bo()
        name = "Nguyễn Thị Ánh Tuyết"
        place = "Xã Đức Hòa Thượng, Long An"
        body = self.body(cb["id"], full_name=nfd(name), gender="nu", birthplace=nfd(place),
                         birth_date="1985-11-02")
        self.assertNotEqual(body["full_name"], name, "the request really is decomposed")
        p = self.admin.ok("POST", "/api/v1/people", body, expect=201)
        self.assertEqual(p["full_name"], nfc(name))
        self.assertEqual(p["birthplace"], nfc(place))
        got = self.admin.get_ok(f"/api/v1/people/{p['id']}")
        self.assertEqual(got["full_name"], nfc(name))
        # Found whichever normalization the query uses.
        for q in (nfc("Ánh Tuyết"), nfd("Ánh Tuyết"), "anh tuyet"):
            with self.subTest(q=q):
                items, _ = self.admin.all_items("/api/v1/people", q=q, org=cb["id"])
                self.assertEqual([i["id"] for i in items], [p["id"]])

    def test_invalid_cccd_is_400_cccd_and_creates_nothing(self):
        cb = self.chi_bo()
        cases = {
            "too short": "08009001234",
            "too long": "0800900123456",
            "letters": "08009001234A",
            "spaces": "080 90 012345",
            "unknown province": "099090012345",
            "province 000": "000090012345",
            "gender digit says female": "080190012345",    # gender nam
            "century digit says 2000s": "080290012345",    # born 1990
            "year digits disagree": "080091012345",        # born 1990, says 91
        }
        for why, number in cases.items():
            with self.subTest(why=why):
                r = self.admin.post("/api/v1/people", self.body(cb["id"], cccd=number))
                self.assertProblem(r, 400, field="cccd")
        items, total = self.admin.all_items("/api/v1/people", org=cb["id"])
        self.assertEqual(total, 0, items)

    def test_cccd_rules_for_women_and_2000s(self):
        cb = self.chi_bo()
        ok = self.admin.create_person(cb["id"], "Lê Thị Hoa", gender="nu", birth_date="2003-07-20",
                                      cccd="001303" + "970001")  # Hà Nội, nữ 20xx, 03
        self.assertEqual(ok["cccd"], "001303970001")
        r = self.admin.post("/api/v1/people", self.body(cb["id"], full_name="Lê Văn Nam",
                                                        gender="nam", birth_date="2003-07-20",
                                                        cccd="001303970002"))
        self.assertProblem(r, 400, field="cccd")

    def test_duplicate_cccd_is_409_and_keeps_one_record(self):
        cb = self.chi_bo()
        number = cccd("1979-01-09", "nam")
        first = self.admin.create_person(cb["id"], "Trần Văn Một", birth_date="1979-01-09",
                                         cccd=number)
        r = self.admin.post("/api/v1/people", self.body(cb["id"], full_name="Trần Văn Hai",
                                                        birth_date="1979-01-09", cccd=number))
        self.assertProblem(r, 409, field="cccd")
        self.assertEqual([p["id"] for p in self.people_with(number)], [first["id"]])
        # A PATCH onto someone else's CCCD is refused the same way.
        other = self.admin.create_person(cb["id"], "Trần Văn Ba", birth_date="1979-01-09")
        r = self.admin.patch(f"/api/v1/people/{other['id']}", {"cccd": number})
        self.assertProblem(r, 409, field="cccd")
        self.assertEqual(self.admin.get_ok(f"/api/v1/people/{other['id']}")["cccd"], other["cccd"])

    def test_missing_required_field_is_named(self):
        cb = self.chi_bo()
        for missing in ("org_id", "full_name", "gender", "birth_date", "cccd"):
            body = self.body(cb["id"])
            del body[missing]
            with self.subTest(missing=missing):
                self.assertProblem(self.admin.post("/api/v1/people", body), 400, field=missing)
        self.assertEqual(self.admin.all_items("/api/v1/people", org=cb["id"])[1], 0)

    def test_wrong_field_values_are_named(self):
        cb = self.chi_bo()
        cases = [("birth_date", 123), ("birth_date", "15/03/1990"), ("birth_date", "1990-02-30"),
                 ("birth_date", "2999-01-01"), ("gender", "male"), ("gender", 1),
                 ("full_name", ""), ("full_name", "   "), ("full_name", ["Nguyễn"]),
                 ("org_id", "mười hai"), ("youth_union", "có"), ("trade_union", 1),
                 ("phone", 912345678), ("cccd", 80090012345), ("biet_danh", "Tí")]
        for field, value in cases:
            with self.subTest(field=field, value=value):
                body = self.body(cb["id"])
                body[field] = value
                self.assertProblem(self.admin.post("/api/v1/people", body), 400, field=field)
        self.assertEqual(self.admin.all_items("/api/v1/people", org=cb["id"])[1], 0)

    def test_malformed_and_non_object_bodies(self):
        r = self.admin.request("POST", "/api/v1/people", b'{"org_id": 1,,}',
                               content_type="application/json")
        body = self.assertProblem(r, 400, field=None)
        self.assertIn("JSON", body["detail"])
        r = self.admin.request("POST", "/api/v1/people", b'{"full_name": "\xff\xfe"}',
                               content_type="application/json")
        self.assertProblem(r, 400)

    def test_create_in_unknown_org_is_404(self):
        number = cccd()
        r = self.admin.post("/api/v1/people", self.body(987654321, cccd=number))
        self.assertProblem(r, 404)
        self.assertEqual(self.people_with(number), [])

    def test_unknown_person_is_404(self):
        self.assertProblem(self.admin.get("/api/v1/people/987654321"), 404)
        self.assertProblem(self.admin.patch("/api/v1/people/987654321", {"phone": "1"}), 404)
        self.assertProblem(self.admin.get("/api/v1/people/0"), 404)

    # ---- search ----------------------------------------------------------------------
    def test_search_without_accents(self):
        cb = self.chi_bo()
        hieu = self.admin.create_person(cb["id"], "Nguyễn Văn Hiếu")
        hien = self.admin.create_person(cb["id"], "Nguyễn Văn Hiền")
        duc = self.admin.create_person(cb["id"], "Đặng Đình Đức")
        for q, want in (("nguyen van hieu", [hieu]), ("NGUYEN VAN HIEU", [hieu]),
                        ("Nguyễn Văn Hiếu", [hieu]), ("nguyen van", [hieu, hien]),
                        ("dang dinh duc", [duc]), ("d", None), ("duc", [duc]),
                        ("Đức", [duc]), ("đang", [duc]), ("hoang", [])):
            with self.subTest(q=q):
                items, total = self.admin.all_items("/api/v1/people", q=q, org=cb["id"])
                ids = sorted(i["id"] for i in items)
                self.assertEqual(total, len(items))
                if want is None:  # "d" matches the đ of Đặng Đình Đức
                    self.assertIn(duc["id"], ids)
                else:
                    self.assertEqual(ids, sorted(p["id"] for p in want))

    def test_search_by_cccd_digits(self):
        cb = self.chi_bo()
        p = self.admin.create_person(cb["id"], "Lý Thị Số", gender="nu", birth_date="1992-04-01")
        self.admin.create_person(cb["id"], "Lý Văn Khác", birth_date="1992-04-01")
        items, _ = self.admin.all_items("/api/v1/people", q=p["cccd"], org=cb["id"])
        self.assertEqual([i["id"] for i in items], [p["id"]])

    def test_status_filter(self):
        cb = self.chi_bo()
        self.admin.create_person(cb["id"], "Hà Văn Quần")
        self.assertEqual(self.admin.get_ok("/api/v1/people", query={
            "org": cb["id"], "status": "quan_chung"})["total"], 1)
        for status in ("du_bi", "chinh_thuc"):
            self.assertEqual(self.admin.get_ok("/api/v1/people", query={
                "org": cb["id"], "status": status})["total"], 0)
        self.assertProblem(self.admin.get("/api/v1/people", query={"status": "dang_vien"}),
                           400, field="status")

    # ---- order and paging -----------------------------------------------------------
    def test_sorted_by_given_then_middle_then_family_name(self):
        cb = self.chi_bo()
        # Created in an order that is neither sorted nor reversed, so id order proves nothing.
        shuffled = [SORTED_NAMES[i] for i in (6, 2, 9, 0, 4, 8, 1, 5, 3, 7)]
        for n, name in enumerate(shuffled):
            self.admin.create_person(cb["id"], name, gender="nu" if " Thị " in name else "nam",
                                     birth_date=f"19{70 + n}-05-1{n % 9 + 1}")
        body = self.admin.get_ok("/api/v1/people", query={"org": cb["id"], "page_size": 500})
        self.assertEqual([p["full_name"] for p in body["items"]], SORTED_NAMES)
        self.assertEqual(body["total"], len(SORTED_NAMES))
        # Paging walks the same order.
        pages = []
        for page in (1, 2, 3, 4):
            b = self.admin.get_ok("/api/v1/people", query={"org": cb["id"], "page": page,
                                                           "page_size": 3})
            self.assertPaged(b)
            self.assertEqual((b["page"], b["page_size"], b["total"]), (page, 3, 10))
            pages.append([p["full_name"] for p in b["items"]])
        self.assertEqual([len(p) for p in pages], [3, 3, 3, 1])
        self.assertEqual(sum(pages, []), SORTED_NAMES)
        beyond = self.admin.get_ok("/api/v1/people", query={"org": cb["id"], "page": 5,
                                                            "page_size": 3})
        self.assertEqual((beyond["items"], beyond["total"]), ([], 10))

    def test_org_filter_covers_the_subtree(self):
        cb = self.chi_bo()
        to = self.admin.create_org(cb["id"], unique("Tổ đảng Thử"), "to_dang")
        other = self.chi_bo()
        a = self.admin.create_person(cb["id"], "Mai Văn Chi Bộ")
        b = self.admin.create_person(to["id"], "Mai Văn Tổ Đảng")
        self.admin.create_person(other["id"], "Mai Văn Bên Ngoài")
        items, total = self.admin.all_items("/api/v1/people", org=cb["id"])
        self.assertEqual(sorted(i["id"] for i in items), sorted([a["id"], b["id"]]))
        items, _ = self.admin.all_items("/api/v1/people", org=to["id"])
        self.assertEqual([i["id"] for i in items], [b["id"]])
        self.assertEqual(items[0]["org_name"], to["name"])

    def test_bad_paging_names_the_parameter(self):
        for field, value in (("page", "0"), ("page_size", "0"), ("page_size", "501"),
                             ("page", "một")):
            with self.subTest(**{field: value}):
                r = self.admin.get("/api/v1/people", query={field: value})
                self.assertProblem(r, 400, field=field)

    # ---- PATCH -----------------------------------------------------------------------
    def test_patch_with_version(self):
        cb = self.chi_bo()
        p = self.admin.create_person(cb["id"], "Bùi Văn Sửa", phone="0911111111")
        path = f"/api/v1/people/{p['id']}"
        changed = self.admin.ok("PATCH", path, {"phone": "0922222222",
                                                "residence": nfd("Ấp Bình Hòa"), "version": 1})
        self.assertEqual(changed["phone"], "0922222222")
        self.assertEqual(changed["residence"], "Ấp Bình Hòa")
        self.assertEqual(changed["version"], 2)
        for k in ("full_name", "cccd", "birth_date", "gender", "org_id"):
            self.assertEqual(changed[k], p[k], k)
        r = self.admin.patch(path, {"phone": "0933333333", "version": 1})
        self.assertProblem(r, 409)
        self.assertEqual(self.admin.get_ok(path), changed)

    def test_patch_without_version_and_rename(self):
        cb = self.chi_bo()
        p = self.admin.create_person(cb["id"], "Bùi Thị Cũ", gender="nu")
        path = f"/api/v1/people/{p['id']}"
        changed = self.admin.ok("PATCH", path, {"full_name": nfd("Bùi Thị Mới")})
        self.assertEqual(changed["full_name"], "Bùi Thị Mới")
        items, _ = self.admin.all_items("/api/v1/people", q="bui thi moi", org=cb["id"])
        self.assertEqual([i["id"] for i in items], [p["id"]])
        items, _ = self.admin.all_items("/api/v1/people", q="bui thi cu", org=cb["id"])
        self.assertEqual(items, [])

    def test_patch_errors_change_nothing(self):
        cb = self.chi_bo()
        p = self.admin.create_person(cb["id"], "Bùi Văn Giữ")
        path = f"/api/v1/people/{p['id']}"
        for body, field in (({"cccd": "123"}, "cccd"), ({"gender": "nu"}, "cccd"),
                            ({"birth_date": "2001-01-01"}, "cccd"), ({"birth_date": 5}, "birth_date"),
                            ({"full_name": ""}, "full_name"), ({"gender": "khac"}, "gender"),
                            ({"youth_union": "x"}, "youth_union"), ({"ho_ten": "X"}, "ho_ten"),
                            ({"version": "2"}, "version"), ({"status": "du_bi"}, "status")):
            with self.subTest(body=body):
                self.assertProblem(self.admin.patch(path, body), 400, field=field)
        r = self.admin.patch(path, {"org_id": 987654321})
        self.assertIn(r.status, (400, 404), r)
        self.assertProblem(r, r.status)
        self.assertEqual(self.admin.get_ok(path), p)

    def test_patch_can_move_record_to_another_org(self):
        cb = self.chi_bo()
        other = self.chi_bo()
        p = self.admin.create_person(cb["id"], "Bùi Văn Chuyển")
        moved = self.admin.ok("PATCH", f"/api/v1/people/{p['id']}", {"org_id": other["id"]})
        self.assertEqual((moved["org_id"], moved["org_name"]), (other["id"], other["name"]))
        self.assertEqual(self.admin.all_items("/api/v1/people", org=cb["id"])[1], 0)

    def test_no_new_records_in_a_dissolved_org(self):
        # Not spelled out in docs/api.md; the server already refuses a new organization under a
        # dissolved one (400 parent_id), and a dissolved chi bộ keeps no new people either.
        cb = self.chi_bo()
        gone = self.admin.create_org(cb["id"], unique("Tổ đảng Đã Giải Thể"), "to_dang")
        self.admin.ok("POST", f"/api/v1/orgs/{gone['id']}/dissolve", {"effective_on": "2024-12-31"})
        number = cccd("1990-01-01", "nu")
        r = self.admin.post("/api/v1/people", self.body(gone["id"], full_name="Ngô Thị Ma",
                                                        gender="nu", birth_date="1990-01-01",
                                                        cccd=number))
        self.assertIn(r.status, (400, 409, 422), r)
        self.assertProblem(r, r.status)
        self.assertEqual(self.people_with(number), [])
        p = self.admin.create_person(cb["id"], "Ngô Văn Ở")
        r = self.admin.patch(f"/api/v1/people/{p['id']}", {"org_id": gone["id"]})
        self.assertIn(r.status, (400, 409, 422), r)
        self.assertProblem(r, r.status)
        self.assertEqual(self.admin.get_ok(f"/api/v1/people/{p['id']}"), p)
