"""Shared fixtures for the interop tests: the concord binary and a live hub on loopback."""
import os
import re
import shutil
import subprocess
import tempfile
import time

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def concord_binary() -> str:
    return os.environ.get("CONCORD_BIN", os.path.join(ROOT, ".build", "debug", "concord"))


class Hub:
    """A `concord serve --demo` process on 127.0.0.1 with a free port."""

    def __init__(self, data_dir: str):
        self.data_dir = data_dir
        self.process = subprocess.Popen(
            [concord_binary(), "serve", "--demo", "--data", data_dir, "--port", "0", "--log-level", "warning"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.tokens = {}
        self.url = None
        self.banner = []
        deadline = time.time() + 60
        while time.time() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            self.banner.append(line)
            if match := re.search(r"discovery: (http://\S+)", line):
                self.url = match.group(1)
            if match := re.match(r"\s+(admin): (concord_\S+)", line):
                self.tokens["admin"] = match.group(2)
            if match := re.match(r"\s+([a-z-]+)\s+(concord_\S+)$", line):
                self.tokens[match.group(1)] = match.group(2)
            if line.startswith("Stop with Ctrl-C"):
                return
        self.stop()
        raise RuntimeError("concord serve did not start:\n" + "".join(self.banner))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture(scope="module")
def hub():
    if not os.path.exists(concord_binary()):
        pytest.skip(f"concord binary not built at {concord_binary()}")
    data_dir = tempfile.mkdtemp(prefix="concord-interop-")
    server = Hub(data_dir)
    yield server
    server.stop()
    assert server.process.returncode == 0, "concord serve should stop cleanly on SIGTERM"
    shutil.rmtree(data_dir, ignore_errors=True)
