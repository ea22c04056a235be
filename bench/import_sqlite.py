#!/usr/bin/env python3
"""`concord import` of an N-object bundle into a fresh SQLite store.

Prints objects/s and peak resident memory against the bundle's size, in the same
run as a parse-and-validate-only pass (`concord validate`) over the same file as
the reference. Goals (issue 2): at least 20,000 objects/s on a 2-core machine;
peak memory at most 2x the file size.

    python3 bench/import_sqlite.py [--count 100000]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from common import build_release, ensure_bundle, timed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    concord = build_release()
    bundle = ensure_bundle(args.count)
    size = os.path.getsize(bundle)
    data = tempfile.mkdtemp(prefix="concord-bench-")
    env = dict(os.environ, CONCORD_DATA=data)
    try:
        subprocess.run([concord, "org", "create", "bench"], env=env, check=True, stdout=subprocess.DEVNULL)
        collection = subprocess.run([concord, "collection", "create", "bench", "--write", "bench"], env=env, check=True,
                                    capture_output=True, text=True).stdout.strip().splitlines()[-1]
        validate_seconds, _, _ = timed([concord, "validate", bundle], env=env)
        seconds, rss, _ = timed([concord, "import", bundle, "--collection", collection, "--as", "bench"], env=env)
        database = sum(os.path.getsize(os.path.join(data, f)) for f in os.listdir(data))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    rate = args.count / seconds
    print(f"bundle: {args.count} objects, {size / 1e6:.1f} MB")
    print(f"validate only (reference pass): {validate_seconds:.2f} s ({args.count / validate_seconds:.0f} objects/s)")
    print(f"import into SQLite: {seconds:.2f} s, {rate:.0f} objects/s (goal >= 20000) -> {'MET' if rate >= 20000 else 'NOT MET'}")
    print(f"import / validate-only time ratio: {seconds / validate_seconds:.2f}")
    print(f"peak RSS: {rss / 1e6:.0f} MB = {rss / size:.2f}x the file (goal <= 2x) -> {'MET' if rss <= 2 * size else 'NOT MET'}")
    print(f"store on disk: {database / 1e6:.1f} MB ({database / args.count:.0f} bytes/object)")


if __name__ == "__main__":
    main()
