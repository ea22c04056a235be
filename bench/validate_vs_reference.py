#!/usr/bin/env python3
"""`concord validate` against the OASIS reference validator on the same bundle.

Both validate the same N-object bundle (default 100,000, every STIX type), each
as a user runs it: `concord validate FILE` (release build) and `stix2_validator FILE`
(stix2-validator 3.3.2, default options). Prints both wall times and the ratio.
Goal (issue 2): concord at least 50x faster.

    python3 bench/validate_vs_reference.py [--count 100000]

Needs stix2-validator in the running Python (e.g. .venv-test/bin/python).
"""
import argparse
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import build_release, ensure_bundle, timed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    concord = build_release()
    bundle = ensure_bundle(args.count)
    reference = shutil.which("stix2_validator", path=os.path.dirname(sys.executable)) or shutil.which("stix2_validator")
    if not reference:
        sys.exit("stix2_validator not found: run with the interop virtualenv's python (pip install stix2-validator==3.3.2)")

    concord_seconds, concord_rss, _ = timed([concord, "validate", bundle])
    print(f"concord validate:  {concord_seconds:8.2f} s  {args.count / concord_seconds:10.0f} objects/s  peak {concord_rss / 1e6:.0f} MB", flush=True)
    reference_seconds, reference_rss, _ = timed([reference, bundle])
    print(f"stix2_validator:   {reference_seconds:8.2f} s  {args.count / reference_seconds:10.0f} objects/s  peak {reference_rss / 1e6:.0f} MB")
    ratio = reference_seconds / concord_seconds
    print(f"ratio: concord is {ratio:.1f}x faster (goal: >= 50x) -> {'MET' if ratio >= 50 else 'NOT MET'}")


if __name__ == "__main__":
    main()
