#!/usr/bin/env python3
"""Writes a STIX 2.1 bundle of N valid objects of every type, for benchmarks.

The objects come from the differential test's templates (tests/interop/stix_corpus.py),
round-robin over all SDO, SRO, SCO, marking-definition, language-content,
extension-definition and custom types, so the mix resembles a real feed.

    python3 bench/make_bundle.py --count 100000 --out bench/out/bundle-100k.json
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "interop"))
import stix_corpus  # noqa: E402


def make_objects(count: int, seed: int = 7) -> list:
    generator = stix_corpus.Gen(random.Random(seed))
    keys = list(stix_corpus.TEMPLATES)
    return [stix_corpus.TEMPLATES[keys[i % len(keys)]](generator) for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    objects = make_objects(args.count, args.seed)
    with open(args.out, "w") as out:
        json.dump({"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": objects}, out)
    print(f"wrote {len(objects)} objects to {args.out} ({os.path.getsize(args.out) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
