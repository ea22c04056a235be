"""Rough throughput comparison: `concord pattern match --batch` vs stix2-matcher.

Matches every (pattern, observations) pair of the differential corpus R
times. The reference gets each pattern compiled once (stix2matcher Pattern)
and Python dicts; Concord reads JSON Lines and parses the observations of
every line, so its figure includes JSON parsing and process start.

Usage: CONCORD_BIN=.build/release/concord python tests/interop/bench_pattern_match.py [R]
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings

from stix2matcher.matcher import Pattern

sys.path.insert(0, os.path.dirname(__file__))
import test_pattern_differential as differential  # noqa: E402


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    warnings.simplefilter("ignore")
    cases = differential.all_cases()
    compiled = {}
    start = time.perf_counter()
    for _ in range(rounds):
        for case in cases:
            try:
                key = (case["pattern"], case["stix_version"])
                if key not in compiled:
                    compiled[key] = Pattern(case["pattern"], case["stix_version"])
                compiled[key].match(case["reference_input"])
            except Exception:
                pass
    reference = time.perf_counter() - start
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as batch:
        for _ in range(rounds):
            for case in cases:
                batch.write(json.dumps({"pattern": case["pattern"], "observed": differential.flatten(case["observed"])}) + "\n")
    start = time.perf_counter()
    subprocess.run([differential.CONCORD, "pattern", "match", "--batch", batch.name], capture_output=True, check=True)
    ours = time.perf_counter() - start
    os.unlink(batch.name)
    total = rounds * len(cases)
    print(f"{total} matches: stix2-matcher {reference:.2f}s ({total / reference:.0f}/s), "
          f"concord {ours:.2f}s ({total / ours:.0f}/s), speed-up {reference / ours:.1f}x")


if __name__ == "__main__":
    main()
