"""Differential test: `concord validate` against stix2-validator (OASIS reference).

Generates the seeded corpus of ``stix_corpus.py`` (valid templates of every
STIX 2.1 type and mutations of them), runs ``concord validate --format json``
once over it as JSON Lines, validates every object in-process with
``stix2validator.validate_instance`` (default ``ValidationOptions()``), and
compares the valid/invalid verdicts object by object. Every disagreement is
printed (and written to ``$DIFFERENTIAL_REPORT``, default
``/tmp/differential-latest.txt``); the test fails below 99% agreement.

Run:
    pip install -r tests/interop/requirements.txt
    swift build --product concord
    pytest -s tests/interop/test_validate_differential.py

Environment:
    CONCORD_BIN            concord binary (default <repo>/.build/debug/concord)
    CI                     when set, a missing stix2validator is a failure, not a skip
    DIFFERENTIAL_SEED      corpus seed (default stix_corpus.DEFAULT_SEED)
    DIFFERENTIAL_COUNT     corpus size (default stix_corpus.DEFAULT_COUNT)
    DIFFERENTIAL_REPORT    where to write the disagreement table
"""

from __future__ import annotations

import collections
import json
import logging
import os
import pathlib
import subprocess
import sys
import textwrap

import pytest

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

import stix_corpus  # noqa: E402

THRESHOLD = 0.99


def _concord_bin() -> pathlib.Path:
    return pathlib.Path(os.environ.get("CONCORD_BIN", REPO / ".build" / "debug" / "concord"))


def _import_reference():
    try:
        from stix2validator import ValidationOptions, validate_instance
    except ImportError as exc:
        msg = ("stix2-validator is not importable (%s); "
               "pip install -r tests/interop/requirements.txt" % exc)
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    return validate_instance, ValidationOptions


def run_concord(binary: pathlib.Path, corpus_file: pathlib.Path, count: int):
    """Returns ({index: [error messages]}, {index: [warning messages]}) from one concord run."""
    proc = subprocess.run([str(binary), "validate", "--format", "json", str(corpus_file)],
                          capture_output=True, text=True, timeout=120)
    if proc.returncode not in (0, 1):
        raise AssertionError("concord validate exited %d\nstderr:\n%s\nstdout:\n%s"
                             % (proc.returncode, proc.stderr[-4000:], proc.stdout[:4000]))
    try:
        findings = json.loads(proc.stdout or "[]")
    except json.JSONDecodeError as exc:
        raise AssertionError("concord validate --format json did not print JSON: %s\n%s"
                             % (exc, proc.stdout[:2000]))
    errors = collections.defaultdict(list)
    warnings = collections.defaultdict(list)
    for f in findings:
        idx = f.get("object_index")
        if not isinstance(idx, int) or not 0 <= idx < count:
            raise AssertionError("finding with object_index outside the corpus: %r" % (f,))
        text = "%s %s: %s" % (f.get("code", "?"), f.get("pointer", ""), f.get("message", ""))
        (errors if f.get("severity") == "error" else warnings)[idx].append(text)
    return errors, warnings


def run_reference(validate_instance, ValidationOptions, objs):
    """Returns a list of (is_valid, [messages]) from stix2-validator, one per object.

    The reference raises on some malformed input (e.g. a spec_version it has no
    schemas for, or an id it cannot parse as a UUID); that counts as 'invalid'.
    """
    logging.disable(logging.WARNING)   # the reference logs SHOULD-level chatter
    try:
        out = []
        for obj in objs:
            try:
                res = validate_instance(obj, ValidationOptions())
                out.append((bool(res.is_valid), [str(e.message) for e in res.errors]))
            except Exception as exc:  # noqa: BLE001 - any crash is a rejection
                out.append((False, ["reference raised %s: %s" % (type(exc).__name__, exc)]))
        return out
    finally:
        logging.disable(logging.NOTSET)


def _clip(items, width=160, limit=3):
    text = " | ".join(items[:limit]) + (" | ..." if len(items) > limit else "")
    return text if len(text) <= width else text[: width - 3] + "..."


def render_report(cases, concord_errors, ref, agree, seed) -> str:
    total = len(cases)
    lines = []
    disagreements = [c for c in cases if (c["index"] not in concord_errors) != ref[c["index"]][0]]
    pct = 100.0 * agree / total if total else 0.0
    lines.append("Differential validation: concord validate vs stix2-validator")
    lines.append("corpus: %d objects, seed %d (%d expected valid per the spec, %d expected invalid)"
                 % (total, seed, sum(c["expect"] == "valid" for c in cases),
                    sum(c["expect"] == "invalid" for c in cases)))
    lines.append("agreement: %d/%d = %.2f%% (threshold %.0f%%)" % (agree, total, pct, THRESHOLD * 100))
    c_false_pos = sum(1 for c in disagreements if c["index"] in concord_errors)
    lines.append("disagreements: %d (concord invalid/reference valid: %d, concord valid/reference invalid: %d)"
                 % (len(disagreements), c_false_pos, len(disagreements) - c_false_pos))
    by_case = collections.Counter(c["case"].split(":")[0] for c in disagreements)
    if by_case:
        lines.append("by mutation: " + ", ".join("%s=%d" % kv for kv in by_case.most_common()))
    lines.append("")
    for c in disagreements:
        i = c["index"]
        c_valid = i not in concord_errors
        lines.append("#%d  type=%s  case=%s  spec-expects=%s  concord=%s  reference=%s"
                     % (i, c["type"], c["case"], c["expect"], "valid" if c_valid else "INVALID",
                        "valid" if ref[i][0] else "INVALID"))
        lines.append("    concord:   " + (_clip(concord_errors.get(i, [])) or "(no errors)"))
        lines.append("    reference: " + (_clip(ref[i][1]) or "(no errors)"))
        gap = stix_corpus.KNOWN_REFERENCE_GAPS.get(c["case"])
        if gap:
            lines.append("    known reference gap: " + "\n      ".join(textwrap.wrap(gap, 100)))
        lines.append("    object: " + json.dumps(c["obj"], separators=(",", ":"))[:300])
    return "\n".join(lines) + "\n"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")   # jsonschema deprecations inside the reference
def test_concord_agrees_with_stix2_validator(tmp_path):
    binary = _concord_bin()
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        pytest.skip("concord binary not found at %s (swift build --product concord, or set CONCORD_BIN)" % binary)
    validate_instance, ValidationOptions = _import_reference()

    seed = int(os.environ.get("DIFFERENTIAL_SEED", stix_corpus.DEFAULT_SEED))
    count = int(os.environ.get("DIFFERENTIAL_COUNT", stix_corpus.DEFAULT_COUNT))
    cases = stix_corpus.generate_cases(seed=seed, count=count)
    assert len(cases) >= 1000
    corpus_file = tmp_path / "corpus.jsonl"
    with open(corpus_file, "w", encoding="utf-8") as fh:
        stix_corpus.write_jsonl([c["obj"] for c in cases], fh)

    concord_errors, _ = run_concord(binary, corpus_file, len(cases))
    ref = run_reference(validate_instance, ValidationOptions, [c["obj"] for c in cases])

    agree = sum(1 for c in cases if (c["index"] not in concord_errors) == ref[c["index"]][0])
    report = render_report(cases, concord_errors, ref, agree, seed)
    report_path = os.environ.get("DIFFERENTIAL_REPORT", "/tmp/differential-latest.txt")
    try:
        pathlib.Path(report_path).write_text(report, encoding="utf-8")
    except OSError:
        pass
    print(report)

    assert agree / len(cases) >= THRESHOLD, (
        "concord and stix2-validator agree on %.2f%% of %d objects (need %.0f%%); see the table above or %s"
        % (100.0 * agree / len(cases), len(cases), THRESHOLD * 100, report_path))
