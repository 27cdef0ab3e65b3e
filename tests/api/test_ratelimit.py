"""Login rate limit (docs/api.md): more than 5 failed attempts for one username or one client
address within 15 minutes → 429 with Retry-After. Its own server: the per-address limit would
otherwise lock every other test out, since all of them come from 127.0.0.1."""

import harness
from harness import ApiTestCase


class RateLimitTest(ApiTestCase):
    server_options = {"admin": True}

    @classmethod
    def prepare(cls):
        cls.root_id = cls.server.root_id
        for name in ("doan", "bich"):
            r = cls.server.add_user(name, "xem", cls.root_id, "mat-khau-dung")
            if r.returncode != 0:
                raise RuntimeError(r.stderr)

    def test_sixth_failure_is_429_then_even_the_right_password_is_refused(self):
        c = self.server.client()
        for attempt in range(1, 6):
            r = c.post("/api/v1/session", {"username": "doan", "password": f"sai {attempt}"})
            self.assertProblem(r, 401, msg=f"attempt {attempt}")
        r = c.post("/api/v1/session", {"username": "doan", "password": "sai 6"})
        self.assertProblem(r, 429, msg="attempt 6")
        retry = r.header("Retry-After")
        self.assertIsNotNone(retry, r.headers)
        self.assertTrue(retry.isdigit() and 0 < int(retry) <= 15 * 60, retry)
        # Locked out: the right password does not get through either, and no cookie is set.
        r = c.post("/api/v1/session", {"username": "doan", "password": "mat-khau-dung"})
        self.assertProblem(r, 429)
        self.assertNotIn(harness.SESSION_COOKIE, c.cookies)
        # The same address is over its limit too, whichever username it tries.
        r = self.server.client().post("/api/v1/session",
                                      {"username": "bich", "password": "mat-khau-dung"})
        self.assertProblem(r, 429)
