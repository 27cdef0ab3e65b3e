"""GET /api/openapi.json against docs/api.md, and the static files of the web UI."""

import os
import re
import shutil
import tempfile

import harness
from harness import ApiTestCase

INDEX = "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Kết nạp</title>" \
        "</head><body><div id=\"root\">ketnap-test-index</div></body></html>\n"
SCRIPT = "console.log('ketnap-test-asset');\n"


def documented_endpoints():
    """{(path, method)} from the endpoint table of docs/api.md (non-API rows left out)."""
    with open(os.path.join(harness.REPO, "docs", "api.md"), encoding="utf-8") as f:
        text = f.read()
    found = set()
    for line in text.splitlines():
        m = re.match(r"^\|\s*([A-Z/]+)\s*\|\s*`([^`]+)`", line)
        if not m or not m.group(2).startswith("/api"):
            continue
        for method in m.group(1).split("/"):
            found.add((normalize(m.group(2)), method.lower()))
    return found


def normalize(path):
    return re.sub(r"\{[^}]*\}", "{}", path)


class OpenApiAndStaticTest(ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.web = tempfile.mkdtemp(prefix="ketnap-web-")
        with open(os.path.join(cls.web, "index.html"), "w", encoding="utf-8") as f:
            f.write(INDEX)
        os.makedirs(os.path.join(cls.web, "assets"))
        with open(os.path.join(cls.web, "assets", "app.js"), "w", encoding="utf-8") as f:
            f.write(SCRIPT)
        cls.server = harness.Server(web_root=cls.web)
        try:
            cls.server.start()
        except BaseException:
            shutil.rmtree(cls.web, ignore_errors=True)
            raise

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.web, ignore_errors=True)

    def test_docs_table_was_read(self):
        endpoints = documented_endpoints()
        self.assertIn(("/api/v1/orgs/{}/move", "post"), endpoints)
        self.assertGreaterEqual(len(endpoints), 16)

    def test_openapi_document_lists_every_documented_endpoint(self):
        r = self.server.client().get("/api/openapi.json")  # no session needed
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.content_type, "application/json")
        doc = r.json
        self.assertRegex(doc.get("openapi", ""), r"^3\.\d+\.\d+$")
        self.assertTrue(doc["info"]["title"])
        self.assertTrue(doc["info"]["version"])
        prefix = ""
        servers = doc.get("servers") or []
        if servers and servers[0].get("url", "").startswith("/"):
            prefix = servers[0]["url"].rstrip("/")
        described = set()
        for path, item in doc["paths"].items():
            full = path if path.startswith("/api") else prefix + path
            for method, operation in item.items():
                if method in ("get", "post", "put", "patch", "delete"):
                    described.add((normalize(full), method))
                    self.assertIn("responses", operation, f"{method} {path}")
        missing = sorted(documented_endpoints() - described)
        self.assertEqual(missing, [], "in docs/api.md but not in /api/openapi.json")
        extra = sorted(described - documented_endpoints())
        self.assertEqual(extra, [], "in /api/openapi.json but not in docs/api.md")

    def test_index_is_html(self):
        r = self.server.client().get("/")
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.content_type, "text/html")
        self.assertIn("ketnap-test-index", r.text)
        self.assertIn("<html", r.text.lower())

    def test_assets_are_served_with_their_type(self):
        r = self.server.client().get("/assets/app.js")
        self.assertEqual(r.status, 200, r)
        self.assertIn(r.content_type, ("text/javascript", "application/javascript"))
        self.assertEqual(r.text, SCRIPT)

    def test_no_escape_from_the_web_root(self):
        secret = os.path.join(os.path.dirname(self.web), os.path.basename(self.web) + "-secret")
        with open(secret, "w") as f:
            f.write("ketnap-test-secret")
        try:
            name = os.path.basename(secret)
            for path in (f"/../{name}", f"/assets/../../{name}", f"/%2e%2e/{name}",
                         f"/assets/%2e%2e/%2e%2e/{name}", f"/..%2f{name}"):
                with self.subTest(path=path):
                    r = self.server.client().get(path)
                    self.assertNotIn(b"ketnap-test-secret", r.body, path)
        finally:
            os.remove(secret)

    def test_unknown_api_path_is_not_the_index(self):
        r = self.server.client().get("/api/v1/khong-co")
        self.assertProblem(r, 404 if r.status != 401 else 401)
        self.assertNotIn(b"ketnap-test-index", r.body)
