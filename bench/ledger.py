#!/usr/bin/env python3
"""The verifiable ledger: integration rate, its cost on import, proof latency, bytes per entry.

    python3 bench/ledger.py [--count 200000] [--proofs 2000]

* entries integrated per second: N objects are imported first (each queues one
  entry), then `concord serve` starts and its sequencer integrates the backlog;
  the rate is entries / time from the first to the last checkpoint growth.
  Goal (issue 5): at least 50,000/s. Reference point: Tessera on NVMe reports
  about 10,000/s.
* the ledger's cost on ingest: `concord import` of the same bundle into a
  fresh store with the sequencer idle, against the same import while a
  sequencer integrates concurrently (the entry and its salted commitment are
  always written in the object's transaction; there is no ledger-off mode, so
  the reference for "off" is the validate-and-canonicalize pass alone, printed
  for comparison).
* inclusion-proof latency: GET /ledger/proof for random objects, p50 and p99.
* ledger bytes per entry: entry rows plus hash tiles, from the SQLite file.
"""
import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
from common import build_release, timed  # noqa: E402


def write_indicators(path: str, count: int) -> list:
    ids = []
    with open(path, "w") as out:
        for n in range(count):
            oid = f"indicator--{n:08x}-1111-4222-8333-444455556666"
            ids.append(oid)
            out.write(json.dumps({
                "type": "indicator", "spec_version": "2.1", "id": oid,
                "created": "2024-05-01T10:00:00.000Z", "modified": "2024-05-01T10:00:00.000Z",
                "pattern": f"[ipv4-addr:value = '198.51.{n % 250}.{n % 200}']", "pattern_type": "stix",
                "valid_from": "2024-05-01T10:00:00Z"}) + "\n")
    return ids


def setup(concord: str, data: str) -> tuple:
    env = dict(os.environ, CONCORD_DATA=data)
    subprocess.run([concord, "org", "create", "bench"], env=env, check=True, stdout=subprocess.DEVNULL)
    token = subprocess.run([concord, "token", "create", "--org", "bench", "--role", "publisher"], env=env, check=True,
                           capture_output=True, text=True).stdout.strip().splitlines()[-1]
    collection = subprocess.run([concord, "collection", "create", "bench", "--write", "bench"], env=env, check=True,
                                capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return env, token, collection


def serve(concord: str, data: str) -> tuple:
    process = subprocess.Popen([concord, "serve", "--data", data, "--port", "0", "--log-level", "warning"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in process.stdout:
        if "discovery:" in line:
            return process, line.split("discovery: ")[1].split("/taxii2/")[0]
    raise RuntimeError("concord serve did not start")


def checkpoint_size(base: str) -> int:
    return int(urllib.request.urlopen(base + "/ledger/checkpoint").read().decode().splitlines()[1])


def integration_rate(concord: str, data: str, entries: int) -> tuple:
    process, base = serve(concord, data)
    try:
        start, first_growth, last_size = time.perf_counter(), None, 0
        deadline = start + 600
        while time.perf_counter() < deadline:
            size = checkpoint_size(base)
            if size > last_size and first_growth is None and size > 0:
                first_growth = time.perf_counter()
            last_size = size
            if size >= entries:
                break
            time.sleep(0.005)
        elapsed = time.perf_counter() - (first_growth or start)
        return base, process, last_size, elapsed
    except Exception:
        process.terminate()
        raise


def proof_latency(base: str, token: str, collection: str, ids: list, count: int) -> list:
    rng = random.Random(1)
    latencies = []
    for _ in range(count):
        oid = rng.choice(ids)
        request = urllib.request.Request(
            f"{base}/ledger/proof?collection={collection}&id={oid}&version=2024-05-01T10:00:00.000Z",
            headers={"Authorization": f"Bearer {token}"})
        start = time.perf_counter()
        body = urllib.request.urlopen(request).read()
        latencies.append(time.perf_counter() - start)
        assert json.loads(body)["index"] >= 0
    return latencies


def ledger_bytes(data: str) -> tuple:
    db = sqlite3.connect(os.path.join(data, "concord.sqlite"))
    # entries are stored as runs of 32-byte commitments; leaves are rebuilt from them when served
    (entries,) = db.execute("SELECT next_ledger_index FROM store_clock").fetchone()
    (leaves,) = db.execute("SELECT COALESCE(SUM(length(commitments)), 0) FROM ledger_entries").fetchone()
    tiles = db.execute("SELECT COALESCE(SUM(length(contents)), 0) FROM ledger_tiles").fetchone()[0]
    db.close()
    return entries, leaves, tiles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--proofs", type=int, default=2_000)
    args = parser.parse_args()
    concord = build_release()
    work = tempfile.mkdtemp(prefix="concord-ledger-bench-")
    try:
        feed = os.path.join(work, "feed.jsonl")
        ids = write_indicators(feed, args.count)
        data = os.path.join(work, "data")
        env, token, collection = setup(concord, data)
        validate_seconds, _, _ = timed([concord, "validate", feed], env=env)
        import_seconds, _, _ = timed([concord, "import", feed, "--collection", collection, "--as", "bench"], env=env)
        print(f"{args.count} objects; validate only {validate_seconds:.2f} s ({args.count / validate_seconds:.0f}/s); "
              f"import with ledger entries {import_seconds:.2f} s ({args.count / import_seconds:.0f}/s)")
        queued = ledger_bytes(data)[0]
        base, process, size, elapsed = integration_rate(concord, data, queued)
        rate = size / elapsed if elapsed > 0 else float("inf")
        print(f"integrated {size} queued entries in {elapsed:.2f} s = {rate:.0f} entries/s "
              f"(goal >= 50000) -> {'MET' if rate >= 50_000 else 'NOT MET'}; {rate / 10_000:.1f}x Tessera's reported 10,000/s")
        try:
            latencies = sorted(proof_latency(base, token, collection, ids, args.proofs))
            p50, p99 = statistics.median(latencies), latencies[int(len(latencies) * 0.99) - 1]
            print(f"inclusion proofs over a log of {size}: {len(latencies)} requests, p50 {p50 * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms")
        finally:
            process.terminate()
            process.wait()
        entries, leaves, tiles = ledger_bytes(data)
        print(f"ledger bytes: {entries} entries, commitments {leaves / entries:.1f} B/entry + hash tiles {tiles / entries:.1f} B/entry "
              f"= {(leaves + tiles) / entries:.1f} B/entry (hash tiles alone: ~32 B/entry)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
