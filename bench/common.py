"""Shared helpers for the benchmark scripts: building Concord, running timed commands."""
import os
import re
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "bench", "out")


def build_release() -> str:
    """Builds the release `concord` binary and returns its path."""
    print("building concord (release)...", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "concord", "--scratch-path", os.path.join(ROOT, ".build-bench")], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return os.path.join(ROOT, ".build-bench", "release", "concord")


def timed(command: list, env: dict | None = None, check_codes=(0, 1)) -> tuple[float, int, str]:
    """Runs `command` under /usr/bin/time -v; returns (wall seconds, peak RSS bytes, stderr)."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v"] + command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if result.returncode not in check_codes:
        sys.exit(f"{command[0]} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    rss = int(match.group(1)) * 1024 if match else 0
    return wall, rss, result.stderr


def ensure_bundle(count: int) -> str:
    """The path of a benchmark bundle of `count` objects, made if missing."""
    path = os.path.join(OUT, f"bundle-{count}.json")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_bundle.py"), "--count", str(count),
                        "--out", path], check=True)
    return path
