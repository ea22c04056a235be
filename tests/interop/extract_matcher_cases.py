"""Regenerate tests/interop/data/matcher_cases.json from the stix2-matcher test suite.

Imports the installed reference's own STIX 2.1 test modules
(stix2matcher.test.v21.*), reads their pytest parametrize tables and the
observation fixtures each test passes to match(), runs the reference on every
case, and records pattern, observations, STIX version and the reference's
verdict ("match", "nomatch" or "error"). Observation fixtures are stored once
under "fixtures" and cases name them in "observed". Nothing of the reference's code is
copied; only its test data is extracted.

Usage: python tests/interop/extract_matcher_cases.py
"""
import importlib
import inspect
import json
import pathlib
import pkgutil
import re

import stix2matcher.test.v21 as suite
from stix2matcher.matcher import match

OUT = pathlib.Path(__file__).parent / "data" / "matcher_cases.json"
CALL = re.compile(r"match\(\s*pattern\s*,\s*([A-Za-z_][A-Za-z0-9_]*)(.*)")


def verdict(pattern, observed, version):
    try:
        return "match" if match(pattern, observed, stix_version=version) else "nomatch"
    except Exception:  # any exception is an "error" verdict, as in the differential test
        return "error"


def cases_of(module):
    for name, function in inspect.getmembers(module, inspect.isfunction):
        marks = [m for m in getattr(function, "pytestmark", []) if m.name == "parametrize"]
        if not name.startswith("test_") or not marks:
            continue
        found = CALL.search(inspect.getsource(function))
        if not found:
            continue
        fixture = f"{module.__name__.rsplit('.', 1)[-1]}.{found.group(1)}"
        observed = getattr(module, found.group(1))
        version = "2.1" if "stix_version" in found.group(2) else "2.0"
        argnames, values = marks[0].args[0], marks[0].args[1]
        names = [n.strip() for n in argnames.split(",")] if isinstance(argnames, str) else list(argnames)
        if "pattern" not in names:
            continue
        for value in values:
            row = dict(zip(names, value if len(names) > 1 else [value]))
            yield {
                "source": f"{module.__name__.rsplit('.', 1)[-1]}::{name}",
                "pattern": row["pattern"],
                "observed": fixture,
                "_data": observed,
                "stix_version": version,
                "reference": verdict(row["pattern"], observed, version),
            }


def main():
    cases = []
    for info in pkgutil.iter_modules(suite.__path__):
        cases.extend(cases_of(importlib.import_module(f"{suite.__name__}.{info.name}")))
    fixtures = {case["observed"]: case.pop("_data") for case in cases}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    document = {"fixtures": fixtures, "cases": cases}
    OUT.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
