"""The command line around the server: --version, migrate, user add, serve's start-up line,
and failures with a non-zero exit code and a Vietnamese message on stderr."""

import os
import shutil
import tempfile
import unittest

import harness


def vietnamese(text):
    return any(ord(ch) > 127 for ch in text)


class CliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        harness.require_binary()
        cls.dir = tempfile.mkdtemp(prefix="ketnap-cli-")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def db(self, name):
        return os.path.join(self.dir, name)

    def test_version(self):
        r = harness.run_cli("--version")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout, r"\d+\.\d+\.\d+")

    def test_help_is_vietnamese_and_its_descriptions_line_up(self):
        r = harness.run_cli("worklist", "--help")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Cách dùng: ketnap worklist [TÙY CHỌN]", r.stdout)
        descriptions = {line.strip().split()[0]: line.index(desc) for line, desc in [
            (line, line.split("  ")[-1].strip()) for line in r.stdout.splitlines()
            if line.startswith("  -")]}
        self.assertEqual(set(descriptions), {"--db", "-h,--help", "--org", "--date"})
        self.assertEqual(len(set(descriptions.values())), 1, r.stdout)  # one column, in letters

    def test_migrate_twice_is_harmless(self):
        db = self.db("twice.db")
        first = harness.run_cli("migrate", "--db", db)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertTrue(os.path.exists(db))
        second = harness.run_cli("migrate", "--db", db)
        self.assertEqual(second.returncode, 0, second.stderr)

    def test_user_add_failures(self):
        db = self.db("users.db")
        self.assertEqual(harness.run_cli("migrate", "--db", db).returncode, 0)
        root = harness.bootstrap_db(db)
        cases = {
            "bad role": (["--username", "nguoi.moi", "--role", "vua", "--org", str(root)],
                         "mat-khau-du-dai"),
            "unknown org": (["--username", "nguoi.moi", "--role", "xem", "--org", "987654321"],
                            "mat-khau-du-dai"),
            "short password": (["--username", "nguoi.moi", "--role", "xem", "--org", str(root)],
                               "ngan"),
            "bad username": (["--username", "Người Mới", "--role", "xem", "--org", str(root)],
                             "mat-khau-du-dai"),
            "missing --org": (["--username", "nguoi.moi", "--role", "xem"], "mat-khau-du-dai"),
        }
        for why, (args, password) in cases.items():
            with self.subTest(why=why):
                r = harness.run_cli("user", "add", "--db", db, *args, stdin=password + "\n")
                self.assertNotEqual(r.returncode, 0, r.stdout)
                self.assertTrue(r.stderr.strip(), "a message on stderr")
                if why != "missing --org":  # CLI11's own usage message
                    self.assertTrue(vietnamese(r.stderr), r.stderr)
        ok = harness.run_cli("user", "add", "--db", db, "--username", "nguoi.moi", "--role",
                             "xem", "--org", str(root), stdin="mat-khau-du-dai\n")
        self.assertEqual(ok.returncode, 0, ok.stderr)
        again = harness.run_cli("user", "add", "--db", db, "--username", "nguoi.moi", "--role",
                                "xem", "--org", str(root), stdin="mat-khau-khac-nua\n")
        self.assertNotEqual(again.returncode, 0)
        self.assertTrue(vietnamese(again.stderr), again.stderr)

    def test_org_add(self):
        db = self.db("orgs.db")
        self.assertEqual(harness.run_cli("migrate", "--db", db).returncode, 0)
        root = harness.bootstrap_db(db)
        second = harness.run_cli("org", "add", "--db", db, "--name", "Gốc Thứ Hai",
                                 "--type", "trung_uong")
        self.assertNotEqual(second.returncode, 0, "one root only")
        self.assertTrue(vietnamese(second.stderr), second.stderr)
        ok = harness.run_cli("org", "add", "--db", db, "--name", "Đảng bộ tỉnh Long An",
                             "--type", "dang_bo_tinh", "--parent", str(root))
        self.assertEqual(ok.returncode, 0, ok.stderr)
        self.assertIn("Đảng bộ tỉnh Long An", ok.stdout)
        for args in (["--type", "khong_co", "--parent", str(root)],
                     ["--type", "to_dang", "--parent", str(root)],
                     ["--type", "dang_bo_tinh", "--parent", "987654321"]):
            with self.subTest(args=args):
                r = harness.run_cli("org", "add", "--db", db, "--name", "Sai", *args)
                self.assertNotEqual(r.returncode, 0)
                self.assertTrue(vietnamese(r.stderr), r.stderr)

    def test_unknown_command_fails(self):
        r = harness.run_cli("khong-co-lenh")
        self.assertNotEqual(r.returncode, 0)

    def test_serve_prints_its_url_and_refuses_a_bad_listen_address(self):
        server = harness.Server().start()
        try:
            with open(server.stdout_path, encoding="utf-8") as f:
                self.assertIn(f"http://127.0.0.1:{server.port}", f.read())
        finally:
            server.stop()
        r = harness.run_cli("serve", "--db", self.db("bad-listen.db"), "--listen", "khong-phai")
        self.assertNotEqual(r.returncode, 0)
        self.assertTrue(vietnamese(r.stderr), r.stderr)
        r = harness.run_cli("serve", "--db", self.db("bad-today.db"), "--today", "23/11/2026")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--today", r.stderr)

    def test_serve_on_a_taken_port_fails(self):
        import socket
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            s.listen()
            port = s.getsockname()[1]
            r = harness.run_cli("serve", "--db", self.db("taken.db"), "--listen",
                                f"127.0.0.1:{port}", timeout=20)
        self.assertNotEqual(r.returncode, 0)
        self.assertTrue(r.stderr.strip())
