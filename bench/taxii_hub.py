#!/usr/bin/env python3
"""TAXII 2.1 hub benchmark: Concord (SQLite) against medallion 3.0.0 (memory back end).

Both servers run on 127.0.0.1 in the same run and get the same workload:

  * ingest: the same N valid STIX 2.1 indicators (distinct ids), POSTed as
    envelopes of B objects to a fresh collection, by 1, 8 and 64 concurrent
    clients (one process per client, keep-alive where the server allows it);
    objects/s = N / wall time from the first request to the last answer;
  * paged reads: page through the whole collection with limit=100 (then
    `next`), by 1 client and by 8 concurrent clients; objects/s = objects
    received / wall time;
  * latency (Concord only): 64 concurrent readers each page through the whole
    collection with limit=100; p50, p99 and p99/p50 of the per-request latency;
  * --million (Concord only): `concord import` of 1,000,000 small indicators
    (JSON Lines), then `concord serve` while one client pages through the
    whole collection and 8 more readers page concurrently; the server's
    VmRSS is sampled from /proc/PID/status; peak RSS and VmHWM are printed.

Goals (issue): ingest >= 10x medallion, paged reads >= 100x medallion, p99 of a
100-object page under 64 readers <= 10x its p50, serving 1,000,000 objects
under 300 MB resident.

    pip install -r bench/requirements.txt          # medallion==3.0.0 requests
    swift build -c release --product concord --scratch-path .build-bench
    python bench/taxii_hub.py [--objects 6400] [--million]

The Python must be the one medallion is installed in (its `medallion` script is
looked up next to sys.executable, then on PATH).
"""
import argparse
import base64
import http.client
import json
import multiprocessing as mp
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
TAXII = "application/taxii+json;version=2.1"
REQUEST_TIMEOUT = 300.0          # seconds, per HTTP request
PHASE_TIMEOUT = 1800.0           # seconds, per measured phase


# ---------------------------------------------------------------- workload

def indicator(rng: random.Random, index: int, created: str) -> dict:
    """One small valid STIX 2.1 indicator (about 350 bytes as JSON)."""
    a, b, c, d = (index >> 24) & 255, (index >> 16) & 255, (index >> 8) & 255, index & 255
    return {
        "type": "indicator",
        "spec_version": "2.1",
        "id": "indicator--" + str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "created": created,
        "modified": created,
        "name": f"Benchmark indicator {index}",
        "indicator_types": ["malicious-activity"],
        "pattern": f"[ipv4-addr:value = '{10 + a % 200}.{b}.{c}.{d}']",
        "pattern_type": "stix",
        "valid_from": created,
    }


def make_objects(count: int, seed: int = 2024) -> list:
    rng = random.Random(seed)
    return [indicator(rng, i, "2024-05-01T%02d:%02d:%02d.%03dZ" % ((i // 3_600_000) % 24, (i // 60_000) % 60,
                                                                   (i // 1000) % 60, i % 1000))
            for i in range(count)]


def envelopes(objects: list, batch: int) -> list:
    return [json.dumps({"objects": objects[i:i + batch]}, separators=(",", ":")).encode()
            for i in range(0, len(objects), batch)]


# ---------------------------------------------------------------- HTTP client

class Client:
    """A keep-alive HTTP/1.1 client on 127.0.0.1 that reconnects when the server closes."""

    def __init__(self, port: int, auth: str):
        self.port = port
        self.headers = {"Accept": TAXII, "Authorization": auth}
        self.connection = None

    def request(self, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = TAXII
        for attempt in range(2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError, http.client.BadStatusLine):
                self.close()
                if attempt == 1:
                    raise
                continue
            if response.will_close:
                self.close()
            return response.status, data
        raise RuntimeError("unreachable")

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def next_token(body: dict) -> str | None:
    return body.get("next") if body.get("more") else None


def page_through(client: Client, objects_path: str, limit: int, max_pages: int, deadline: float,
                 latencies: list | None = None) -> tuple[int, set]:
    """Pages the whole collection; returns (objects received, distinct ids)."""
    received, ids = 0, set()
    token = None
    for _ in range(max_pages):
        path = f"{objects_path}?limit={limit}" + (f"&next={token}" if token else "")
        started = time.monotonic()
        status, data = client.request("GET", path)
        if latencies is not None:
            latencies.append(time.monotonic() - started)
        if status != 200:
            raise RuntimeError(f"GET {path} -> {status}: {data[:300]!r}")
        body = json.loads(data)
        page = body.get("objects", [])
        received += len(page)
        ids.update(o["id"] for o in page)
        token = next_token(body)
        if token is None or time.monotonic() > deadline:
            break
    return received, ids


# ---------------------------------------------------------------- concurrent clients (one process each)

def _client_main(kind, index, port, auth, objects_path, payloads, args, barrier, queue):
    try:
        client = Client(port, auth)
        barrier.wait(timeout=120)
        started = time.monotonic()
        deadline = started + PHASE_TIMEOUT
        result = {"index": index, "start": started, "latencies": [], "objects": 0, "ids": [], "errors": []}
        if kind == "ingest":
            for payload in payloads:
                t0 = time.monotonic()
                status, data = client.request("POST", objects_path, payload)
                result["latencies"].append(time.monotonic() - t0)
                if status != 202:
                    result["errors"].append(f"POST -> {status}: {data[:300]!r}")
                    continue
                status_body = json.loads(data)
                result["objects"] += int(status_body.get("success_count", 0))
                if status_body.get("failure_count"):
                    result["errors"].append(f"POST failures: {json.dumps(status_body.get('failures'))[:300]}")
                if time.monotonic() > deadline:
                    result["errors"].append("phase timeout")
                    break
        else:
            received, ids = page_through(client, objects_path, args["limit"], args["max_pages"], deadline,
                                         result["latencies"])
            result["objects"] = received
            result["distinct"] = len(ids)
        result["end"] = time.monotonic()
        client.close()
        queue.put(result)
    except Exception as error:  # reported to the parent, never swallowed
        queue.put({"index": index, "fatal": f"{type(error).__name__}: {error}"})


def run_clients(kind: str, count: int, port: int, auth: str, objects_path: str, payloads: list | None = None,
                limit: int = 100, max_pages: int = 100_000) -> dict:
    """Runs `count` clients in parallel processes; returns wall time, objects, latencies."""
    context = mp.get_context("fork")
    barrier = context.Barrier(count + 1)
    queue = context.Queue()
    processes = []
    for i in range(count):
        share = payloads[i::count] if payloads is not None else None
        p = context.Process(target=_client_main, args=(kind, i, port, auth, objects_path, share,
                                                        {"limit": limit, "max_pages": max_pages}, barrier, queue))
        p.start()
        processes.append(p)
    barrier.wait(timeout=120)
    results = []
    deadline = time.monotonic() + PHASE_TIMEOUT + 60
    while len(results) < count:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        try:
            results.append(queue.get(timeout=remaining))
        except Exception:
            break
    for p in processes:
        p.join(timeout=10)
        if p.is_alive():
            p.kill()
    fatal = [r["fatal"] for r in results if "fatal" in r]
    if len(results) < count or fatal:
        raise RuntimeError(f"{kind} with {count} clients failed: {fatal[:3] or 'clients did not finish'}")
    errors = [e for r in results for e in r["errors"]]
    if errors:
        raise RuntimeError(f"{kind} with {count} clients: {len(errors)} errors, first: {errors[0]}")
    start = min(r["start"] for r in results)
    end = max(r["end"] for r in results)
    return {
        "wall": end - start,
        "objects": sum(r["objects"] for r in results),
        "latencies": sorted(x for r in results for x in r["latencies"]),
        "distinct": [r.get("distinct") for r in results],
        "requests": sum(len(r["latencies"]) for r in results),
    }


def percentile(sorted_values: list, fraction: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, int(round(fraction * (len(sorted_values) - 1)))))
    return sorted_values[k]


# ---------------------------------------------------------------- servers

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_line(process: subprocess.Popen, needle: str, timeout: float, log: list) -> None:
    """Reads the process's merged output until a line contains `needle`; keeps draining it afterwards."""
    found = threading.Event()

    def drain():
        for line in process.stdout:
            log.append(line)
            if needle in line:
                found.set()
    threading.Thread(target=drain, daemon=True).start()
    deadline = time.monotonic() + timeout
    while not found.is_set():
        if process.poll() is not None:
            raise RuntimeError(f"server exited ({process.returncode}):\n{''.join(log[-30:])}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"server did not print {needle!r} within {timeout}s:\n{''.join(log[-30:])}")
        time.sleep(0.05)


def wait_for_port(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listening on 127.0.0.1:{port} after {timeout}s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def last_line(command: list) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}): {result.stdout}{result.stderr}")
    return result.stdout.strip().splitlines()[-1].strip()


class Concord:
    name = "concord"

    def __init__(self, binary: str, data: str, collections: int):
        self.binary, self.data = binary, data
        last_line([binary, "org", "create", "bench", "--data", data])
        self.token = last_line([binary, "token", "create", "--org", "bench", "--role", "publisher", "--data", data])
        self.collections = [last_line([binary, "collection", "create", f"bench-{i}", "--write", "bench", "--data", data])
                            for i in range(collections)]
        self.auth = "Bearer " + self.token
        self.process = None

    def start(self):
        self.port = free_port()
        self.log = []
        self.process = subprocess.Popen([self.binary, "serve", "--data", self.data, "--port", str(self.port),
                                         "--log-level", "warning"],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        wait_for_line(self.process, "discovery:", 120, self.log)

    def objects_path(self, i: int) -> str:
        return f"/taxii2/api/collections/{self.collections[i]}/objects/"

    def stop(self):
        stop(self.process)


class Medallion:
    name = "medallion"

    def __init__(self, medallion: str, directory: str, collections: int):
        self.medallion, self.directory = medallion, directory
        self.port = free_port()
        self.collections = [str(uuid.uuid4()) for _ in range(collections)]
        base = f"http://127.0.0.1:{self.port}/"
        data = {
            "/discovery": {"title": "medallion benchmark", "description": "reference", "contact": "bench",
                           "default": base + "api/", "api_roots": [base + "api/"]},
            "api": {
                "information": {"title": "bench", "description": "bench", "versions": [TAXII],
                                "max_content_length": 100 * 1024 * 1024},
                "status": [],
                "collections": [{"id": c, "title": f"bench-{i}", "description": "bench", "can_read": True,
                                 "can_write": True, "media_types": ["application/stix+json;version=2.1"],
                                 "objects": [], "manifest": []} for i, c in enumerate(self.collections)],
            },
        }
        data_file = os.path.join(directory, "medallion-data.json")
        with open(data_file, "w") as f:
            json.dump(data, f)
        config = {
            "backend": {"module": "medallion.backends.memory_backend", "module_class": "MemoryBackend",
                        "filename": data_file, "session_timeout": 3600},
            "users": {"bench": "bench-password"},
            "taxii": {"max_page_size": 100},
        }
        self.config_file = os.path.join(directory, "medallion-config.json")
        with open(self.config_file, "w") as f:
            json.dump(config, f)
        self.auth = "Basic " + base64.b64encode(b"bench:bench-password").decode()
        self.process = None

    def start(self):
        self.log = []
        self.process = subprocess.Popen([self.medallion, "--host", "127.0.0.1", "--port", str(self.port),
                                         "--log-level", "ERROR", self.config_file],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=lambda: [self.log.append(line) for line in self.process.stdout], daemon=True).start()
        wait_for_port(self.port, 60)

    def objects_path(self, i: int) -> str:
        return f"/api/collections/{self.collections[i]}/objects/"

    def stop(self):
        stop(self.process)


# ---------------------------------------------------------------- measurements

def rate(objects: int, wall: float) -> float:
    return objects / wall if wall > 0 else float("inf")


def measure_server(server, payloads: list, total: int, levels: list, read_levels: list, latency_readers: int) -> dict:
    figures = {"ingest": {}, "read": {}}
    for i, clients in enumerate(levels):
        r = run_clients("ingest", clients, server.port, server.auth, server.objects_path(i), payloads)
        if r["objects"] != total:
            raise RuntimeError(f"{server.name}: ingest with {clients} clients stored {r['objects']} of {total}")
        figures["ingest"][clients] = rate(r["objects"], r["wall"])
        print(f"  {server.name:9} ingest  {clients:3} clients: {total} objects in {r['wall']:8.3f} s = "
              f"{figures['ingest'][clients]:10.0f} objects/s  (POST p50 {percentile(r['latencies'], .5) * 1000:.1f} ms)",
              flush=True)
    for clients in read_levels:
        r = run_clients("read", clients, server.port, server.auth, server.objects_path(0))
        bad = [d for d in r["distinct"] if d != total]
        if bad:
            raise RuntimeError(f"{server.name}: paged read saw {bad[0]} distinct objects, expected {total}")
        figures["read"][clients] = rate(r["objects"], r["wall"])
        lat = r["latencies"]
        print(f"  {server.name:9} read    {clients:3} clients: {r['objects']} objects in {r['wall']:8.3f} s = "
              f"{figures['read'][clients]:10.0f} objects/s  ({r['requests']} pages; first page max "
              f"{max(lat) * 1000:.0f} ms, page p50 {percentile(lat, .5) * 1000:.1f} ms)", flush=True)
    if latency_readers:
        r = run_clients("read", latency_readers, server.port, server.auth, server.objects_path(0))
        lat = r["latencies"]
        p50, p99 = percentile(lat, .5), percentile(lat, .99)
        figures["latency"] = {"readers": latency_readers, "requests": len(lat), "p50": p50, "p99": p99,
                              "max": lat[-1], "ratio": p99 / p50, "objects_per_s": rate(r["objects"], r["wall"])}
        print(f"  {server.name:9} latency {latency_readers:3} readers: {len(lat)} pages of 100, p50 "
              f"{p50 * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms, max {lat[-1] * 1000:.1f} ms, p99/p50 {p99 / p50:.2f}; "
              f"{figures['latency']['objects_per_s']:.0f} objects/s in all", flush=True)
    return figures


class RSSSampler:
    """Samples VmRSS (and RssAnon/RssFile) of a process every `interval` seconds."""

    def __init__(self, pid: int, interval: float = 0.1):
        self.pid, self.interval = pid, interval
        self.peak = {"VmRSS": 0, "RssAnon": 0, "RssFile": 0}
        self.samples = 0
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def status(self) -> dict:
        values = {}
        try:
            with open(f"/proc/{self.pid}/status") as f:
                for line in f:
                    key, _, rest = line.partition(":")
                    if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile", "RssShmem"):
                        values[key] = int(rest.split()[0]) * 1024
        except FileNotFoundError:
            pass
        return values

    def run(self):
        while not self.stopped.wait(self.interval):
            values = self.status()
            if not values:
                return
            self.samples += 1
            if values.get("VmRSS", 0) > self.peak["VmRSS"]:
                self.peak = {k: values.get(k, 0) for k in ("VmRSS", "RssAnon", "RssFile")}

    def finish(self) -> dict:
        last = self.status()
        self.stopped.set()
        self.thread.join(timeout=5)
        return last


def write_jsonl(path: str, count: int) -> int:
    rng = random.Random(1_000_000)
    with open(path, "w") as f:
        for i in range(count):
            created = "2024-05-01T%02d:%02d:%02d.%03dZ" % ((i // 3_600_000) % 24, (i // 60_000) % 60,
                                                         (i // 1000) % 60, i % 1000)
            f.write(json.dumps(indicator(rng, i, created), separators=(",", ":")))
            f.write("\n")
    return os.path.getsize(path)


def measure_million(binary: str, count: int, readers: int) -> dict:
    directory = tempfile.mkdtemp(prefix="concord-bench-million-")
    try:
        data = os.path.join(directory, "data")
        server = Concord(binary, data, 1)
        path = os.path.join(directory, "million.jsonl")
        t0 = time.monotonic()
        size = write_jsonl(path, count)
        print(f"  wrote {count} indicators as JSON Lines ({size / 1e6:.0f} MB, {size / count:.0f} bytes each) "
              f"in {time.monotonic() - t0:.0f} s", flush=True)
        t0 = time.monotonic()
        result = subprocess.run(["/usr/bin/time", "-v", binary, "import", path, "--collection", server.collections[0],
                                 "--as", "bench", "--data", data], capture_output=True, text=True, timeout=3600)
        import_wall = time.monotonic() - t0
        if result.returncode != 0:
            raise RuntimeError(f"concord import failed ({result.returncode}): {result.stdout[-1000:]}{result.stderr[-2000:]}")
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
        import_rss = int(match.group(1)) * 1024 if match else 0
        print(f"  concord import: {count} objects in {import_wall:.1f} s = {count / import_wall:.0f} objects/s, "
              f"peak RSS {import_rss / 2**20:.0f} MiB", flush=True)
        os.remove(path)
        server.start()
        sampler = RSSSampler(server.process.pid)
        idle = sampler.status()
        try:
            path0 = server.objects_path(0)
            # One client pages through the whole collection while `readers` more page concurrently.
            holder = {}

            def full_pass():
                holder["full"] = run_clients("read", 1, server.port, server.auth, path0)
            full = threading.Thread(target=full_pass)
            full.start()
            concurrent = run_clients("read", readers, server.port, server.auth, path0, max_pages=1000)
            full.join(timeout=PHASE_TIMEOUT + 120)
            if "full" not in holder:
                raise RuntimeError("the full pass over the collection did not finish")
            r = holder["full"]
            if r["distinct"][0] != count:
                raise RuntimeError(f"paging 1,000,000: saw {r['distinct'][0]} distinct objects, expected {count}")
        finally:
            last = sampler.finish()
            server.stop()
        lat = sorted(r["latencies"])
        figures = {
            "count": count, "file_bytes": size, "import_s": import_wall, "import_rss": import_rss,
            "idle_rss": idle.get("VmRSS", 0), "peak_rss": sampler.peak["VmRSS"], "peak_anon": sampler.peak["RssAnon"],
            "peak_file": sampler.peak["RssFile"], "hwm": last.get("VmHWM", 0), "samples": sampler.samples,
            "read_objects_per_s": rate(r["objects"], r["wall"]), "read_wall": r["wall"],
            "page_p50": percentile(lat, .5), "page_p99": percentile(lat, .99),
            "concurrent_pages": concurrent["requests"],
        }
        print(f"  serve 1,000,000: full pass {r['objects']} objects in {r['wall']:.1f} s = "
              f"{figures['read_objects_per_s']:.0f} objects/s (page p50 {figures['page_p50'] * 1000:.1f} ms, p99 "
              f"{figures['page_p99'] * 1000:.1f} ms) with {readers} concurrent readers ({concurrent['requests']} pages)",
              flush=True)
        print(f"  server RSS: idle {figures['idle_rss'] / 2**20:.0f} MiB, peak sampled VmRSS "
              f"{figures['peak_rss'] / 2**20:.0f} MiB (anon {figures['peak_anon'] / 2**20:.0f} MiB, file "
              f"{figures['peak_file'] / 2**20:.0f} MiB), VmHWM {figures['hwm'] / 2**20:.0f} MiB "
              f"({sampler.samples} samples)", flush=True)
        return figures
    finally:
        shutil.rmtree(directory, ignore_errors=True)


# ---------------------------------------------------------------- main

def find_medallion() -> str:
    candidate = os.path.join(os.path.dirname(sys.executable), "medallion")
    if os.path.exists(candidate):
        return candidate
    found = shutil.which("medallion")
    if not found:
        sys.exit("medallion not found: pip install -r bench/requirements.txt in this Python's environment")
    return found


def verdict(ok: bool) -> str:
    return "MET" if ok else "NOT MET"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--concord", default=os.path.join(ROOT, ".build-bench", "release", "concord"),
                        help="the release concord binary (built with --scratch-path .build-bench if missing)")
    parser.add_argument("--objects", type=int, default=6400, help="objects per workload (default 6400)")
    parser.add_argument("--batch", type=int, default=100, help="objects per POST envelope (default 100)")
    parser.add_argument("--clients", default="1,8,64", help="ingest concurrency levels (default 1,8,64)")
    parser.add_argument("--read-clients", default="1",
                        help="paged-read concurrency levels for both servers (default 1; each medallion reader "
                             "re-sorts the whole collection on its first page, quadratic in its size)")
    parser.add_argument("--latency-readers", type=int, default=64)
    parser.add_argument("--million", action="store_true", help="also run the 1,000,000-object memory test")
    parser.add_argument("--million-count", type=int, default=1_000_000)
    parser.add_argument("--million-readers", type=int, default=8)
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()

    levels = [int(x) for x in args.clients.split(",")]
    read_levels = [int(x) for x in args.read_clients.split(",")]
    if not os.path.exists(args.concord):
        print("building concord (release, scratch path .build-bench)...", flush=True)
        subprocess.run(["swift", "build", "-c", "release", "--product", "concord", "--scratch-path",
                        os.path.join(ROOT, ".build-bench")], cwd=ROOT, check=True)
    medallion_bin = find_medallion()
    version = subprocess.run([sys.executable, "-c", "import medallion; print(medallion.__version__)"],
                             capture_output=True, text=True).stdout.strip()
    print(f"machine: {os.cpu_count()} CPUs; medallion {version}; concord {args.concord}", flush=True)

    objects = make_objects(args.objects)
    payloads = envelopes(objects, args.batch)
    size = sum(len(p) for p in payloads)
    print(f"workload: {args.objects} indicators ({size / args.objects:.0f} bytes each), {len(payloads)} envelopes of "
          f"{args.batch}; ingest with {levels} clients (fresh collection each); paged reads limit=100 with "
          f"{read_levels} clients", flush=True)

    results = {}
    directory = tempfile.mkdtemp(prefix="concord-bench-")
    try:
        for name in ("medallion", "concord"):
            if name == "medallion":
                server = Medallion(medallion_bin, directory, len(levels))
            else:
                server = Concord(args.concord, os.path.join(directory, "concord-data"), len(levels))
            server.start()
            try:
                results[name] = measure_server(server, payloads, args.objects, levels, read_levels,
                                               args.latency_readers if name == "concord" else 0)
            except Exception:
                time.sleep(1)
                print(f"{name} server: exit status {server.process.poll()}; last output:\n"
                      + "".join(server.log[-40:]), file=sys.stderr, flush=True)
                raise
            finally:
                server.stop()
        if args.million:
            print(f"memory: {args.million_count} objects (Concord only)", flush=True)
            results["million"] = measure_million(args.concord, args.million_count, args.million_readers)
    finally:
        shutil.rmtree(directory, ignore_errors=True)

    c, m = results["concord"], results["medallion"]
    print("\nSUMMARY (same run, 127.0.0.1; objects/s)")
    print(f"  {'':22} {'medallion':>12} {'concord':>12} {'ratio':>9}")
    goals = []
    for clients in levels:
        ratio = c["ingest"][clients] / m["ingest"][clients]
        print(f"  ingest, {clients:2} clients     {m['ingest'][clients]:12.0f} {c['ingest'][clients]:12.0f} {ratio:8.1f}x")
        goals.append((f"ingest >= 10x medallion, {clients} clients", ratio >= 10, f"{ratio:.1f}x"))
    for clients in read_levels:
        ratio = c["read"][clients] / m["read"][clients]
        print(f"  paged read, {clients:2} clients {m['read'][clients]:12.0f} {c['read'][clients]:12.0f} {ratio:8.1f}x")
        goals.append((f"paged reads >= 100x medallion, {clients} clients", ratio >= 100, f"{ratio:.1f}x"))
    if "latency" in c:
        lat = c["latency"]
        goals.append((f"p99 <= 10x p50 of a 100-object page, {lat['readers']} readers", lat["ratio"] <= 10,
                      f"p50 {lat['p50'] * 1000:.2f} ms, p99 {lat['p99'] * 1000:.2f} ms, {lat['ratio']:.2f}x"))
    if "million" in results:
        mm = results["million"]
        peak = max(mm["peak_rss"], mm["hwm"])
        goals.append((f"serving {mm['count']:,} objects < 300 MB resident", peak < 300e6,
                      f"peak {peak / 1e6:.0f} MB ({peak / 2**20:.0f} MiB)"))
    print("\nGOALS")
    for name, ok, figure in goals:
        print(f"  {verdict(ok):8} {name}: {figure}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"results": results, "goals": [{"goal": g, "met": ok, "figure": fig} for g, ok, fig in goals]},
                      f, indent=2, default=str)


if __name__ == "__main__":
    main()
