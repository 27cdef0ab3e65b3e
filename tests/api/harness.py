"""Test harness for the Ketnap API tests: starts the real `ketnap` binary on a free port with a
fresh database and talks HTTP to it. Standard library only (Debian 12's python3).

The binary is $KETNAP_BIN, else <repo>/build/ketnap (resolved from this file's location).
"""

import http.client
import http.cookies
import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import unicodedata
import unittest
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEMO_PASSWORD = "ketnap-demo"
SESSION_COOKIE = "ketnap_session"
READY_TIMEOUT = 10.0
REQUEST_TIMEOUT = 30.0

# docs/api.md: code of each status.
PROBLEM_CODES = {
    400: "invalid", 401: "unauthenticated", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "payload_too_large",
    415: "unsupported_media_type", 422: "rule", 429: "rate_limited", 500: "internal",
}


def binary():
    path = os.environ.get("KETNAP_BIN") or os.path.join(REPO, "build", "ketnap")
    return os.path.abspath(path)


def require_binary():
    path = binary()
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        if os.environ.get("KETNAP_BIN"):  # asked for explicitly (CTest): a failure, not a skip
            raise RuntimeError(f"KETNAP_BIN={path} is not an executable file")
        raise unittest.SkipTest(f"ketnap binary not found at {path} (set KETNAP_BIN)")
    return path


def run_cli(*args, stdin=None, timeout=120, cwd=None):
    """Runs `ketnap ARGS...`; returns the CompletedProcess (text mode, UTF-8)."""
    return subprocess.run([require_binary(), *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout, cwd=cwd)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- test data -----------------------------------------------------------------------------

_serials = itertools.count(1)


def unique(text):
    """`text` with a number that no other call in this process gets."""
    return f"{text} {next(_serials)}"


_cccd_serials = itertools.count(1)


def cccd(birth_date="1990-03-15", gender="nam", province="080", serial=None):
    """A valid CCCD for a person of this gender and birth date (province 080 = Long An)."""
    year = int(birth_date[:4])
    century = {19: 0, 20: 2, 21: 4, 22: 6, 18: 8}[year // 100]
    digit = century + (1 if gender == "nu" else 0)
    if serial is None:
        # Serials 970000..999999, distinct for 30000 calls: far from the demo data's.
        serial = 970000 + (next(_cccd_serials) * 7919) % 30000
    return f"{province}{digit}{year % 100:02d}{serial:06d}"


def nfd(text):
    return unicodedata.normalize("NFD", text)


def nfc(text):
    return unicodedata.normalize("NFC", text)


# ---- HTTP client ---------------------------------------------------------------------------

class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

    def header(self, name):
        name = name.lower()
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return None

    def header_all(self, name):
        name = name.lower()
        return [v for k, v in self.headers if k.lower() == name]

    @property
    def content_type(self):
        return (self.header("Content-Type") or "").split(";")[0].strip().lower()

    @property
    def text(self):
        return self.body.decode("utf-8")

    @property
    def json(self):
        try:
            return json.loads(self.body.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            raise AssertionError(f"response {self.status} is not JSON: {self.body[:300]!r}") from e

    def __repr__(self):
        return f"<Response {self.status} {self.content_type} {self.body[:400]!r}>"


class Client:
    """One browser: a cookie jar and the CSRF token the login handed out."""

    def __init__(self, server):
        self.server = server
        self.cookies = {}
        self.csrf = None
        self.user = None

    # -- raw -------------------------------------------------------------------------------
    def request(self, method, path, body=None, *, json_body=None, headers=None, csrf=True,
                content_type=None, query=None):
        if query:
            path = path + ("&" if "?" in path else "?") + urllib.parse.urlencode(query)
        hdrs = {"Accept": "application/json"}
        if json_body is not None:
            body = json.dumps(json_body, ensure_ascii=False).encode("utf-8")
            hdrs["Content-Type"] = "application/json"
        elif isinstance(body, str):
            body = body.encode("utf-8")
        if content_type is not None:
            hdrs["Content-Type"] = content_type
        if self.cookies:
            hdrs["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if csrf is True and self.csrf and method not in ("GET", "HEAD"):
            hdrs["X-CSRF-Token"] = self.csrf
        elif isinstance(csrf, str):
            hdrs["X-CSRF-Token"] = csrf
        if headers:
            hdrs.update(headers)
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=REQUEST_TIMEOUT)
        try:
            conn.request(method, path, body=body, headers=hdrs)
            r = conn.getresponse()
            resp = Response(r.status, r.getheaders(), r.read())
        finally:
            conn.close()
        for value in resp.header_all("Set-Cookie"):
            self._store_cookie(value)
        return resp

    def _store_cookie(self, header):
        jar = http.cookies.SimpleCookie()
        jar.load(header)
        for name, morsel in jar.items():
            if morsel["max-age"] in ("0",) or morsel.value == "":
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = morsel.value

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, body=None, **kw):
        return self.request("POST", path, json_body=body, **kw)

    def patch(self, path, body=None, **kw):
        return self.request("PATCH", path, json_body=body, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)

    # -- session ---------------------------------------------------------------------------
    def login(self, username, password=DEMO_PASSWORD):
        r = self.post("/api/v1/session", {"username": username, "password": password})
        if r.status == 200:
            body = r.json
            self.csrf = body["csrf"]
            self.user = body["user"]
        return r

    # -- helpers that must succeed -----------------------------------------------------------
    def ok(self, method, path, body=None, expect=200, **kw):
        r = self.request(method, path, json_body=body, **kw)
        if r.status != expect:
            raise AssertionError(f"{method} {path} {body!r}: expected {expect}, got {r!r}")
        return r.json if r.body else None

    def get_ok(self, path, **kw):
        return self.ok("GET", path, **kw)

    def all_items(self, path, **query):
        """Every item of a paged list, following the pages."""
        items, page = [], 1
        while True:
            q = dict(query, page=page, page_size=500)
            body = self.get_ok(path, query=q)
            items.extend(body["items"])
            if len(items) >= body["total"] or not body["items"]:
                return items, body["total"]
            page += 1

    def create_org(self, parent_id, name, type_, **extra):
        """Creates an org founded on 2015-01-01 unless `established_on` is given (None: the
        server's default, today), so that tests may date later changes in the past."""
        body = {"parent_id": parent_id, "name": name, "type": type_, "established_on": "2015-01-01"}
        body.update(extra)
        if body["established_on"] is None:
            del body["established_on"]
        return self.ok("POST", "/api/v1/orgs", body, expect=201)

    def create_person(self, org_id, full_name, gender="nam", birth_date="1990-03-15", **extra):
        body = {"org_id": org_id, "full_name": full_name, "gender": gender,
                "birth_date": birth_date,
                "cccd": extra.pop("cccd", None) or cccd(birth_date, gender)}
        body.update(extra)
        return self.ok("POST", "/api/v1/people", body, expect=201)

    def find_org(self, name, **query):
        """The one visible organization with exactly this name."""
        items, _ = self.all_items("/api/v1/orgs", q=name, include_dissolved="true", **query)
        found = [o for o in items if o["name"] == name]
        if len(found) != 1:
            raise AssertionError(f"expected one org named {name!r}, found {len(found)}: "
                                 f"{[o['name'] for o in items][:20]}")
        return found[0]


# ---- server --------------------------------------------------------------------------------

class PortTaken(RuntimeError):
    pass


def _die_with_parent():
    """In the child before exec: SIGTERM it if the test process dies (Linux prctl)."""
    try:
        import ctypes
        import signal
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


class Server:
    """A `ketnap serve` process on a fresh database in its own temporary directory."""

    def __init__(self, demo=False, web_root=None, admin=False, today=None):
        """demo: load `ketnap demo`; admin: a root organization (self.root_id) and the
        administrator BOOT_ADMIN / BOOT_PASSWORD bound to it; today: `serve --today`."""
        self.demo = demo
        self.today = today
        self.web_root = web_root
        self.admin = admin
        self.root_id = None
        self.dir = None
        self.proc = None
        self.port = None

    @property
    def db(self):
        return os.path.join(self.dir, "ketnap.db")

    def cli(self, *args, stdin=None):
        return run_cli(*args, stdin=stdin)

    def _must(self, *args, stdin=None):
        r = self.cli(*args, stdin=stdin)
        if r.returncode != 0:
            raise RuntimeError(f"ketnap {' '.join(args)} failed ({r.returncode}):\n"
                               f"{r.stdout}\n{r.stderr}")
        return r

    def start(self):
        require_binary()
        self.dir = tempfile.mkdtemp(prefix="ketnap-api-")
        try:
            self._must("migrate", "--db", self.db)
            if self.demo:
                self._must("demo", "--db", self.db)
            if self.admin:
                self.root_id = bootstrap_db(self.db)
                self._must("user", "add", "--db", self.db, "--username", BOOT_ADMIN, "--role",
                           "quan_tri", "--org", str(self.root_id), "--full-name",
                           "Quản Trị Viên", stdin=BOOT_PASSWORD + "\n")
            self._launch()
        except BaseException:
            self.stop()
            raise
        return self

    def _launch(self, attempts=3):
        # The port is free when picked but could be taken before `serve` binds it: retry.
        for attempt in range(attempts):
            try:
                return self._launch_once()
            except PortTaken:
                if attempt == attempts - 1:
                    raise

    def _launch_once(self):
        self.port = free_port()
        args = [binary(), "serve", "--db", self.db, "--listen", f"127.0.0.1:{self.port}"]
        if self.web_root:
            args += ["--web", self.web_root]
        if self.today:
            args += ["--today", self.today]
        self.stdout_path = os.path.join(self.dir, "serve.out")
        self.stderr_path = os.path.join(self.dir, "serve.err")
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.proc = subprocess.Popen(args, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                         cwd=self.dir, preexec_fn=_die_with_parent)
        deadline = time.monotonic() + READY_TIMEOUT
        last = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                code, self.proc = self.proc.returncode, None
                output = self.output()
                if "in use" in output or "đang được dùng" in output or "bind" in output:
                    raise PortTaken(output)
                raise RuntimeError(f"ketnap serve exited with {code}:\n{output}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                conn.request("GET", "/api/v1/health")
                r = conn.getresponse()
                r.read()
                conn.close()
                if r.status == 200:
                    return
                last = f"health answered {r.status}"
            except OSError as e:
                last = repr(e)
            time.sleep(0.05)  # readiness polling only
        raise RuntimeError(f"ketnap serve not ready after {READY_TIMEOUT}s ({last}):\n"
                           f"{self.output()}")

    def output(self):
        parts = []
        for p in (getattr(self, "stdout_path", None), getattr(self, "stderr_path", None)):
            if p and os.path.exists(p):
                with open(p, encoding="utf-8", errors="replace") as f:
                    parts.append(f.read()[-4000:])
        return "\n".join(parts)

    def stop(self):
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.terminate()
                try:
                    self.proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=5)
            self.proc = None
        if self.dir and not os.environ.get("KETNAP_KEEP_TMP"):
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def add_user(self, username, role, org_id, password, full_name=None):
        args = ["user", "add", "--db", self.db, "--username", username, "--role", role,
                "--org", str(org_id)]
        if full_name is not None:
            args += ["--full-name", full_name]
        return self.cli(*args, stdin=password + "\n")

    def client(self):
        return Client(self)

    def login(self, username, password=DEMO_PASSWORD):
        c = Client(self)
        r = c.login(username, password)
        if r.status != 200:
            raise AssertionError(f"login as {username} failed: {r!r}")
        return c


# ---- assertions ----------------------------------------------------------------------------

class ApiTestCase(unittest.TestCase):
    """Base class: one server per test module (class), plus problem+json assertions."""

    maxDiff = 4000
    server = None
    # Options of the Server each class starts for its tests; None: the class starts its own.
    server_options = None

    @classmethod
    def setUpClass(cls):
        if cls.server_options is None:
            return
        cls.server = Server(**cls.server_options).start()
        try:
            cls.prepare()
        except BaseException:
            cls.server.stop()
            raise

    @classmethod
    def prepare(cls):
        """Creates what all the tests of the class share (on the running cls.server)."""

    @classmethod
    def tearDownClass(cls):
        if cls.server_options is not None:
            cls.server.stop()

    def assertProblem(self, resp, status, field=..., msg=None):
        """An error as docs/api.md describes it. `field=None` asserts no field; `...` ignores it."""
        where = f"{msg + ': ' if msg else ''}{resp!r}"
        self.assertEqual(resp.status, status, where)
        self.assertEqual(resp.content_type, "application/problem+json", where)
        body = resp.json
        self.assertEqual(body.get("status"), status, where)
        self.assertEqual(body.get("code"), PROBLEM_CODES[status], where)
        self.assertIsInstance(body.get("title"), str, where)
        self.assertTrue(body.get("title"), where)
        detail = body.get("detail")
        self.assertIsInstance(detail, str, where)
        self.assertTrue(detail.strip(), where)
        # Vietnamese text carries diacritics; an English or empty message does not.
        self.assertTrue(any(ord(ch) > 127 for ch in detail), f"detail not Vietnamese: {where}")
        if field is None:
            self.assertFalse(body.get("field"), f"no field expected: {where}")
        elif field is not ...:
            self.assertEqual(body.get("field"), field, where)
        return body

    def assertStatus(self, resp, status, msg=None):
        self.assertEqual(resp.status, status, f"{msg + ': ' if msg else ''}{resp!r}")
        return resp.json if resp.body else None

    def assertPaged(self, body):
        for key in ("items", "total", "page", "page_size"):
            self.assertIn(key, body)
        self.assertIsInstance(body["items"], list)
        self.assertIsInstance(body["total"], int)
        return body


def org_ids_in_path(path):
    return [int(x) for x in path.strip("/").split("/") if x]


# ---- a fresh database with one administrator -------------------------------------------------

BOOT_ADMIN = "quantri"
BOOT_PASSWORD = "mật khẩu quản trị 2025"
ROOT_NAME = "Ban Chấp hành Trung ương"


def bootstrap_db(db):
    """Gives a migrated, empty database the root of the organization tree with
    `ketnap org add` (no --parent: the root); returns its id."""
    r = run_cli("org", "add", "--db", db, "--name", ROOT_NAME, "--type", "trung_uong")
    m = re.search(r"\(mã (\d+)\)", r.stdout)
    if r.returncode != 0 or not m:
        raise RuntimeError(f"ketnap org add failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return int(m.group(1))
