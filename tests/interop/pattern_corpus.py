"""Seeded generator of STIX 2.1 pattern-matching cases (standard library only).

Each case is {"pattern", "observed", "stix_version", "tag"}: "observed" is a
flat list of observed-data objects and the SCOs they reference (the shape
of a bundle's "objects"). The corpus covers every comparison operator, every
qualifier, every literal type and every object-path form, with values drawn
from the observations (so many cases match) and from elsewhere (so many do
not), plus syntax mutations that both parsers must reject or accept alike.

"tag" names a known, deliberate divergence from stix2-matcher, or is None.
"""
import base64
import random

TYPES = ["file", "x-thing", "ipv4-addr", "network-traffic"]
NAMES = ["alpha", "beta", "Gamma", "dé", "de\u0301", "a%b", "it's", "back\\slash", "", "line\nbreak", "日本"]
IPS = ["10.1.2.3", "10.1.200.7", "192.168.0.1", "172.16.5.4", "8.8.8.8", "10.0.0.0/8", "192.168.0.0/16", "127.1"]
CIDRS = ["10.0.0.0/8", "10.1.0.0/16", "192.168.0.0/24", "0.0.0.0/1", "172.16.0.0/12", "8.8.8.8/32", "10.1.2.3/31"]
BASE = 1577836800  # 2020-01-01T00:00:00Z


def timestamp(seconds, fraction=""):
    import time
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(BASE + seconds)) + fraction + "Z"


class Corpus:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    # ---------------------------------------------------------------- data
    def sco(self, type_, index, ids):
        r = self.rng
        obj = {"type": type_, "id": f"{type_}--{index:08d}-0000-4000-8000-000000000000"}
        obj["name"] = r.choice(NAMES)
        obj["size"] = r.choice([0, 1, 5, 10, 42, -3, 1000000])
        obj["ratio"] = r.choice([0.5, 1.0, 2.25, -1.5, 10.0])
        obj["flag"] = r.choice([True, False])
        obj["hashes"] = {"MD5": r.choice(["aa", "0102ff", "DEADBEEF"]), "SHA-256": r.choice(["00ff", "abcd"])}
        obj["payload_bin"] = base64.b64encode(bytes(r.choice([[1, 2, 3], [104, 105], [0xC3, 0xA9], [255]]))).decode()
        obj["data_hex"] = r.choice(["010203", "6869", "c3a9", "ff"])
        obj["seen"] = timestamp(r.choice([0, 30, 3600]), r.choice(["", ".5", ".123456", ".1234567"]))
        if r.random() < 0.1:
            obj["seen"] = r.choice(["2020-1-1T0:0:0Z", "2020-01-01T00:00:00.000000001Z", "2020-01-01t00:00:00z"])
        if r.random() < 0.1:
            obj["payload_bin"] = r.choice(["AQ ID", "AQ==junk", "aGk", "=AQID"])
        obj["tags"] = r.sample(["red", "green", "blue", "x"], r.randint(0, 3))
        obj["nums"] = r.sample([1, 2, 3, 7], r.randint(0, 3))
        obj["nested"] = {"inner": {"leaf": r.choice(NAMES[:4]), "n": r.randint(0, 3)}, "list": [{"k": r.randint(0, 2)}]}
        obj["odd key"] = r.choice(["v1", "v2"])
        obj["value"] = r.choice(IPS)
        obj["net"] = r.choice(CIDRS)
        obj["nothing"] = None
        if ids and r.random() < 0.7:
            obj["parent_ref"] = r.choice(ids + ["missing--1"])
        if ids and r.random() < 0.6:
            obj["child_refs"] = r.sample(ids, min(len(ids), r.randint(1, 2)))
        if r.random() < 0.3:
            obj.pop(r.choice(["name", "size", "tags", "hashes"]), None)
        return obj

    def observations(self):
        r = self.rng
        scos = []
        for i in range(r.randint(1, 5)):
            scos.append(self.sco(r.choice(TYPES), i, [s["id"] for s in scos]))
        if r.random() < 0.05 and len(scos) > 1:
            twin = dict(r.choice(scos))
            twin["id"] = scos[0]["id"]
            scos.append(twin)
        objects = []
        for i in range(r.randint(1, 4)):
            start = r.choice([0, 0, 10, 60, 100, 3600])
            refs = r.sample([s["id"] for s in scos], r.randint(1, len(scos)))
            if r.random() < 0.05:
                refs.append(refs[0])
            objects.append({
                "type": "observed-data", "id": f"observed-data--{i:08d}-0000-4000-8000-000000000000",
                "first_observed": timestamp(start), "last_observed": timestamp(start + r.choice([0, 0, 5, 50])),
                "number_observed": r.choice([1, 1, 1, 2, 3]), "object_refs": refs, "spec_version": "2.1",
            })
        return objects + scos

    # ------------------------------------------------------------ literals
    @staticmethod
    def string(text):
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"

    def random_literal(self):
        r = self.rng
        return r.choice([
            str(r.randint(-5, 50)), r.choice(["1.0", "2.25", "-1.5", ".5", "+3"]), r.choice(["true", "false"]),
            self.string(r.choice(NAMES + IPS)), "h'" + r.choice(["010203", "6869", "", "ff"]) + "'",
            "b'" + r.choice(["AQID", "aGk=", "w6k=", "/w=="]) + "'", "t'" + timestamp(r.choice([0, 30, 99])) + "'",
        ])

    def values_at(self, objects, type_, path):
        """Python-side values of a simple path, to build matching literals."""
        found = []
        for obj in objects:
            if obj.get("type") != type_:
                continue
            value = obj
            for step in path:
                if isinstance(step, int):
                    value = value[step] if isinstance(value, list) and 0 <= step < len(value) else None
                else:
                    value = value.get(step) if isinstance(value, dict) else None
            if value is not None:
                found.append(value)
        return found

    def literal_for(self, value):
        r = self.rng
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return str(value) if r.random() < 0.8 else f"{value}.0"
        if isinstance(value, float):
            return repr(value)
        if isinstance(value, str):
            return self.string(value)
        return self.random_literal()

    # ----------------------------------------------------------- patterns
    PATHS = [
        (["name"], "name"), (["size"], "size"), (["ratio"], "ratio"), (["flag"], "flag"),
        (["hashes", "MD5"], "hashes.MD5"), (["hashes", "SHA-256"], "hashes.'SHA-256'"),
        (["payload_bin"], "payload_bin"), (["data_hex"], "data_hex"), (["seen"], "seen"),
        (["tags", 0], "tags[0]"), (None, "tags[*]"), (None, "tags[-1]"), (None, "nums[*]"),
        (["nested", "inner", "leaf"], "nested.inner.leaf"), (["nested", "inner", "n"], "nested.'inner'.n"),
        (None, "nested.list[0].k"), (None, "nested.list[*].k"), (["odd key"], "'odd key'"),
        (["value"], "value"), (["net"], "net"), (["nothing"], "nothing"), (None, "parent_ref.name"), (None, "parent_ref.size"),
        (None, "child_refs[*].size"), (None, "child_refs[0].name"), (None, "missing"), (["name"], "'name'"),
    ]

    def test(self, objects, type_):
        r = self.rng
        op = r.choice(["=", "!=", "<", "<=", ">", ">=", "IN", "LIKE", "MATCHES", "ISSUBSET", "ISSUPERSET",
                       "=", "=", "==", "<>"])
        steps, text = r.choice(self.PATHS)
        if op in ("ISSUBSET", "ISSUPERSET") and r.random() < 0.85:
            steps, text = r.choice([(["value"], "value"), (["net"], "net")]) if op == "ISSUBSET" else (["net"], "net")
        if op in ("LIKE", "MATCHES") and r.random() < 0.5:
            steps, text = r.choice([(["name"], "name"), (["payload_bin"], "payload_bin"), (["data_hex"], "data_hex")])
        path = f"{type_}:{text}"
        if r.random() < 0.04:
            return f"EXISTS {path}"
        values = self.values_at(objects, type_, steps) if steps else []
        value = r.choice(values) if values and r.random() < 0.8 else None
        neg = "NOT " if r.random() < 0.15 else ""
        return f"{path} {neg}{op} {self.operand(op, value)}"

    def operand(self, op, value):
        r = self.rng
        text = value if isinstance(value, str) else r.choice(NAMES + IPS)
        if op == "IN":
            items = [self.literal_for(value)] if value is not None else []
            items += [self.random_literal() if r.random() < 0.1 else self.literal_for(r.choice([1, 5, 2.25, "red", "alpha"]))
                      for _ in range(r.randint(0, 2))]
            r.shuffle(items)
            return "(" + ", ".join(items) + ")"
        if op == "LIKE":
            chars = list(text)
            for _ in range(r.randint(0, 2)):
                if chars:
                    chars[r.randrange(len(chars))] = r.choice(["%", "_"])
            return self.string("".join(chars) if r.random() < 0.9 else r.choice(["%", "_%", "%a%", "a\\_"]))
        if op == "MATCHES":
            return self.string(r.choice(["^" + text[:2], text[-2:] + "$", "l+", "a", "^[a-z]+$", ".*", "\\d",
                                         "(?P<x>a)(?P=x)?", "é", "\\w+", "^\\x01", "i\\b", "[^a]", "^$"]))
        if op in ("ISSUBSET", "ISSUPERSET"):
            return self.string(r.choice(CIDRS if op == "ISSUBSET" else IPS + CIDRS))
        if value is not None and r.random() < 0.85:
            return self.literal_for(value) if not (op in "<><=>=" and isinstance(value, bool)) else "1"
        literal = self.random_literal()
        if op not in ("=", "!=", "==", "<>") and literal in ("true", "false"):
            return "0"
        return literal

    def comparison(self, objects):
        r = self.rng
        present = sorted({o["type"] for o in objects if o["type"] != "observed-data"})
        type_ = r.choice(present) if r.random() < 0.9 else r.choice(TYPES + ["observed-data"])
        tests = [self.test(objects, type_) for _ in range(r.choice([1, 1, 1, 1, 2, 2, 3]))]
        if any(t.startswith("EXISTS") for t in tests):
            tests = [next(t for t in tests if t.startswith("EXISTS"))]
        text = tests[0]
        for t in tests[1:]:
            joined = f"{text} {r.choice(['AND', 'OR'])} {t}"
            text = f"({joined})" if r.random() < 0.2 else joined
        return f"[{text}]"

    def observation(self, objects, depth=0):
        r = self.rng
        if depth >= 2 or r.random() < 0.55:
            expr = self.comparison(objects)
        else:
            left = self.observation(objects, depth + 1)
            right = self.observation(objects, depth + 1)
            expr = f"{left} {r.choice(['AND', 'OR', 'FOLLOWEDBY'])} {right}"
            if r.random() < 0.6:
                expr = f"({expr})"
        roll = r.random()
        if roll < 0.12:
            expr += f" WITHIN {r.choice(['1', '5', '30', '0.5', '100', '4000'])} SECONDS"
        elif roll < 0.22:
            expr += f" REPEATS {r.choice([2, 2, 3])} TIMES"
        elif roll < 0.30:
            a, b = sorted(r.sample([0, 5, 10, 60, 3600, 3700], 2))
            if r.random() < 0.2:
                a, b = b, a
            expr += f" START t'{timestamp(a)}' STOP t'{timestamp(b)}'"
        return expr

    def mutate(self, pattern):
        r = self.rng
        i = r.randrange(len(pattern) + 1)
        kind = r.randrange(3)
        if kind == 0 and pattern:
            return pattern[:i] + pattern[i + 1:]
        if kind == 1:
            return pattern[:i] + pattern[i - 1:i] + pattern[i:]
        piece = r.choice([" AND ", "]", "(", "'", "NOT ", "=", "[*]", ".", "t'", "h'", "-", "/*x*/", " OR [", "\\"])
        return pattern[:i] + piece + pattern[i:]


def timing_case(rng):
    """Many observations of one SCO type, patterns deep in observation operators."""
    scos = [{"type": "e", "id": f"e--{i}", "k": i % 4} for i in range(6)]
    objects = []
    for i in range(rng.randint(2, 5)):
        start = rng.choice([0, 5, 10, 20, 30, 60])
        objects.append(_od(i, [rng.choice(scos)["id"]], start, start + rng.choice([0, 0, 5, 15]),
                           rng.choice([1, 1, 1, 2])))

    def expr(depth):
        if depth >= 3 or rng.random() < 0.4:
            text = f"[e:k = {rng.randint(0, 3)}]" if rng.random() < 0.8 else f"[e:k >= {rng.randint(0, 3)}]"
        else:
            text = f"({expr(depth + 1)} {rng.choice(['AND', 'OR', 'FOLLOWEDBY'])} {expr(depth + 1)})"
        roll = rng.random()
        if roll < 0.15:
            text += f" WITHIN {rng.choice([1, 5, 10, 30, 60])} SECONDS"
        elif roll < 0.3:
            text += f" REPEATS {rng.choice([2, 2, 3])} TIMES"
        elif roll < 0.38:
            a, b = sorted(rng.sample([0, 5, 10, 20, 30, 60, 90], 2))
            text += f" START t'{timestamp(a)}' STOP t'{timestamp(b)}'"
        return text

    return {"pattern": expr(0), "observed": objects + scos, "stix_version": "2.1", "tag": None}


def generate(seed=2116, count=6000):
    corpus = Corpus(seed)
    cases = []
    while len(cases) < count:
        observed = corpus.observations()
        for _ in range(4):
            pattern = corpus.observation(observed)
            if corpus.rng.random() < 0.12:
                pattern = corpus.mutate(pattern)
            cases.append({"pattern": pattern, "observed": observed, "stix_version": "2.1", "tag": None})
    cases += [timing_case(corpus.rng) for _ in range(count // 3)]
    return cases + edge_cases()


def _od(i, refs, first=0, last=0, n=1, **extra):
    obj = {"type": "observed-data", "id": f"observed-data--{i:08d}-0000-4000-8000-000000000000",
           "first_observed": timestamp(first), "last_observed": timestamp(last), "number_observed": n,
           "object_refs": refs}
    obj.update(extra)
    return obj


FIXED = [
    _od(0, ["ipv6-addr--1", "file--1"], 0, 10, 2),
    _od(1, ["file--2", "ipv4-addr--1"], 20, 20, 1),
    {"type": "ipv6-addr", "id": "ipv6-addr--1", "value": "2001:db8::1"},
    {"type": "ipv4-addr", "id": "ipv4-addr--1", "value": "10.0.0.1"},
    {"type": "file", "id": "file--1", "name": "a.exe", "size": 5, "contains_refs": ["file--2", "file--1"]},
    {"type": "file", "id": "file--2", "name": "b.dll", "size": 7, "parent_directory_ref": "file--1"},
]

EDGE_PATTERNS = [
    "[file:name = 'a.exe']", "[file:name == 'a.exe']", "[file:name <> 'a.exe']", "[ file : name = 'a.exe' ]",
    "/* c */ [file:name = 'a.exe'] // trailing", "[file:name = 'a.exe'] /* unterminated",
    "[file:name = 'a.exe'] and [file:size = 7]", "[file:name = 'a.exe'] AND [file:size = 7]",
    "[file:size = 5] FOLLOWEDBY [file:size = 7]", "[file:size = 7] FOLLOWEDBY [file:size = 5]",
    "([file:size = 5] OR [file:size = 9]) AND [file:size = 7] WITHIN 10 SECONDS",
    "[file:size = 5] REPEATS 2 TIMES", "[file:size = 5] REPEATS 3 TIMES", "[file:size > 0] REPEATS 3 TIMES",
    "[file:size = 5] REPEATS 0 TIMES", "[file:size = 5] WITHIN 0 SECONDS", "[file:size = 5] WITHIN .5 SECONDS",
    "[file:size = 5] START t'2020-01-01T00:00:00Z' STOP t'2020-01-01T00:00:00Z'",
    "[file:size = 5] START t'2020-01-01T00:00:10Z' STOP t'2020-01-01T00:01:00Z'",
    "[file:size = 7] START t'2019-01-01T00:00:00Z' STOP t'2020-01-01T00:00:20Z'",
    "[file:size = 7] START t'2020-01-01T00:00:20Z' STOP t'2020-01-01T00:00:21Z'",
    "[file:size = 5] START t'2020-02-30T00:00:00Z' STOP t'2020-03-01T00:00:00Z'",
    "[file:name = t'2020-01-01T00:00:60Z']", "[file:name IN (1, 'a')]", "[file:size IN (1, 2.5, 5)]",
    "[file:size IN (true, 7)]", "[file:size IN ()]", "[file:size NOT IN ()]", "[file:name MATCHES '(']",
    "[file:contains_refs[*].name = 'b.dll']", "[file:contains_refs[1].size = 5]", "[file:contains_refs[-1].size = 5]",
    "[file:parent_directory_ref.name LIKE '%.exe']", "[file:parent_directory_ref.contains_refs[0].size = 7]",
    "[file:'name' = 'a.exe']", "[file:name = 'a.exe' AND file:size = 7]", "[file:name = 'a.exe' OR file:size = 7]",
    "[file:name = 'a.exe'] OR [file:name = 'zzz'] FOLLOWEDBY [file:size = 7]",
    "[file:name = 'a.exe' AND (file:size = 5 OR file:size = 7)]", "[file:size > 4.5 AND file:size < +5.5]",
    "[x-unknown:prop = 1]", "[observed-data:number_observed = 2]", "[file:name = 'a.exe']]", "[file:name = 'a.exe'",
    "[file:name = 'a.exe'] WITHIN 5", "[file:name = 'a.exe'] REPEATS -1 TIMES", "[file:name = 'a.exe' AND]", "",
    "[file:name = 'a.exe'] AND", "[file:na-me = 1]", "[fi-le:name = 1]", "[file:name = 01]", "[file:size = -0]",
    "[file:name = 'it\\'s']", "[file:name = 'back\\\\slash']", "[file:name = 'bad\\escape']",
    "[file:size = h'05']", "[file:size = 5] FOLLOWEDBY [file:size = 5]", "[ipv4-addr:value ISSUBSET '10.0.0.0/0']",
    "[ipv4-addr:value ISSUBSET '10.0.0.0']", "[ipv4-addr:value ISSUPERSET '10.0.0.1']", "[file:name ISSUBSET '1.0.0.0/8']",
]

TAGGED = [
    ("[ipv6-addr:value ISSUBSET '2001:db8::/32']", "ipv6-extension"),
    ("[ipv6-addr:value ISSUBSET '2001:db9::/32']", "ipv6-extension"),
    ("[ipv6-addr:value NOT ISSUPERSET '2001:db8::1']", "ipv6-extension"),
    ("[EXISTS file:size AND file:name = 'a.exe']", "exists-combined"),
    ("[file:name = 'a.exe' AND EXISTS file:size]", "exists-combined"),
    ("[EXISTS file:size OR file:name = 'a.exe']", "exists-combined"),
    ("[file:name = 'zzz' OR EXISTS file:size]", None), ("[EXISTS file:size OR EXISTS file:nope]", None),
    ("[EXISTS file:nope]", None), ("[EXISTS file:contains_refs[*].name]", None),
]

EMBEDDED = [{
    "type": "observed-data", "id": "observed-data--e", "number_observed": 1,
    "first_observed": "2020-01-01T00:00:00Z", "last_observed": "2020-01-01T00:00:00Z",
    "objects": {"0": {"type": "file", "name": "x", "parent_directory_ref": "1"},
                "1": {"type": "directory", "path": "/tmp"}},
}]

BROKEN = [
    ([_od(0, ["file--1"]), {"type": "file", "id": "file--1", "data_hex": "zz"}], "[file:data_hex = h'00']"),
    ([_od(0, ["file--1"]), {"type": "file", "id": "file--1", "data_hex": "zz"}], "[file:name = 'x']"),
    ([_od(0, ["file--1"]), {"type": "file", "id": "file--1", "x_ref": 5}], "[file:x_ref.name = 'x']"),
    ([_od(0, ["file--1"]), {"type": "file", "id": "file--1", "x_refs": "file--1"}], "[file:x_refs[*].name = 'x']"),
    ([_od(0, ["file--1"]), {"type": "file", "id": "file--1", "when": "yesterday"}], "[file:when > t'2020-01-01T00:00:00Z']"),
    ([_od(0, ["file--1"]), {"type": "file", "id": "file--1", "ip": "1.2.3"}], "[file:ip ISSUBSET '1.0.0.0/8']"),
    ([_od(0, ["file--1"]), {"type": "file", "id": "file--1", "ip": "x"}], "[file:ip ISSUBSET '1.0.0.0/8']"),
    ([_od(0, ["file--1"]), {"type": "file", "id": "file--1", "b_bin": "AAA"}], "[file:b_bin = h'00']"),
    ([_od(0, ["file--1"]), {"type": "file", "id": "file--1", "b_bin": "A=A=A==="}], "[file:b_bin = h'00']"),
    ([_od(0, ["file--1"]), {"type": "file", "id": "file--1", "b_hex": "ff"}], "[file:b_hex LIKE '%']"),
    ([{"type": "observed-data", "id": "observed-data--1", "object_refs": []}], "[file:name = 'x']"),
    ([_od(0, ["file--1"], n=0), {"type": "file", "id": "file--1"}], "[file:name = 'x']"),
    ([_od(0, ["file--1"]), {"type": "file", "id": "file--1"}, {"type": "file", "name": "x"}], "[file:name = 'x']"),
    ([], "[file:name = 'x']"),
]

DIALECT_OBJECTS = [
    _od(0, ["x--1"]),
    {"type": "x", "id": "x--1", "s": "Foo-bar baz\n", "n": 5, "b_hex": "00ff41", "l": [[1, 2], [3]],
     "d": {"a b": {"c": 1}}},
]

# Regex dialect (Python re vs ICU), lexer corners, odd paths and spacing.
DIALECT_PATTERNS = [
    "[x:s MATCHES 'a{2}']",
    "[x:s MATCHES '(?i)foo']",
    "[x:s MATCHES 'o(?i)O']",
    "[x:s MATCHES '\\\\d+']",
    "[x:s MATCHES 'a|b']",
    "[x:s MATCHES '(?<=o)-']",
    "[x:s MATCHES '(?<!o)-']",
    "[x:s MATCHES '\\\\bbar']",
    "[x:s MATCHES '[\\\\w-]+$']",
    "[x:s MATCHES '\\\\Afoo']",
    "[x:s MATCHES '\\\\AFoo']",
    "[x:s MATCHES 'z\\\\Z']",
    "[x:s MATCHES 'z$']",
    "[x:s MATCHES '(?s)z.']",
    "[x:s MATCHES '(?x) F o o']",
    "[x:s MATCHES '\\\\p{L}']",
    "[x:s MATCHES 'o{,2}']",
    "[x:s MATCHES 'o{1,}']",
    "[x:s MATCHES 'x{']",
    "[x:s MATCHES '{1}']",
    "[x:s MATCHES 'o*+']",
    "[x:s MATCHES '(?>o+)b']",
    "[x:s MATCHES '(?#c)F']",
    "[x:s MATCHES '[[:alpha:]]']",
    "[x:s MATCHES '\\\\u0046']",
    "[x:s MATCHES '\\\\U00000046']",
    "[x:s MATCHES '\\\\N{LATIN CAPITAL LETTER F}']",
    "[x:s MATCHES '\\\\0']",
    "[x:s MATCHES '(a)\\\\1']",
    "[x:s MATCHES '\\\\8']",
    "[x:s MATCHES '[z-a]']",
    "[x:s MATCHES '*']",
    "[x:s MATCHES '(?P<n>o)(?P=n)']",
    "[x:s MATCHES '(?P<n>o)\\\\g<n>']",
    "[x:s MATCHES '\\\\-']",
    "[x:s MATCHES '\\\\ ']",
    "[x:s MATCHES '[\\\\d]']",
    "[x:s MATCHES '[^\\\\s]']",
    "[x:b_hex MATCHES '\\\\x00']",
    "[x:b_hex MATCHES '^\\\\x00\\\\xff']",
    "[x:b_hex MATCHES 'A$']",
    "[x:b_hex MATCHES '\\\\W']",
    "[x:b_hex LIKE '%A']",
    "[x:b_hex = '\\u0000ÿA']",
    "[x:b_hex > 'a']",
    "[x:b_hex < h'01']",
    '[x:l[0][1] = 2]',
    '[x:l[*][*] = 3]',
    "[x:d.'a b'.c = 1]",
    "[x:'d'.'a b'.'c' = 1]",
    '[x:n = 5]FOLLOWEDBY[x:n = 5]',
    '[x:n = 5] REPEATS 1 TIMES REPEATS 1 TIMES',
    "[x:n IN ('a',)]",
    '[x:n = +.5]',
    '[x:n > -.5]',
    '[x:n = 5.]',
    '[x:n=5]',
    '[x:n = 5 ] WITHIN 1.000 SECONDS',
    "[x:n = 5] START t'2020-01-01T00:00:00.000000000001Z' STOP t'2021-01-01T00:00:00Z'",
    '[x:n = 5]\xa0AND\u3000[x:n = 5]',
    "[x:s LIKE 'Foo%\\n']",
    "[x:s LIKE '%baz']",
    "[x:s = 'Foo-bar baz\\n']",
    "[x:s < 'G']",
    "[x:s ISSUBSET '1.0.0.0/8']",
    "[x:n ISSUBSET '1.0.0.0/8']",
    "[x:s NOT ISSUBSET 'x']",
]

_VALUE_OD = _od(0, ["x--1", "x--2"], 0, 10, 2)
VALUE_OBJECTS = [
    _VALUE_OD,
    {"type": "x", "id": "x--1", "big": 9007199254740993, "f": 1e300, "neg": -0.0, "t": "2020-1-1T0:0:0Z",
     "u": "\u00e9", "u2": "e\u0301", "emoji": "\U0001F600", "self_ref": _VALUE_OD["id"],
     "refs": ["x--2", "nope", "x--2"], "bools": [True, False], "null": None,
     "ts": "2020-01-01T00:00:00.1234567Z", "mixed": [1, "1", True]},
    {"type": "x", "id": "x--2", "name": "two", "back_ref": "x--1"},
]

# Python value semantics: big and mixed numbers, Booleans as numbers in IN,
# code-point strings, references (also to the observed-data itself), nulls.
VALUE_PATTERNS = [
    '[x:big = 9007199254740992]',
    '[x:big > 9007199254740992]',
    '[x:big = 9007199254740993]',
    '[x:f > 1000000000000000000000]',
    '[x:neg = 0]',
    '[x:neg = -0.0]',
    "[x:t = t'2020-01-01T00:00:00Z']",
    "[x:t IN (t'2020-01-01T00:00:00Z')]",
    "[x:ts = t'2020-01-01T00:00:00.123456Z']",
    "[x:ts > t'2020-01-01T00:00:00.123456Z']",
    "[x:u = 'é']",
    "[x:u2 = 'é']",
    "[x:u2 LIKE 'é']",
    "[x:u2 > 'e']",
    "[x:emoji > 'é']",
    "[x:emoji LIKE '_']",
    "[x:emoji MATCHES '^.$']",
    '[x:self_ref.number_observed = 2]',
    "[x:self_ref.type = 'observed-data']",
    "[x:refs[*].name = 'two']",
    "[x:refs[1].name = 'two']",
    "[x:refs[2].name = 'two']",
    '[x:refs[0].back_ref.big > 1]',
    '[x:bools[*] = true]',
    '[x:bools[*] IN (1)]',
    '[x:bools[1] IN (0.0)]',
    '[x:bools[0] > 0]',
    "[x:null = 'a']",
    "[x:null != 'a']",
    "[x:null NOT = 'a']",
    "[x:null IN ('a')]",
    "[x:null NOT IN ('a')]",
    "[x:mixed[*] = '1']",
    '[x:mixed[*] = 1]',
    '[x:mixed NOT = 1]',
    '[x:mixed[*] NOT = 1]',
    "[x:refs NOT IN ('a')]",
    "[x:name = 'two'] REPEATS 2 TIMES",
    "[x:name = 'two'] REPEATS 3 TIMES",
    "[x:name = 'two'] AND [x:big > 0]",
    "[x:name = 'two'] AND [x:big > 0] AND [x:u = 'é']",
    "[x:name = 'two' OR x:big > 0] REPEATS 2 TIMES",
    "[x:name = 'two' AND x:big > 0]",
    "[x:name LIKE 't%' OR x:u MATCHES 'é'] START t'2020-01-01T00:00:10Z' STOP t'2020-01-01T00:00:11Z'",
    "[x:name = 'two'] START t'2020-01-01T00:00:00Z' STOP t'2020-01-01T00:00:00.000001Z'",
    "[x:name = 'two'] WITHIN 0.000001 SECONDS",
    "[x:name = 'two'] FOLLOWEDBY [x:name = 'two'] WITHIN 1 SECONDS",
    "[x:name = 'two'] FOLLOWEDBY [x:name = 'two'] FOLLOWEDBY [x:name = 'two']",
]


def edge_cases():
    cases = [{"pattern": p, "observed": FIXED, "stix_version": "2.1", "tag": None} for p in EDGE_PATTERNS]
    cases += [{"pattern": p, "observed": FIXED, "stix_version": "2.1", "tag": t} for p, t in TAGGED]
    cases += [{"pattern": p, "observed": EMBEDDED, "stix_version": "2.0", "tag": None}
              for p in ["[file:name = 'x']", "[file:parent_directory_ref.path = '/tmp']", "[directory:path LIKE '/%']"]]
    cases += [{"pattern": p, "observed": o, "stix_version": "2.1", "tag": None} for o, p in BROKEN]
    cases += [{"pattern": p, "observed": DIALECT_OBJECTS, "stix_version": "2.1", "tag": None} for p in DIALECT_PATTERNS]
    cases += [{"pattern": p, "observed": VALUE_OBJECTS, "stix_version": "2.1", "tag": None} for p in VALUE_PATTERNS]
    return cases
