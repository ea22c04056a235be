"""Differential test: `concord pattern match` against OASIS stix2-matcher 3.0.0.

Runs every case of the generated corpus (pattern_corpus.py) and of the
reference's own test suite (data/matcher_cases.json, made by
extract_matcher_cases.py) through one `concord pattern match --batch`
process and through stix2matcher.matcher.match() in-process, compares the
verdicts (match / nomatch / error), prints every disagreement and the
agreement rate, and requires at least 99 %.

CONCORD_BIN names the binary (default .build/debug/concord).
"""
import json
import os
import pathlib
import signal
import subprocess
import sys
import tempfile

from stix2matcher.matcher import match

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
import pattern_corpus  # noqa: E402

ROOT = HERE.parent.parent
CONCORD = os.environ.get("CONCORD_BIN", str(ROOT / ".build" / "debug" / "concord"))
THRESHOLD = 99.0


def flatten(observed):
    flat = []
    for item in observed:
        if isinstance(item, dict) and item.get("type") == "bundle":
            flat.extend(item.get("objects", []))
        else:
            flat.append(item)
    return flat


def suite_cases():
    document = json.loads((HERE / "data" / "matcher_cases.json").read_text())
    for case in document["cases"]:
        observed = document["fixtures"][case["observed"]]
        yield {"pattern": case["pattern"], "observed": observed, "stix_version": case["stix_version"],
               "tag": None, "source": case["source"], "reference_input": observed}


def all_cases():
    cases = list(suite_cases())
    for number, case in enumerate(pattern_corpus.generate()):
        case["source"] = f"corpus#{number}"
        observed = case["observed"]
        if case["stix_version"] == "2.1":
            case["reference_input"] = [{"type": "bundle", "id": "bundle--0", "objects": observed}]
        else:
            case["reference_input"] = observed
        cases.append(case)
    return cases


class ReferenceTimeout(Exception):
    pass


def _alarm(signum, frame):
    raise ReferenceTimeout()


def reference_verdict(case, seconds=10):
    """The reference's verdict, or "timeout" when its search runs away
    (its enumeration of bindings is exponential in some cases)."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        return "match" if match(case["pattern"], case["reference_input"], stix_version=case["stix_version"]) else "nomatch"
    except ReferenceTimeout:
        return "timeout"
    except Exception:  # the reference signals bad input by raising anything
        return "error"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def concord_verdicts(cases):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as batch:
        for case in cases:
            batch.write(json.dumps({"pattern": case["pattern"], "observed": flatten(case["observed"])}) + "\n")
    try:
        run = subprocess.run([CONCORD, "pattern", "match", "--batch", batch.name],
                             capture_output=True, text=True, timeout=120)
    finally:
        os.unlink(batch.name)
    assert run.returncode == 0, run.stderr
    verdicts = []
    for line in run.stdout.splitlines():
        answer = json.loads(line)
        verdicts.append("error" if "error" in answer else ("match" if answer["match"] else "nomatch"))
    assert len(verdicts) == len(cases)
    return verdicts


def test_differential_against_stix2_matcher():
    cases = all_cases()
    ours = concord_verdicts(cases)
    disagreements, expected, timeouts = [], [], 0
    for case, mine in zip(cases, ours):
        theirs = reference_verdict(case)
        if theirs == "timeout":
            timeouts += 1
            print(f"REFERENCE TIMEOUT {case['source']}: concord={mine} pattern={case['pattern']!r}")
            continue
        if theirs != mine:
            (expected if case["tag"] else disagreements).append((case, theirs, mine))
    for case, theirs, mine in expected + disagreements:
        note = f" [known: {case['tag']}]" if case["tag"] else ""
        print(f"DISAGREE {case['source']}{note}: reference={theirs} concord={mine} pattern={case['pattern']!r}")
    total = len(cases) - timeouts
    agreement = 100.0 * (total - len(disagreements) - len(expected)) / total
    print(f"cases: {total} compared ({timeouts} skipped: reference timed out); disagreements: {len(disagreements)} unexplained, {len(expected)} known; "
          f"agreement {agreement:.2f}%")
    assert agreement >= THRESHOLD
