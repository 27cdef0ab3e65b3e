"""Against the demo data (`ketnap demo`): realistic counts, search, memberships, and above all
subtree isolation and roles (docs/api.md: "Anything outside the caller's subtree answers 404,
exactly like an id that does not exist"; "Role xem is read-only"; audit within the subtree).

One server for the module. Tests only add records of their own; they never change demo ones
(an attempt that must fail is checked to have changed nothing).
"""

import harness
from harness import ApiTestCase, cccd, unique

BAOTANG = "Chi bộ Bảo tàng – Thư viện tỉnh"
ROOT = "Ban Chấp hành Trung ương"
MISSING = 987654321

server = None
users = {}


def setUpModule():
    global server
    server = harness.Server(demo=True).start()
    try:
        for name in ("admin", "baotang", "tuyengiao", "khoiqn", "hoahue"):
            users[name] = server.login(name)
    except BaseException:
        server.stop()
        raise


def tearDownModule():
    if server:
        server.stop()


class DemoCase(ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = server
        cls.admin = users["admin"]
        cls.baotang = users["baotang"]
        cls.tuyengiao = users["tuyengiao"]
        cls.khoiqn = users["khoiqn"]
        cls.hoahue = users["hoahue"]
        cls.bt_org = cls.admin.get_ok(f"/api/v1/orgs/{cls.baotang.user['org_id']}")
        cls.db_org = cls.admin.get_ok(f"/api/v1/orgs/{cls.tuyengiao.user['org_id']}")
        cls.qn_org = cls.admin.get_ok(f"/api/v1/orgs/{cls.khoiqn.user['org_id']}")

    def subtree_ids(self, org):
        items, _ = self.admin.all_items("/api/v1/orgs", within=org["id"],
                                        include_dissolved="true")
        return {o["id"] for o in items} | {org["id"]}


class DemoDataTest(DemoCase):
    def test_accounts_are_bound_as_described(self):
        self.assertEqual(self.admin.user["role"], "quan_tri")
        self.assertEqual(self.admin.user["org_name"], ROOT)
        self.assertEqual(self.baotang.user["role"], "can_bo")
        self.assertEqual(self.baotang.user["org_name"], BAOTANG)
        self.assertEqual(self.tuyengiao.user["role"], "xem")
        self.assertEqual(self.tuyengiao.user["org_name"], "Chi bộ Ban Tuyên giáo Tỉnh ủy")
        self.assertEqual(self.hoahue.user["role"], "can_bo")
        self.assertEqual(self.hoahue.user["org_name"], "Chi bộ Trường Mầm non Hoa Huệ")

    def test_baotang_counts_as_of_the_article_date(self):
        org = self.admin.get_ok(f"/api/v1/orgs/{self.bt_org['id']}",
                                query={"as_of": "2022-05-06"})
        self.assertEqual(org["name"], BAOTANG)
        c = org["counts"]
        self.assertEqual(c["as_of"], "2022-05-06")
        self.assertEqual(c["members"], 36)
        self.assertEqual(c["probationary"], 3)
        self.assertEqual(c["official"], 33)
        self.assertEqual(c["temporarily_away"], 1)
        self.assertEqual(c["children"], 4)
        self.assertEqual(c["chi_bo"], 1)
        # The same counts for the officer of that chi bộ.
        own = self.baotang.get_ok(f"/api/v1/orgs/{self.bt_org['id']}",
                                  query={"as_of": "2022-05-06"})
        self.assertEqual(own["counts"], c)
        kids = self.admin.get_ok(f"/api/v1/orgs/{self.bt_org['id']}/children")["items"]
        self.assertEqual([k["type"] for k in kids], ["to_dang"] * 4)

    def test_counts_before_admissions_are_smaller(self):
        # Nguyễn Văn Hiếu was admitted on 24/02/2022, the Lê Thị Hồng twins on 20/04/2022.
        early = self.admin.get_ok(f"/api/v1/orgs/{self.bt_org['id']}",
                                  query={"as_of": "2022-02-01"})["counts"]
        self.assertLess(early["members"], 36)

    def test_ancestors_run_from_the_root(self):
        org = self.admin.get_ok(f"/api/v1/orgs/{self.bt_org['id']}")
        ids = [a["id"] for a in org["ancestors"]]
        self.assertEqual(ids, harness.org_ids_in_path(org["path"])[:-1])
        self.assertEqual(org["ancestors"][0]["name"], ROOT)
        self.assertEqual(ids[-1], org["parent_id"])

    def test_search_finds_nguyen_van_hieu(self):
        for q in ("nguyen van hieu", "Nguyễn Văn Hiếu", "NGUYEN VAN HIEU"):
            with self.subTest(q=q):
                items, _ = self.admin.all_items("/api/v1/people", q=q)
                self.assertIn("Nguyễn Văn Hiếu", [p["full_name"] for p in items])
                for p in items:
                    self.assertIn("nguyen van hieu", fold(p["full_name"] + " " + p["other_names"]))
        mine, _ = self.baotang.all_items("/api/v1/people", q="nguyen van hieu")
        self.assertIn("Nguyễn Văn Hiếu", [p["full_name"] for p in mine])

    def test_search_d_matches_dj(self):
        everyone, _ = self.admin.all_items("/api/v1/people")
        names = {p["id"]: fold(p["full_name"] + " " + p["other_names"]) for p in everyone}
        word_starts = {i for i, n in names.items() if any(w.startswith("dang") for w in n.split())}
        self.assertTrue(any("Đặng" in p["full_name"] for p in everyone if p["id"] in word_starts),
                        "the demo has people named Đặng")
        found, _ = self.admin.all_items("/api/v1/people", q="dang")
        ids = {p["id"] for p in found}
        self.assertLessEqual(word_starts, ids)
        for p in found:
            self.assertIn("dang", names[p["id"]], p["full_name"])

    def test_people_pages_are_in_vietnamese_order(self):
        # Every demo person, page after page, against an independent model of the order.
        everyone, total = self.admin.all_items("/api/v1/people")
        self.assertEqual(total, len(everyone))
        self.assertGreater(total, 1000)
        keys = [sort_key(p["full_name"]) for p in everyone]
        wrong = [(everyone[i]["full_name"], everyone[i + 1]["full_name"])
                 for i in range(len(keys) - 1) if keys[i] > keys[i + 1]]
        self.assertEqual(wrong, [], "pairs out of Vietnamese order")

    def test_member_has_status_and_membership(self):
        for status, label in (("chinh_thuc", "Đảng viên chính thức"),):
            items, total = self.admin.all_items("/api/v1/people", org=self.bt_org["id"],
                                                status=status)
            self.assertGreater(total, 0)
            for p in items:
                self.assertEqual((p["status"], p["status_label"]), (status, label), p["full_name"])
            person = self.admin.get_ok(f"/api/v1/people/{items[0]['id']}")
            m = person["membership"]
            self.assertIsNotNone(m)
            self.assertTrue({"id", "person_id", "org_id", "decision_on", "ceremony_on",
                             "probation_end", "official_on", "left_on", "left_reason",
                             "temporary_from", "temporary_until", "temporary_note"} <= set(m), m)
            self.assertEqual(m["person_id"], person["id"])
            self.assertIsNotNone(m["official_on"])
        hieu = [p for p in self.admin.all_items("/api/v1/people", q="nguyen van hieu",
                                                org=self.bt_org["id"])[0]
                if p["full_name"] == "Nguyễn Văn Hiếu"]
        self.assertEqual(len(hieu), 1)
        m = self.admin.get_ok(f"/api/v1/people/{hieu[0]['id']}")["membership"]
        self.assertEqual(m["ceremony_on"], "2022-02-24")
        self.assertEqual(m["probation_end"], "2023-02-24")

    def test_dissolve_refused_while_members(self):
        r = self.admin.post(f"/api/v1/orgs/{self.bt_org['id']}/dissolve", {})
        self.assertProblem(r, 409)
        kids = self.admin.get_ok(f"/api/v1/orgs/{self.bt_org['id']}/children")["items"]
        with_members = [k for k in kids
                        if self.admin.get_ok(f"/api/v1/orgs/{k['id']}")["counts"]["members"] > 0]
        self.assertTrue(with_members, "some tổ đảng holds members")
        r = self.admin.post(f"/api/v1/orgs/{with_members[0]['id']}/dissolve", {})
        self.assertProblem(r, 409)
        self.assertIsNone(self.admin.get_ok(f"/api/v1/orgs/{with_members[0]['id']}")["dissolved_on"])
        self.assertIsNone(self.admin.get_ok(f"/api/v1/orgs/{self.bt_org['id']}")["dissolved_on"])


class SubtreeIsolationTest(DemoCase):
    """baotang (can_bo of the Bảo tàng chi bộ) sees nothing of Điện Biên or Quảng Ninh."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Records of our own outside the chi bộ, made by the administrator.
        cls.db_to = cls.admin.create_org(cls.db_org["id"], unique("Tổ đảng Điện Biên thử"),
                                         "to_dang")
        cls.db_person = cls.admin.create_person(cls.db_org["id"], "Lò Văn Pọm",
                                                birth_date="1988-08-08",
                                                cccd=cccd("1988-08-08", "nam", "011"))
        cls.outside = [cls.db_org, cls.qn_org, cls.db_to,
                       cls.admin.get_ok(f"/api/v1/orgs/{cls.bt_org['parent_id']}")]

    def assertNotFoundLikeMissing(self, resp, missing_resp):
        self.assertProblem(resp, 404)
        self.assertProblem(missing_resp, 404)
        self.assertEqual(resp.json["title"], missing_resp.json["title"])

    def test_outside_orgs_read_as_404(self):
        for org in self.outside:
            for suffix in ("", "/children", "/history"):
                with self.subTest(org=org["name"], suffix=suffix):
                    self.assertNotFoundLikeMissing(
                        self.baotang.get(f"/api/v1/orgs/{org['id']}{suffix}"),
                        self.baotang.get(f"/api/v1/orgs/{MISSING}{suffix}"))
        # The own organization is readable, of course.
        self.assertStatus(self.baotang.get(f"/api/v1/orgs/{self.bt_org['id']}"), 200)

    def test_outside_org_writes_are_404_and_change_nothing(self):
        for org in (self.db_org, self.db_to, self.qn_org):
            with self.subTest(org=org["name"]):
                before = self.admin.get_ok(f"/api/v1/orgs/{org['id']}")
                self.assertProblem(self.baotang.patch(f"/api/v1/orgs/{org['id']}",
                                                      {"name": "Đã bị sửa"}), 404)
                self.assertProblem(self.baotang.post(f"/api/v1/orgs/{org['id']}/move",
                                                     {"parent_id": self.bt_org["id"]}), 404)
                self.assertProblem(self.baotang.post(f"/api/v1/orgs/{org['id']}/dissolve", {}),
                                   404)
                after = self.admin.get_ok(f"/api/v1/orgs/{org['id']}")
                self.assertEqual(after, before)

    def test_cannot_move_own_org_outside(self):
        own = self.baotang.create_org(self.bt_org["id"], unique("Tổ đảng Chuyển Đi"), "to_dang")
        r = self.baotang.post(f"/api/v1/orgs/{own['id']}/move", {"parent_id": self.db_org["id"]})
        self.assertIn(r.status, (403, 404), r)
        self.assertProblem(r, r.status)
        self.assertEqual(self.admin.get_ok(f"/api/v1/orgs/{own['id']}")["parent_id"],
                         self.bt_org["id"])

    def test_cannot_create_org_outside(self):
        name = unique("Tổ đảng Xâm Nhập")
        r = self.baotang.post("/api/v1/orgs", {"parent_id": self.db_org["id"], "name": name,
                                               "type": "to_dang"})
        self.assertIn(r.status, (403, 404), r)
        self.assertProblem(r, r.status)
        items, _ = self.admin.all_items("/api/v1/orgs", q=name, include_dissolved="true")
        self.assertEqual(items, [])

    def test_outside_person_is_404_and_unchanged(self):
        path = f"/api/v1/people/{self.db_person['id']}"
        self.assertNotFoundLikeMissing(self.baotang.get(path),
                                       self.baotang.get(f"/api/v1/people/{MISSING}"))
        self.assertProblem(self.baotang.patch(path, {"phone": "0999999999"}), 404)
        self.assertEqual(self.admin.get_ok(path)["phone"], self.db_person["phone"])
        self.assertEqual(self.admin.get_ok(path)["version"], self.db_person["version"])

    def test_cannot_create_person_outside(self):
        number = cccd("1991-01-01", "nu", "011")
        r = self.baotang.post("/api/v1/people", {"org_id": self.db_org["id"],
                                                 "full_name": "Quàng Thị Xâm",
                                                 "gender": "nu", "birth_date": "1991-01-01",
                                                 "cccd": number})
        self.assertIn(r.status, (403, 404), r)
        self.assertProblem(r, r.status)
        self.assertEqual(self.admin.get_ok("/api/v1/people", query={"q": number})["total"], 0)

    def test_cannot_move_own_person_outside(self):
        p = self.baotang.create_person(self.bt_org["id"], "Huỳnh Văn Ở Lại",
                                       birth_date="1993-03-03")
        r = self.baotang.patch(f"/api/v1/people/{p['id']}", {"org_id": self.db_org["id"]})
        self.assertIn(r.status, (400, 403, 404), r)
        self.assertProblem(r, r.status)
        self.assertEqual(self.admin.get_ok(f"/api/v1/people/{p['id']}")["org_id"],
                         self.bt_org["id"])

    def test_org_list_stays_inside(self):
        items, total = self.baotang.all_items("/api/v1/orgs", include_dissolved="true")
        self.assertGreaterEqual(total, 5)
        ids = {o["id"] for o in items}
        self.assertIn(self.bt_org["id"], ids)
        for o in items:
            self.assertTrue(o["path"].startswith(self.bt_org["path"]), o)
        for query in ({"q": "chi bo"}, {"q": "dien bien"}, {"type": "dang_bo_tinh"},
                      {"type": "to_dang"}):
            with self.subTest(**query):
                found, _ = self.baotang.all_items("/api/v1/orgs", **query)
                for o in found:
                    self.assertTrue(o["path"].startswith(self.bt_org["path"]), o)
        found, _ = self.baotang.all_items("/api/v1/orgs", q="tuyen giao")
        self.assertEqual(found, [])

    def test_org_list_within_outside_is_like_missing(self):
        outside = self.baotang.get("/api/v1/orgs", query={"within": self.db_org["id"]})
        missing = self.baotang.get("/api/v1/orgs", query={"within": MISSING})
        self.assertEqual(outside.status, missing.status)
        if outside.status == 200:
            self.assertEqual(outside.json["items"], [])
        else:
            self.assertProblem(outside, 404)

    def test_people_list_stays_inside(self):
        inside = self.subtree_ids(self.bt_org)
        items, total = self.baotang.all_items("/api/v1/people")
        self.assertGreaterEqual(total, 36)
        for p in items:
            self.assertIn(p["org_id"], inside, p)
        for q in ("lo van pom", self.db_person["cccd"], "nguyen", "thi"):
            with self.subTest(q=q):
                found, _ = self.baotang.all_items("/api/v1/people", q=q)
                for p in found:
                    self.assertIn(p["org_id"], inside, p)
                self.assertNotIn(self.db_person["id"], [p["id"] for p in found])
        outside = self.baotang.get("/api/v1/people", query={"org": self.db_org["id"]})
        missing = self.baotang.get("/api/v1/people", query={"org": MISSING})
        self.assertEqual(outside.status, missing.status)
        if outside.status == 200:
            self.assertEqual(outside.json["items"], [])
        else:
            self.assertProblem(outside, 404)

    def test_other_officer_sees_only_her_school(self):
        hh_org = self.admin.get_ok(f"/api/v1/orgs/{self.hoahue.user['org_id']}")
        items, _ = self.hoahue.all_items("/api/v1/orgs")
        self.assertTrue(items)
        for o in items:
            self.assertTrue(o["path"].startswith(hh_org["path"]), o)
        self.assertProblem(self.hoahue.get(f"/api/v1/orgs/{self.bt_org['id']}"), 404)
        # A can_bo writes inside: a positive control for the refusals above.
        p = self.hoahue.create_person(hh_org["id"], "Hà Thị Mầm", gender="nu",
                                      birth_date="1995-09-05", cccd=cccd("1995-09-05", "nu", "015"))
        self.assertEqual(p["org_id"], hh_org["id"])


class ReadOnlyRoleTest(DemoCase):
    """tuyengiao has role xem on the Ban Tuyên giáo chi bộ of Điện Biên."""

    def test_reads_are_allowed(self):
        self.assertStatus(self.tuyengiao.get(f"/api/v1/orgs/{self.db_org['id']}"), 200)
        self.assertStatus(self.tuyengiao.get("/api/v1/people"), 200)
        self.assertStatus(self.tuyengiao.get(f"/api/v1/orgs/{self.db_org['id']}/history"), 200)

    def test_writes_are_403_and_change_nothing(self):
        org_path = f"/api/v1/orgs/{self.db_org['id']}"
        before = self.admin.get_ok(org_path)
        self.assertProblem(self.tuyengiao.patch(org_path, {"name": "Đổi tên"}), 403)
        self.assertProblem(self.tuyengiao.post(f"{org_path}/dissolve", {}), 403)
        name = unique("Tổ đảng Của Người Xem")
        self.assertProblem(self.tuyengiao.post("/api/v1/orgs", {
            "parent_id": self.db_org["id"], "name": name, "type": "to_dang"}), 403)
        self.assertEqual(self.admin.get_ok(org_path), before)
        self.assertEqual(self.admin.all_items("/api/v1/orgs", q=name)[1], 0)

        to = self.admin.create_org(self.db_org["id"], unique("Tổ đảng Đứng Yên"), "to_dang")
        to2 = self.admin.create_org(self.db_org["id"], unique("Tổ đảng Khác"), "to_dang")
        self.assertProblem(self.tuyengiao.post(f"/api/v1/orgs/{to['id']}/move",
                                               {"parent_id": self.db_org["id"]}), 403)
        self.assertProblem(self.tuyengiao.post(f"/api/v1/orgs/{to2['id']}/dissolve", {}), 403)
        self.assertIsNone(self.admin.get_ok(f"/api/v1/orgs/{to2['id']}")["dissolved_on"])

        number = cccd("1980-02-02", "nam", "011")
        self.assertProblem(self.tuyengiao.post("/api/v1/people", {
            "org_id": self.db_org["id"], "full_name": "Lường Văn Xem", "gender": "nam",
            "birth_date": "1980-02-02", "cccd": number}), 403)
        self.assertEqual(self.admin.get_ok("/api/v1/people", query={"q": number})["total"], 0)

        p = self.admin.create_person(self.db_org["id"], "Cầm Thị Đọc", gender="nu",
                                     birth_date="1982-12-12", cccd=cccd("1982-12-12", "nu", "011"))
        self.assertProblem(self.tuyengiao.patch(f"/api/v1/people/{p['id']}",
                                                {"phone": "0911000000"}), 403)
        self.assertEqual(self.admin.get_ok(f"/api/v1/people/{p['id']}"), p)

    def test_audit_is_403(self):
        self.assertProblem(self.tuyengiao.get("/api/v1/audit"), 403)
        self.assertProblem(self.tuyengiao.get("/api/v1/audit", query={"entity": "person"}), 403)

    def test_outside_is_still_404(self):
        self.assertProblem(self.tuyengiao.get(f"/api/v1/orgs/{self.bt_org['id']}"), 404)


class AuditScopeTest(DemoCase):
    def test_audit_of_baotang_stays_in_its_subtree(self):
        # One change outside (by the administrator), one inside (by the officer).
        outside = self.admin.create_person(self.db_org["id"], "Vi Văn Ngoài",
                                           birth_date="1987-07-07",
                                           cccd=cccd("1987-07-07", "nam", "011"))
        self.admin.ok("PATCH", f"/api/v1/people/{outside['id']}", {"phone": "0987000001"})
        inside = self.baotang.create_person(self.bt_org["id"], "Võ Thị Trong", gender="nu",
                                            birth_date="1996-06-06")
        self.baotang.ok("PATCH", f"/api/v1/people/{inside['id']}", {"phone": "0987000002"})

        q = {"entity": "person", "entity_id": outside["id"]}
        self.assertEqual(self.admin.get_ok("/api/v1/audit", query=q)["total"], 2)
        hidden = self.baotang.get_ok("/api/v1/audit", query=q)
        self.assertEqual((hidden["total"], hidden["items"]), (0, []))
        q = {"entity": "person", "entity_id": inside["id"]}
        self.assertEqual(self.baotang.get_ok("/api/v1/audit", query=q)["total"], 2)

        inside_orgs = self.subtree_ids(self.bt_org)
        entries, total = self.baotang.all_items("/api/v1/audit")
        self.assertGreater(total, 2)
        for e in entries:
            if e["entity"] == "org":
                self.assertIn(e["entity_id"], inside_orgs, e)
            elif e["entity"] == "person":
                person = self.admin.get_ok(f"/api/v1/people/{e['entity_id']}")
                self.assertIn(person["org_id"], inside_orgs, e)
            elif e["entity"] == "membership":
                self.assertIn((e["after"] or e["before"])["org_id"], inside_orgs, e)
            elif e["entity"] == "user":
                self.assertIn((e["after"] or e["before"])["org_id"], inside_orgs, e)


# ---- Vietnamese text helpers for checking the server's answers ---------------------------

import unicodedata  # noqa: E402


def fold(text):
    """Lower case, no diacritics, đ→d (what docs/api.md promises search ignores)."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).split())


# The Vietnamese alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; tones are
# a secondary difference (none, grave, hook, tilde, acute, dot below in ICU vi order).
_ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn


def _word_key(word):
    base, tones = [], []
    for ch in unicodedata.normalize("NFC", word.lower()):
        d = unicodedata.normalize("NFD", ch)
        letter = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        tone = max([_TONES.get(c, 0) for c in d] + [0])
        base.append(_ALPHABET.index(letter) if letter in _ALPHABET else 100 + ord(letter[0]))
        tones.append(tone)
    return base, tones


def sort_key(full_name):
    """Given name, then middle, then family name, each compared in full (letters, then tones)."""
    words = full_name.split()
    if len(words) == 1:
        parts = [words[0], "", ""]
    else:
        parts = [words[-1], " ".join(words[1:-1]), words[0]]
    key = []
    for part in parts:
        letters = [_word_key(w) for w in part.split()]
        key.append(([k[0] for k in letters], [k[1] for k in letters]))
    return key
