#!/usr/bin/env python3
"""`concord detect` over an ECS event log with a compiled indicator index.

Prints events/s for detection and for a parse-only pass over the same events
(reading, JSON parsing and ECS mapping, no matching: `--parse-only`), and their
ratio (goal: detection costs at most 1.5x parsing alone); then peak RSS of
detection with a much larger indicator set (goal: at most 1 GB with 1,000,000
indicators).

    python3 bench/detect.py [--events 1000000] [--indicators 100000] [--memory-indicators 1000000]
"""
import argparse
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import OUT, ROOT, build_release, timed  # noqa: E402


def ensure(path, *arguments):
    if not os.path.exists(path):
        print(f"generating {os.path.basename(path)}...", flush=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_detect_data.py"), *arguments], check=True)
    return path


def event_phase(stderr):
    """(seconds, events/s, detections) from detect's summary line."""
    match = re.search(r"(\d+) events read .*? in ([\d.]+) s: (\d+) events/s; (\d+) detections", stderr)
    if not match:
        sys.exit("no summary in:\n" + stderr[-2000:])
    return float(match.group(2)), int(match.group(3)), int(match.group(4))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--indicators", type=int, default=100_000)
    parser.add_argument("--memory-indicators", type=int, default=1_000_000)
    parser.add_argument("--memory-events", type=int, default=100_000)
    args = parser.parse_args()
    concord = build_release()
    os.makedirs(OUT, exist_ok=True)
    events = ensure(os.path.join(OUT, f"ecs-{args.events}-{args.indicators}.jsonl"), "--events", str(args.events),
                    "--events-out", os.path.join(OUT, f"ecs-{args.events}-{args.indicators}.jsonl"), "--indicators", str(args.indicators))
    indicators = ensure(os.path.join(OUT, f"indicators-{args.indicators}.json"), "--indicators", str(args.indicators),
                        "--indicators-out", os.path.join(OUT, f"indicators-{args.indicators}.json"))
    base = [concord, "detect", "--indicators", indicators, "--events", events, "--mapping", "ecs", "--format", "jsonl"]
    parse_wall, parse_rss, parse_err = timed(base + ["--parse-only"])
    detect_wall, detect_rss, detect_err = timed(base)
    parse_seconds, parse_rate, _ = event_phase(parse_err)
    detect_seconds, detect_rate, detections = event_phase(detect_err)
    ratio = detect_seconds / parse_seconds
    print(f"events: {args.events} ECS lines, {os.path.getsize(events) / 1e6:.0f} MB; indicators: {args.indicators}")
    print(f"parse only: {parse_seconds:.2f} s, {parse_rate} events/s (wall {parse_wall:.2f} s, peak RSS {parse_rss / 1e6:.0f} MB)")
    print(f"detect:     {detect_seconds:.2f} s, {detect_rate} events/s, {detections} detections "
          f"(wall {detect_wall:.2f} s incl. loading indicators, peak RSS {detect_rss / 1e6:.0f} MB)")
    print(f"detect / parse-only time: {ratio:.2f}x (goal <= 1.5x) -> {'MET' if ratio <= 1.5 else 'NOT MET'}")
    print(detect_err.split("Command being timed")[0].strip().splitlines()[-2])

    big = ensure(os.path.join(OUT, f"indicators-{args.memory_indicators}.json"), "--indicators", str(args.memory_indicators),
                 "--indicators-out", os.path.join(OUT, f"indicators-{args.memory_indicators}.json"))
    small_events = ensure(os.path.join(OUT, f"ecs-{args.memory_events}-{args.memory_indicators}.jsonl"), "--events",
                          str(args.memory_events), "--events-out",
                          os.path.join(OUT, f"ecs-{args.memory_events}-{args.memory_indicators}.jsonl"),
                          "--indicators", str(args.memory_indicators))
    wall, rss, err = timed([concord, "detect", "--indicators", big, "--events", small_events, "--mapping", "ecs", "--format", "jsonl"])
    seconds, rate, detections = event_phase(err)
    print(f"{args.memory_indicators} indicators ({os.path.getsize(big) / 1e6:.0f} MB bundle), {args.memory_events} events: "
          f"wall {wall:.2f} s, {rate} events/s, {detections} detections, peak RSS {rss / 1e6:.0f} MB "
          f"(goal <= 1000 MB) -> {'MET' if rss <= 1e9 else 'NOT MET'}")


if __name__ == "__main__":
    main()
