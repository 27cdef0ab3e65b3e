"""Sessions, CSRF, the problem+json error shape, health and the generic HTTP answers
(docs/api.md "Sessions, CSRF, errors"). Fresh database with accounts made by `ketnap user add`.

Login failures also count per client address (all of ours come from 127.0.0.1), so this module
stays well under 5 failed logins; the rate limit itself is tested in test_ratelimit.py.
"""

import json
import re

import harness
from harness import ApiTestCase


class SessionTest(ApiTestCase):
    server_options = {"admin": True}

    @classmethod
    def prepare(cls):
        cls.root_id = cls.server.root_id
        cls.password = "mật-khẩu-thử 123"
        r = cls.server.add_user("thuky", "can_bo", cls.root_id, cls.password,
                                full_name="Trần Thị Thư Ký")
        if r.returncode != 0:
            raise RuntimeError(f"user add failed: {r.stderr}")
        cls.admin = cls.server.login(harness.BOOT_ADMIN, harness.BOOT_PASSWORD)

    # ---- health ----------------------------------------------------------------------
    def test_health_needs_no_session(self):
        r = self.server.client().get("/api/v1/health")
        body = self.assertStatus(r, 200)
        self.assertEqual(r.content_type, "application/json")
        self.assertEqual(body["status"], "ok")
        self.assertEqual(body["database"], "sqlite")
        version = harness.run_cli("--version").stdout
        self.assertRegex(body["version"], r"^\d+\.\d+\.\d+")
        self.assertIn(body["version"], version, "health and --version disagree")

    # ---- login -----------------------------------------------------------------------
    def test_login_sets_httponly_strict_cookie_and_returns_csrf(self):
        c = self.server.client()
        r = c.post("/api/v1/session", {"username": "thuky", "password": self.password})
        body = self.assertStatus(r, 200)
        self.assertEqual(r.content_type, "application/json")
        self.assertIsInstance(body["csrf"], str)
        self.assertGreaterEqual(len(body["csrf"]), 16)
        self.assertEqual(body["expires_in"], 28800)
        user = body["user"]
        self.assertEqual(user["username"], "thuky")
        self.assertEqual(user["full_name"], "Trần Thị Thư Ký")
        self.assertEqual(user["role"], "can_bo")
        self.assertEqual(user["role_label"], "Cán bộ cấp ủy")
        self.assertEqual(user["org_id"], self.root_id)
        self.assertIsInstance(user["id"], int)
        self.assertTrue(user["org_name"])
        self.assertNotIn("password", json.dumps(body))
        self.assertNotIn("password_hash", user)

        cookies = [v for v in r.header_all("Set-Cookie") if v.startswith("ketnap_session=")]
        self.assertEqual(len(cookies), 1, r.headers)
        cookie = cookies[0]
        attrs = [a.strip().lower() for a in cookie.split(";")]
        token = cookie.split(";")[0].split("=", 1)[1]
        self.assertGreaterEqual(len(token), 16)
        self.assertNotEqual(token, body["csrf"], "the CSRF token must not be the session token")
        self.assertIn("httponly", attrs)
        self.assertIn("samesite=strict", attrs)
        self.assertIn("path=/", attrs)
        self.assertIn("max-age=28800", attrs)

    def test_get_session_returns_the_login_body(self):
        c = self.server.client()
        login = c.login("thuky", self.password).json
        body = self.assertStatus(c.get("/api/v1/session"), 200)
        self.assertEqual(body["csrf"], login["csrf"])
        self.assertEqual(body["user"], login["user"])

    def test_two_logins_are_two_sessions(self):
        a = self.server.login("thuky", self.password)
        b = self.server.login("thuky", self.password)
        self.assertNotEqual(a.cookies[harness.SESSION_COOKIE], b.cookies[harness.SESSION_COOKIE])
        self.assertNotEqual(a.csrf, b.csrf)
        # One session's CSRF token does not work with the other's cookie.
        r = b.post("/api/v1/orgs", {"parent_id": self.root_id, "name": harness.unique("X"),
                                    "type": "dang_bo_tinh"}, csrf=a.csrf)
        self.assertProblem(r, 403)

    def test_wrong_password_and_unknown_user_answer_the_same_401(self):
        wrong = self.server.client().post("/api/v1/session",
                                          {"username": "thuky", "password": "sai mật khẩu"})
        unknown = self.server.client().post("/api/v1/session",
                                            {"username": "khong-co-ai", "password": "sai"})
        w = self.assertProblem(wrong, 401)
        u = self.assertProblem(unknown, 401)
        self.assertEqual(w["detail"], u["detail"], "must not reveal whether the user exists")
        self.assertFalse([v for v in wrong.header_all("Set-Cookie")
                          if re.match(r"ketnap_session=[^;]+", v)], "no session on failure")

    def test_login_missing_field_names_it(self):
        r = self.server.client().post("/api/v1/session", {"username": "thuky"})
        self.assertProblem(r, 400, field="password")

    def test_login_malformed_json(self):
        c = self.server.client()
        r = c.request("POST", "/api/v1/session", b'{"username": "thuky", "password": ',
                      content_type="application/json")
        body = self.assertProblem(r, 400, field=None)
        self.assertIn("JSON", body["detail"])

    def test_no_session_answers_401_everywhere(self):
        c = self.server.client()
        for path in ("/api/v1/session", "/api/v1/orgs", f"/api/v1/orgs/{self.root_id}",
                     f"/api/v1/orgs/{self.root_id}/children", f"/api/v1/orgs/{self.root_id}/history",
                     "/api/v1/people", "/api/v1/people/1", "/api/v1/audit"):
            with self.subTest(path=path):
                self.assertProblem(c.get(path), 401)
        r = c.post("/api/v1/orgs", {"parent_id": self.root_id, "name": "Không phiên",
                                    "type": "dang_bo_tinh"}, csrf="abc")
        self.assertProblem(r, 401)
        self.assertEqual(self.admin.get_ok("/api/v1/orgs", query={"q": "Không phiên"})["total"], 0)

    def test_forged_cookie_is_401(self):
        c = self.server.client()
        c.cookies[harness.SESSION_COOKIE] = "A" * 43
        self.assertProblem(c.get("/api/v1/session"), 401)
        self.assertProblem(c.get("/api/v1/orgs"), 401)

    # ---- logout ----------------------------------------------------------------------
    def test_logout_clears_cookie_and_ends_session(self):
        c = self.server.login("thuky", self.password)
        old_cookie = c.cookies[harness.SESSION_COOKIE]
        r = c.delete("/api/v1/session")
        self.assertEqual(r.status, 204, r)
        self.assertEqual(r.body, b"")
        cleared = [v for v in r.header_all("Set-Cookie") if v.startswith("ketnap_session=")]
        self.assertEqual(len(cleared), 1, r.headers)
        self.assertIn("max-age=0", [a.strip().lower() for a in cleared[0].split(";")])
        self.assertNotIn(harness.SESSION_COOKIE, c.cookies)
        self.assertProblem(c.get("/api/v1/session"), 401)
        # Replaying the old cookie: the session is gone server-side, not only in the browser.
        replay = self.server.client()
        replay.cookies[harness.SESSION_COOKIE] = old_cookie
        self.assertProblem(replay.get("/api/v1/session"), 401)
        self.assertProblem(replay.get("/api/v1/orgs"), 401)

    def test_logout_without_csrf_is_403_and_keeps_session(self):
        c = self.server.login("thuky", self.password)
        self.assertProblem(c.delete("/api/v1/session", csrf=False), 403)
        self.assertStatus(c.get("/api/v1/session"), 200)
        self.assertProblem(c.delete("/api/v1/session", csrf="wrong-token"), 403)
        self.assertStatus(c.get("/api/v1/session"), 200)

    # ---- CSRF ------------------------------------------------------------------------
    def test_post_without_csrf_is_403_and_creates_nothing(self):
        name = harness.unique("Đảng bộ tỉnh Không Token")
        body = {"parent_id": self.root_id, "name": name, "type": "dang_bo_tinh"}
        self.assertProblem(self.admin.post("/api/v1/orgs", body, csrf=False), 403)
        self.assertProblem(self.admin.post("/api/v1/orgs", body, csrf="x" + self.admin.csrf), 403)
        self.assertProblem(self.admin.post("/api/v1/orgs", body, csrf=""), 403)
        self.assertEqual(self.admin.get_ok("/api/v1/orgs", query={"q": name})["total"], 0)

    def test_patch_without_csrf_is_403_and_changes_nothing(self):
        org = self.admin.create_org(self.root_id, harness.unique("Đảng bộ tỉnh CSRF"),
                                    "dang_bo_tinh")
        path = f"/api/v1/orgs/{org['id']}"
        self.assertProblem(self.admin.patch(path, {"name": "Đổi tên lén"}, csrf=False), 403)
        self.assertProblem(self.admin.patch(path, {"name": "Đổi tên lén"}, csrf="sai"), 403)
        after = self.admin.get_ok(path)
        self.assertEqual(after["name"], org["name"])
        self.assertEqual(after["version"], org["version"])

    def test_person_write_without_csrf_is_403(self):
        org = self.admin.create_org(self.root_id, harness.unique("Đảng bộ tỉnh CSRF người"),
                                    "dang_bo_tinh")
        number = harness.cccd()
        body = {"org_id": org["id"], "full_name": "Lê Văn Lén", "gender": "nam",
                "birth_date": "1990-03-15", "cccd": number}
        self.assertProblem(self.admin.post("/api/v1/people", body, csrf=False), 403)
        self.assertEqual(self.admin.get_ok("/api/v1/people", query={"q": number})["total"], 0)
        person = self.admin.create_person(org["id"], "Lê Văn Thật")
        r = self.admin.patch(f"/api/v1/people/{person['id']}", {"phone": "0900000000"}, csrf=False)
        self.assertProblem(r, 403)
        self.assertEqual(self.admin.get_ok(f"/api/v1/people/{person['id']}")["phone"],
                         person["phone"])

    def test_org_actions_without_csrf_are_403(self):
        a = self.admin.create_org(self.root_id, harness.unique("Đảng bộ tỉnh CSRF A"), "dang_bo_tinh")
        b = self.admin.create_org(a["id"], harness.unique("Đảng bộ CSRF B"), "dang_bo_co_so")
        c = self.admin.create_org(self.root_id, harness.unique("Đảng bộ tỉnh CSRF C"), "dang_bo_tinh")
        self.assertProblem(self.admin.post(f"/api/v1/orgs/{b['id']}/move",
                                           {"parent_id": c["id"]}, csrf=False), 403)
        self.assertProblem(self.admin.post(f"/api/v1/orgs/{b['id']}/dissolve", {}, csrf=False), 403)
        after = self.admin.get_ok(f"/api/v1/orgs/{b['id']}")
        self.assertEqual(after["parent_id"], a["id"])
        self.assertIsNone(after["dissolved_on"])

    # ---- generic answers -------------------------------------------------------------
    def test_unsupported_media_type_is_415(self):
        name = harness.unique("Đảng bộ tỉnh Văn Bản")
        body = json.dumps({"parent_id": self.root_id, "name": name, "type": "dang_bo_tinh"})
        r = self.admin.request("POST", "/api/v1/orgs", body, content_type="text/plain")
        self.assertProblem(r, 415)
        r = self.admin.request("POST", "/api/v1/orgs", body,
                               content_type="application/x-www-form-urlencoded")
        self.assertProblem(r, 415)
        self.assertEqual(self.admin.get_ok("/api/v1/orgs", query={"q": name})["total"], 0)

    def test_json_with_charset_is_accepted(self):
        name = harness.unique("Đảng bộ tỉnh Charset")
        body = json.dumps({"parent_id": self.root_id, "name": name, "type": "dang_bo_tinh"})
        r = self.admin.request("POST", "/api/v1/orgs", body,
                               content_type="application/json; charset=utf-8")
        self.assertStatus(r, 201)

    def test_body_not_an_object_is_400(self):
        for raw in (b"[]", b"42", b'"text"'):
            with self.subTest(body=raw):
                r = self.admin.request("POST", "/api/v1/orgs", raw, content_type="application/json")
                self.assertProblem(r, 400)

    def test_body_over_1_mib_is_413(self):
        name = "Đ" * (600 * 1024)  # 1.2 MB of UTF-8
        body = json.dumps({"parent_id": self.root_id, "name": name, "type": "dang_bo_tinh"},
                          ensure_ascii=False).encode()
        self.assertGreater(len(body), 1 << 20)
        status, ctype, payload = raw_post(self.server.port, "/api/v1/orgs", body, {
            "Content-Type": "application/json",
            "Cookie": f"ketnap_session={self.admin.cookies[harness.SESSION_COOKIE]}",
            "X-CSRF-Token": self.admin.csrf})
        self.assertEqual(status, 413, payload[:300])
        self.assertEqual(ctype, "application/problem+json")
        self.assertEqual(json.loads(payload)["code"], "payload_too_large")

    def test_method_not_allowed_is_405(self):
        self.assertProblem(self.admin.delete("/api/v1/orgs"), 405)
        self.assertProblem(self.admin.request("PUT", "/api/v1/health", b"{}",
                                              content_type="application/json"), 405)

    def test_unknown_api_path_is_404_problem(self):
        self.assertProblem(self.admin.get("/api/v1/khong-co-duong-nay"), 404)
        self.assertProblem(self.admin.get("/api/v1/orgs/abc"), 404)


def raw_post(port, path, body, headers):
    """POSTs over a plain socket, tolerating a server that answers and closes before reading
    the whole body. Returns (status, content type, body bytes)."""
    import socket
    head = [f"POST {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", f"Content-Length: {len(body)}",
            "Connection: close"] + [f"{k}: {v}" for k, v in headers.items()]
    s = socket.create_connection(("127.0.0.1", port), timeout=30)
    try:
        s.sendall(("\r\n".join(head) + "\r\n\r\n").encode("utf-8"))
        try:
            for i in range(0, len(body), 65536):
                s.sendall(body[i:i + 65536])
        except (BrokenPipeError, ConnectionResetError):
            pass
        data = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
                if b"\r\n\r\n" in data:
                    head_part, rest = data.split(b"\r\n\r\n", 1)
                    m = re.search(rb"content-length:\s*(\d+)", head_part, re.I)
                    if m and len(rest) >= int(m.group(1)):
                        break
        except ConnectionResetError:
            pass
    finally:
        s.close()
    head_part, _, payload = data.partition(b"\r\n\r\n")
    lines = head_part.decode("latin-1").split("\r\n")
    if not lines or not lines[0].startswith("HTTP/"):
        raise AssertionError(f"no HTTP response: {data[:200]!r}")
    status = int(lines[0].split()[1])
    ctype = ""
    for line in lines[1:]:
        k, _, v = line.partition(":")
        if k.strip().lower() == "content-type":
            ctype = v.split(";")[0].strip().lower()
    return status, ctype, payload
