#!/usr/bin/env python3
"""Generates the `concord detect` benchmark inputs, deterministically:

- an ECS JSON Lines log of N events (connections, DNS lookups, web requests, file
  events; about 1 in 200 carries a value some indicator names,
  of every kind, and the sequences' lookup-then-connection pairs), and
- a STIX bundle of M indicators: mostly equality on IPv4 addresses, domains, URLs
  and SHA-256 hashes, some IN lists, CIDR blocks, LIKE and MATCHES, and a few
  FOLLOWEDBY ... WITHIN sequences.

    python3 bench/make_detect_data.py --events 1000000 --events-out ev.jsonl \
        --indicators 100000 --indicators-out ind.json
"""
import argparse
import hashlib
import random


def bad_ip(n):
    return f"45.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"


def bad_domain(n):
    return f"c2-{n}.bad.example"


def bad_url(n):
    return f"http://dl-{n}.bad.example/payload/{n}.bin"


def bad_hash(n):
    return hashlib.sha256(f"bad{n}".encode()).hexdigest()


def pattern(n):
    kind = n % 100
    if kind < 40:
        return f"[ipv4-addr:value = '{bad_ip(n)}']"
    if kind < 58:
        return f"[domain-name:value = '{bad_domain(n)}']"
    if kind < 68:
        return f"[url:value = '{bad_url(n)}']"
    if kind < 83:
        return f"[file:hashes.'SHA-256' = '{bad_hash(n)}']"
    if kind < 87:
        return f"[ipv4-addr:value IN ('{bad_ip(n)}', '{bad_ip(n + 1)}', '{bad_ip(n + 2)}')]"
    if kind < 92:
        return f"[ipv4-addr:value ISSUBSET '46.{(n >> 8) & 255}.{n & 255}.0/{24 + n % 5}']"
    if kind < 95:
        return f"[domain-name:value LIKE '%.cdn-{n}.bad.example']"
    if kind < 98:
        return f"[url:value MATCHES '^https?://[a-z0-9.-]+/gate-{n}\\\\.php']"
    return (f"([domain-name:value = '{bad_domain(n)}'] FOLLOWEDBY "
            f"[network-traffic:dst_ref.value = '{bad_ip(n)}' AND network-traffic:dst_port = 443]) WITHIN 300 SECONDS")


def write_indicators(count, path):
    with open(path, "w") as out:
        out.write('{"type":"bundle","id":"bundle--6d5f8c1e-0000-4000-8000-000000000001","objects":[\n')
        for n in range(count):
            uuid = hashlib.md5(f"indicator{n}".encode()).hexdigest()
            uuid = f"{uuid[:8]}-{uuid[8:12]}-4{uuid[13:16]}-8{uuid[17:20]}-{uuid[20:32]}"
            text = pattern(n).replace("\\", "\\\\").replace('"', '\\"')
            out.write(('' if n == 0 else ',\n') +
                      f'{{"type":"indicator","spec_version":"2.1","id":"indicator--{uuid}",'
                      f'"created":"2024-09-01T00:00:00.000Z","modified":"2024-09-01T00:00:00.000Z",'
                      f'"name":"bench {n}","pattern":"{text}","pattern_type":"stix","valid_from":"2024-09-01T00:00:00Z"}}')
        out.write("\n]}\n")


def hit_line(head, n, src):
    """An event carrying a value indicator n names."""
    kind = n % 100
    if kind < 40 or 83 <= kind < 87 or kind >= 98:
        return (f'{head},"category":["network"]}},"source":{{"ip":"{src}","port":40000}},'
                f'"destination":{{"ip":"{bad_ip(n)}","port":443}},"network":{{"transport":"tcp"}}}}\n')
    if kind < 58 or 92 <= kind < 95:
        name = bad_domain(n) if kind < 58 else f"x{n}.cdn-{n}.bad.example"
        return f'{head},"category":["network"]}},"source":{{"ip":"{src}"}},"dns":{{"question":{{"name":"{name}","type":"A"}}}}}}\n'
    if kind < 68 or 95 <= kind < 98:
        url = bad_url(n) if kind < 68 else f"https://portal.example.net/gate-{n}.php?id=1"
        return f'{head},"category":["web"]}},"source":{{"ip":"{src}"}},"url":{{"full":"{url}"}}}}\n'
    if kind < 83:
        return f'{head},"category":["file"]}},"file":{{"name":"x.exe","hash":{{"sha256":"{bad_hash(n)}"}}}}}}\n'
    return (f'{head},"category":["network"]}},"source":{{"ip":"{src}"}},'
            f'"destination":{{"ip":"46.{(n >> 8) & 255}.{n & 255}.9","port":443}}}}\n')


def write_events(count, indicators, path):
    rng = random.Random(7)
    base = 1727769600
    with open(path, "w") as out:
        for i in range(count):
            t = base + i // 20
            stamp = f"2024-10-01T{(t // 3600) % 24:02d}:{(t // 60) % 60:02d}:{t % 60:02d}.{(i % 20) * 50:03d}Z"
            src = f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            head = f'{{"@timestamp":"{stamp}","event":{{"id":"ev-{i}","kind":"event"'
            if rng.random() < 0.005:
                n = rng.randrange(indicators)
                if n % 100 >= 98:  # the sequence: a lookup, then the connection
                    out.write(f'{head},"category":["network"]}},"source":{{"ip":"{src}"}},"dns":{{"question":{{"name":"{bad_domain(n)}","type":"A"}}}}}}\n')
                out.write(hit_line(head, n, src))
                continue
            dst = f"{rng.randrange(1, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            kind = i % 10
            if kind < 5:
                out.write(f'{head},"category":["network"]}},"source":{{"ip":"{src}","port":{rng.randrange(1024, 65535)}}},'
                          f'"destination":{{"ip":"{dst}","port":{rng.choice((443, 443, 80, 53, 8443, 22))}}},'
                          f'"network":{{"transport":"tcp"}},"host":{{"name":"host-{i % 500}"}}}}\n')
            elif kind < 8:
                out.write(f'{head},"category":["network"]}},"source":{{"ip":"{src}"}},'
                          f'"dns":{{"question":{{"name":"www.site{rng.randrange(200000)}.example.com","type":"A"}}}},"host":{{"name":"host-{i % 500}"}}}}\n')
            elif kind < 9:
                url = f"https://shop{rng.randrange(100000)}.example.org/item/{rng.randrange(10**6)}"
                out.write(f'{head},"category":["web"]}},"source":{{"ip":"{src}"}},"url":{{"full":"{url}"}},'
                          f'"user_agent":{{"original":"Mozilla/5.0"}},"http":{{"request":{{"method":"GET"}}}}}}\n')
            else:
                digest = hashlib.sha256(str(rng.random()).encode()).hexdigest()
                out.write(f'{head},"category":["file"]}},"file":{{"name":"doc{i}.pdf","size":{rng.randrange(10**6)},'
                          f'"hash":{{"sha256":"{digest}"}}}},"host":{{"name":"host-{i % 500}"}}}}\n')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int)
    parser.add_argument("--events-out")
    parser.add_argument("--indicators", type=int, required=True)
    parser.add_argument("--indicators-out")
    args = parser.parse_args()
    if args.indicators_out:
        write_indicators(args.indicators, args.indicators_out)
    if args.events_out:
        write_events(args.events, args.indicators, args.events_out)


if __name__ == "__main__":
    main()
