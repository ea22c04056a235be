#!/usr/bin/env python3
"""Deterministic corpus of STIX 2.1 objects for the differential validator test.

The corpus has realistic *valid* templates for every STIX 2.1 object type (all
SDOs, both SROs, every SCO, marking-definition in its TLP 1.0, TLP 2.0 and
statement forms, language-content, extension-definition, custom objects and
custom properties) and *mutations* of them that break exactly one rule of the
specification (a dropped required property, a wrong JSON type, a malformed id,
an impossible timestamp, a bad custom name, a reference to a disallowed type,
bad markings, extensions, hashes, kill chain phases, external references, ...).

Everything is produced from a seeded ``random.Random``: the same seed and count
always give the same objects, byte for byte. Standard library only, no network.

    python stix_corpus.py --out corpus.jsonl            # 1,600 objects, seed 2112
    python stix_corpus.py --out c.jsonl --seed 7 --count 3000 --labels labels.jsonl

``generate()`` returns the objects; ``generate_cases()`` returns them with a
label each: ``{"index", "type", "case", "expect", "obj"}`` where ``case`` is
``valid:<variant>`` or ``<mutation-name>`` and ``expect`` is what the STIX 2.1
specification says (``valid``/``invalid``), as judged by the corpus author.
``KNOWN_REFERENCE_GAPS`` lists the mutations on which stix2-validator 3.3.2 is
known to accept an object the specification forbids (or the reverse), with the
rule of the specification that decides it.
"""

from __future__ import annotations

import argparse
import base64
import copy
import json
import random
import sys
import uuid

DEFAULT_SEED = 2112
DEFAULT_COUNT = 1600
VALID_SHARE = 0.35

SCO_NAMESPACE = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")

TLP1 = {
    "white": "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
    "green": "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
    "amber": "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
    "red": "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed",
}
TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
TLP2 = {
    "clear": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "green": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "amber": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "amber+strict": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "red": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
FIRST_IDENTITY = "identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01"

SDO_TYPES = [
    "attack-pattern", "campaign", "course-of-action", "grouping", "identity",
    "incident", "indicator", "infrastructure", "intrusion-set", "location",
    "malware", "malware-analysis", "note", "observed-data", "opinion", "report",
    "threat-actor", "tool", "vulnerability",
]
SRO_TYPES = ["relationship", "sighting"]
SCO_TYPES = [
    "artifact", "autonomous-system", "directory", "domain-name", "email-addr",
    "email-message", "file", "ipv4-addr", "ipv6-addr", "mac-addr", "mutex",
    "network-traffic", "process", "software", "url", "user-account",
    "windows-registry-key", "x509-certificate",
]
META_TYPES = ["marking-definition", "language-content", "extension-definition"]
CUSTOM_TYPES = ["x-acme-widget", "x-acme-sensor"]

# Mutations on which stix2-validator 3.3.2 disagrees with the STIX 2.1
# specification. They are emitted at most once each, so together they stay well
# under 1% of the corpus, and the differential test prints the explanation.
KNOWN_REFERENCE_GAPS = {
    "custom_prop_uppercase_inner": (
        "STIX 2.1 §3.1 (Property Names): property names MUST contain only a-z, "
        "0-9 and underscore. stix2-validator's properties.json pattern "
        "'^([a-z][a-z0-9_]{2,249})|id$' is not anchored at the end, so "
        "'x_acme_Score' passes. Concord (invalid) is right."),
    "custom_prop_hyphen_inner": (
        "STIX 2.1 §3.1: property names MUST contain only a-z, 0-9 and "
        "underscore; same unanchored pattern lets 'x_acme-score' through. "
        "Concord (invalid) is right."),
    "custom_prop_too_long": (
        "STIX 2.1 §3.1: property names MUST have a maximum length of 250; the "
        "unanchored pattern accepts any length. Concord (invalid) is right."),
    "created_by_ref_not_identity": (
        "STIX 2.1 §3.2 (created_by_ref): 'The object referenced MUST be an "
        "Identity object'; core.json only checks identifier syntax. "
        "Concord (invalid) is right."),
    "object_marking_ref_not_marking": (
        "STIX 2.1 §3.2/§7.2.2: object_marking_refs is a list of identifiers "
        "of type marking-definition; core.json only checks identifier syntax "
        "on SDOs/SROs. Concord (invalid) is right."),
    "extension_definition_no_created_by_ref": (
        "STIX 2.1 §7.3: created_by_ref is Required on extension-definition; "
        "the reference's extension-definition.json does not require it. "
        "Concord (invalid) is right."),
    "granular_marking_lang_only": (
        "STIX 2.1 §7.2.3: a granular marking has either marking_ref or lang "
        "(exactly one); lang-only is valid, but granular-marking.json "
        "requires marking_ref. Concord (valid) is right."),
    "granular_marking_ref_and_lang": (
        "STIX 2.1 §7.2.3: if marking_ref is present lang MUST NOT be present; "
        "granular-marking.json does not forbid both. Concord (invalid) is right."),
    "sco_ref_wrong_type": (
        "STIX 2.1 §6.12 (network-traffic src_ref): MUST be ipv4-addr, "
        "ipv6-addr, mac-addr or domain-name; the reference checks *_ref "
        "targets only inside observed-data 'objects', not on a standalone "
        "SCO. Concord (invalid) is right."),
    "custom_id_type_mismatch": (
        "STIX 2.1 §2.9 (Identifier): the object-type part of an id MUST be "
        "the exact value of the object's type; the reference only checks "
        "this through per-type schemas, which custom types do not have. "
        "Concord (invalid) is right."),
}


def _det_uuid4(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sco_id(type_: str, contributing: dict) -> str:
    text = json.dumps(contributing, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return f"{type_}--{uuid.uuid5(SCO_NAMESPACE, text)}"


class Gen:
    """Random helpers bound to one seeded ``random.Random``."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.identity = "identity--" + _det_uuid4(rng)

    def chance(self, p: float = 0.5) -> bool:
        return self.rng.random() < p

    def pick(self, seq):
        return self.rng.choice(list(seq))

    def sample(self, seq, lo=1, hi=3):
        seq = list(seq)
        return self.rng.sample(seq, self.rng.randint(lo, min(hi, len(seq))))

    def id(self, type_: str) -> str:
        return f"{type_}--{_det_uuid4(self.rng)}"

    def ts(self, lo_year=2015, hi_year=2023, millis=True) -> str:
        r = self.rng
        s = "%04d-%02d-%02dT%02d:%02d:%02d" % (
            r.randint(lo_year, hi_year), r.randint(1, 12), r.randint(1, 28),
            r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        if millis:
            s += ".%03d" % r.randint(0, 999)
        return s + "Z"

    def later(self, ts: str, millis=True) -> str:
        """A timestamp 0..3 years after ``ts`` (same precision rules)."""
        year = int(ts[:4]) + self.rng.randint(1, 3)
        s = "%04d%s" % (year, ts[4:19])
        if millis:
            s += ".%03d" % self.rng.randint(0, 999)
        return s + "Z"

    def hex(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def word(self) -> str:
        return self.pick(WORDS)

    def words(self, n=3) -> str:
        return " ".join(self.pick(WORDS) for _ in range(n))

    def ipv4(self) -> str:
        r = self.rng
        return "%d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def domain(self) -> str:
        return "%s-%s.%s" % (self.word(), self.word(), self.pick(["com", "net", "org", "example"]))

    def kill_chain(self):
        return [{"kill_chain_name": "mitre-attack", "phase_name": self.pick(
            ["initial-access", "execution", "persistence", "exfiltration", "command-and-control"])}
            for _ in range(self.rng.randint(1, 2))]

    def ext_refs(self):
        choices = [
            lambda: {"source_name": "capec", "external_id": "CAPEC-%d" % self.rng.randint(1, 700)},
            lambda: {"source_name": "cve", "external_id": "CVE-%d-%04d" % (self.rng.randint(2000, 2023), self.rng.randint(1, 9999))},
            lambda: {"source_name": "acme-wiki", "url": "https://wiki.acme.example/%s" % self.word(),
                     "hashes": {"SHA-256": self.hex(64)}},
            lambda: {"source_name": "vendor-report", "description": self.words(5)},
            lambda: {"source_name": "mitre-attack", "external_id": "T%04d" % self.rng.randint(1000, 1600),
                     "url": "https://attack.mitre.org/techniques/T%04d/" % self.rng.randint(1000, 1600)},
        ]
        return [self.pick(choices)() for _ in range(self.rng.randint(1, 2))]

    def hashes(self):
        h = {}
        for alg in self.sample(["MD5", "SHA-1", "SHA-256", "SHA-512", "SHA3-256"], 1, 3):
            h[alg] = self.hex({"MD5": 32, "SHA-1": 40, "SHA-256": 64, "SHA-512": 128, "SHA3-256": 64}[alg])
        return h


WORDS = [
    "alpha", "bravo", "cobalt", "delta", "ember", "falcon", "granite", "harbor",
    "indigo", "jasper", "kestrel", "lantern", "meridian", "nimbus", "onyx",
    "pylon", "quartz", "raven", "sable", "tundra", "umbra", "vortex", "willow",
    "xenon", "yonder", "zephyr",
]


# --------------------------------------------------------------------------
# Templates. Each returns one valid object; optional properties vary at random.
# --------------------------------------------------------------------------

def _sdo(g: Gen, type_: str, **props) -> dict:
    created = g.ts()
    obj = {"type": type_, "spec_version": "2.1", "id": g.id(type_),
           "created": created, "modified": g.later(created) if g.chance(0.6) else created}
    if g.chance(0.5):
        obj["created_by_ref"] = g.identity
    obj.update(props)
    if g.chance(0.3):
        obj["labels"] = g.sample(["finance", "apt", "phishing", "internal"], 1, 2)
    if g.chance(0.3):
        obj["confidence"] = g.rng.randint(0, 100)
    if g.chance(0.2):
        obj["lang"] = g.pick(["en", "de", "fr", "ja", "es"])
    if g.chance(0.3):
        obj["external_references"] = g.ext_refs()
    if g.chance(0.4):
        obj["object_marking_refs"] = [g.pick(list(TLP1.values()) + list(TLP2.values()))]
    if g.chance(0.1):
        obj["revoked"] = False
    if g.chance(0.15):
        obj["x_acme_priority"] = g.rng.randint(1, 5)
    if g.chance(0.2):
        _add_granular(g, obj)
    return obj


def _add_granular(g: Gen, obj: dict):
    candidates = [k for k in ("description", "name", "pattern", "content", "explanation") if k in obj]
    if "external_references" in obj:
        candidates.append("external_references.[0].source_name")
    if not candidates:
        return
    obj["granular_markings"] = [{"marking_ref": g.pick(TLP1.values()), "selectors": g.sample(candidates, 1, 2)}]


def t_attack_pattern(g):
    o = _sdo(g, "attack-pattern", name="Spearphishing " + g.word().title())
    if g.chance():
        o["description"] = g.words(8)
    if g.chance():
        o["aliases"] = [g.word()]
    if g.chance():
        o["kill_chain_phases"] = g.kill_chain()
    return o


def t_campaign(g):
    o = _sdo(g, "campaign", name="Operation " + g.word().title())
    if g.chance():
        o["first_seen"] = g.ts()
        o["last_seen"] = g.later(o["first_seen"])
    if g.chance():
        o["aliases"] = [g.word().title()]
    if g.chance():
        o["objective"] = g.words(4)
    return o


def t_course_of_action(g):
    o = _sdo(g, "course-of-action", name="Block " + g.domain())
    if g.chance():
        o["description"] = g.words(10)
    return o


def t_grouping(g):
    o = _sdo(g, "grouping", context=g.pick(["suspicious-activity", "malware-analysis", "unspecified"]),
             object_refs=[g.id("indicator"), g.id("malware")])
    if g.chance():
        o["name"] = "Cluster " + g.word()
    return o


def t_identity(g):
    o = _sdo(g, "identity", name="ACME " + g.word().title())
    if g.chance(0.7):
        o["identity_class"] = g.pick(["individual", "group", "system", "organization", "class", "unknown"])
    if g.chance():
        o["sectors"] = g.sample(["financial-services", "technology", "government", "energy"], 1, 2)
    if g.chance():
        o["roles"] = ["analyst"]
    if g.chance():
        o["contact_information"] = "soc@%s" % g.domain()
    return o


def t_incident(g):
    o = _sdo(g, "incident", name="Incident %d" % g.rng.randint(100, 999))
    if g.chance():
        o["description"] = g.words(6)
    return o


STIX_PATTERNS = [
    "[ipv4-addr:value = '{ip}']",
    "[domain-name:value = '{dom}']",
    "[file:hashes.'SHA-256' = '{h64}']",
    "[file:hashes.MD5 = '{h32}'] OR [file:name = 'evil.exe']",
    "[url:value = 'http://{dom}/a.php'] AND [ipv4-addr:value = '{ip}']",
    "[network-traffic:dst_port = 443 AND network-traffic:dst_ref.value = '{ip}']",
]


def t_indicator(g):
    kind = g.rng.random()
    if kind < 0.75:
        pattern = g.pick(STIX_PATTERNS).format(ip=g.ipv4(), dom=g.domain(), h64=g.hex(64), h32=g.hex(32))
        ptype = "stix"
    elif kind < 0.9:
        pattern = "rule %s { strings: $a = \"%s\" condition: $a }" % (g.word(), g.word())
        ptype = "yara"
    else:
        pattern = "alert tcp any any -> %s 443 (msg:\"%s\";)" % (g.ipv4(), g.word())
        ptype = "snort"
    o = _sdo(g, "indicator", pattern=pattern, pattern_type=ptype, valid_from=g.ts())
    if g.chance():
        o["valid_until"] = g.later(o["valid_from"])
    if g.chance():
        o["name"] = "Indicator " + g.word()
    if g.chance():
        o["indicator_types"] = [g.pick(["malicious-activity", "anomalous-activity", "compromised"])]
    if g.chance(0.3):
        o["kill_chain_phases"] = g.kill_chain()
    if ptype == "stix" and g.chance(0.3):
        o["pattern_version"] = "2.1"
    return o


def t_infrastructure(g):
    o = _sdo(g, "infrastructure", name="C2 " + g.domain())
    if g.chance():
        o["infrastructure_types"] = [g.pick(["command-and-control", "botnet", "phishing"])]
    if g.chance():
        o["first_seen"] = g.ts()
        o["last_seen"] = g.later(o["first_seen"])
    if g.chance(0.3):
        o["kill_chain_phases"] = g.kill_chain()
    return o


def t_intrusion_set(g):
    o = _sdo(g, "intrusion-set", name=g.word().title() + " Bear")
    if g.chance():
        o["aliases"] = [g.word().title() + " Panda"]
    if g.chance():
        o["goals"] = ["steal credentials"]
    if g.chance():
        o["resource_level"] = g.pick(["team", "organization", "government"])
        o["primary_motivation"] = g.pick(["ideology", "organizational-gain"])
    if g.chance():
        o["first_seen"] = g.ts()
    return o


def t_location(g):
    o = _sdo(g, "location")
    variant = g.rng.randint(0, 2)
    if variant == 0:
        o["latitude"] = round(g.rng.uniform(-90, 90), 4)
        o["longitude"] = round(g.rng.uniform(-180, 180), 4)
        if g.chance():
            o["precision"] = 1000.0
    elif variant == 1:
        o["region"] = g.pick(["europe", "south-america", "eastern-asia", "northern-africa"])
    else:
        o["country"] = g.pick(["DE", "US", "FR", "JP", "BR"])
        if g.chance():
            o["city"] = g.word().title()
    if g.chance():
        o["name"] = "Site " + g.word()
    return o


def t_malware(g):
    fam = g.chance()
    o = _sdo(g, "malware", is_family=fam)
    if fam or g.chance():
        o["name"] = g.word().title() + "Loader"
    if g.chance():
        o["malware_types"] = g.sample(["ransomware", "trojan", "backdoor", "dropper"], 1, 2)
    if g.chance():
        o["first_seen"] = g.ts()
        o["last_seen"] = g.later(o["first_seen"])
    if g.chance(0.3):
        o["operating_system_refs"] = [g.id("software")]
    if g.chance(0.3):
        o["implementation_languages"] = ["c++"]
    if g.chance(0.3):
        o["kill_chain_phases"] = g.kill_chain()
    return o


def t_malware_analysis(g):
    o = _sdo(g, "malware-analysis", product=g.pick(["acme-av", "sandbox-x"]))
    if g.chance():
        o["result"] = g.pick(["malicious", "suspicious", "benign", "unknown"])
        if g.chance():
            o["analysis_sco_refs"] = [g.id("file")]
    else:
        o["analysis_sco_refs"] = [g.id("file"), g.id("domain-name")]
    if g.chance():
        o["host_vm_ref"] = g.id("software")
    if g.chance():
        o["sample_ref"] = g.id(g.pick(["file", "artifact", "network-traffic"]))
    if g.chance():
        o["submitted"] = g.ts()
    return o


def t_note(g):
    o = _sdo(g, "note", content=g.words(12), object_refs=[g.id("campaign")])
    if g.chance():
        o["abstract"] = g.words(3)
    if g.chance():
        o["authors"] = ["J. Doe"]
    return o


def t_observed_data(g):
    first = g.ts()
    o = _sdo(g, "observed-data", first_observed=first, last_observed=g.later(first),
             number_observed=g.rng.randint(1, 500))
    if g.chance(0.7):
        o["object_refs"] = [g.id("ipv4-addr"), g.id("domain-name")]
    else:
        ip, dom = g.ipv4(), g.domain()
        o["objects"] = {
            "0": {"type": "ipv4-addr", "id": _sco_id("ipv4-addr", {"value": ip}), "value": ip},
            "1": {"type": "domain-name", "id": _sco_id("domain-name", {"value": dom}), "value": dom, "resolves_to_refs": ["0"]},
            "2": {"type": "network-traffic", "id": g.id("network-traffic"), "src_ref": "0", "dst_port": 443, "protocols": ["tcp"]},
        }
    return o


def t_opinion(g):
    o = _sdo(g, "opinion", opinion=g.pick(["strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"]),
             object_refs=[g.id("report")])
    if g.chance():
        o["explanation"] = g.words(6)
    return o


def t_report(g):
    o = _sdo(g, "report", name="Threat report " + g.word(), published=g.ts(),
             object_refs=[g.id("indicator"), g.id("campaign"), g.id("relationship")])
    if g.chance():
        o["report_types"] = ["threat-report"]
    if g.chance():
        o["description"] = g.words(9)
    return o


def t_threat_actor(g):
    o = _sdo(g, "threat-actor", name=g.word().title() + " Spider")
    if g.chance():
        o["threat_actor_types"] = [g.pick(["crime-syndicate", "nation-state", "hacker"])]
    if g.chance():
        o["sophistication"] = g.pick(["advanced", "expert"])
    if g.chance():
        o["roles"] = ["agent"]
    if g.chance():
        o["first_seen"] = g.ts()
        o["last_seen"] = g.later(o["first_seen"])
    return o


def t_tool(g):
    o = _sdo(g, "tool", name=g.pick(["mimikatz", "psexec", "cobalt strike", "nmap"]))
    if g.chance():
        o["tool_types"] = [g.pick(["credential-exploitation", "remote-access", "information-gathering"])]
    if g.chance():
        o["tool_version"] = "%d.%d" % (g.rng.randint(1, 5), g.rng.randint(0, 9))
    if g.chance(0.3):
        o["kill_chain_phases"] = g.kill_chain()
    return o


def t_vulnerability(g):
    cve = "CVE-%d-%04d" % (g.rng.randint(2010, 2023), g.rng.randint(1, 9999))
    o = _sdo(g, "vulnerability", name=cve)
    if g.chance(0.7):
        o["external_references"] = [{"source_name": "cve", "external_id": cve}]
    return o


def t_relationship(g):
    o = _sdo(g, "relationship", relationship_type=g.pick(["uses", "indicates", "targets", "attributed-to", "related-to"]),
             source_ref=g.id(g.pick(["indicator", "campaign", "threat-actor", "malware"])),
             target_ref=g.id(g.pick(["malware", "identity", "attack-pattern", "ipv4-addr"])))
    if g.chance():
        o["start_time"] = g.ts()
        o["stop_time"] = g.later(o["start_time"])
    return o


def t_sighting(g):
    o = _sdo(g, "sighting", sighting_of_ref=g.id(g.pick(["indicator", "malware", "campaign"])))
    if g.chance():
        o["count"] = g.rng.randint(1, 1000)
    if g.chance():
        o["first_seen"] = g.ts()
        o["last_seen"] = g.later(o["first_seen"])
    if g.chance():
        o["observed_data_refs"] = [g.id("observed-data")]
    if g.chance():
        o["where_sighted_refs"] = [g.id(g.pick(["identity", "location"]))]
    if g.chance(0.3):
        o["summary"] = False
    return o


# ---- SCOs ----

def _sco(g: Gen, type_: str, props: dict, contributing=(), uuid4=False) -> dict:
    contrib = {k: props[k] for k in contributing if k in props}
    oid = f"{type_}--{_det_uuid4(g.rng)}" if uuid4 or not contrib else _sco_id(type_, contrib)
    obj = {"type": type_, "id": oid}
    if g.chance(0.4):
        obj["spec_version"] = "2.1"
    obj.update(props)
    if g.chance(0.15):
        obj["object_marking_refs"] = [g.pick(TLP1.values())]
    if g.chance(0.1):
        obj["defanged"] = g.chance()
    return obj


def t_artifact(g):
    if g.chance():
        props = {"mime_type": g.pick(["application/zip", "image/png", "application/pdf"]),
                 "payload_bin": base64.b64encode(bytes(g.rng.getrandbits(8) for _ in range(g.rng.randint(4, 40)))).decode("ascii")}
    else:
        props = {"url": "https://files.%s/sample.bin" % g.domain(), "hashes": {"SHA-256": g.hex(64)}}
    if g.chance(0.3):
        props["encryption_algorithm"] = g.pick(["AES-256-GCM", "ChaCha20-Poly1305", "mime-type-indicated"])
        if g.chance():
            props["decryption_key"] = "infected"
    return _sco(g, "artifact", props, ["hashes", "payload_bin"])


def t_autonomous_system(g):
    props = {"number": g.rng.randint(1, 65000)}
    if g.chance():
        props["name"] = "AS-" + g.word().upper()
    if g.chance():
        props["rir"] = g.pick(["RIPE", "ARIN", "APNIC"])
    return _sco(g, "autonomous-system", props, ["number"])


def t_directory(g):
    props = {"path": "C:\\Users\\%s\\AppData" % g.word()}
    if g.chance():
        props["ctime"] = g.ts()
    if g.chance(0.3):
        props["path_enc"] = "UTF-8"
    if g.chance(0.3):
        props["contains_refs"] = [g.id("file")]
    return _sco(g, "directory", props, ["path"])


def t_domain_name(g):
    props = {"value": g.domain()}
    if g.chance(0.4):
        props["resolves_to_refs"] = [g.id("ipv4-addr")]
    return _sco(g, "domain-name", props, ["value"])


def t_email_addr(g):
    props = {"value": "%s@%s" % (g.word(), g.domain())}
    if g.chance():
        props["display_name"] = g.word().title() + " " + g.word().title()
    if g.chance(0.3):
        props["belongs_to_ref"] = g.id("user-account")
    return _sco(g, "email-addr", props, ["value"])


def t_email_message(g):
    multipart = g.chance(0.4)
    props = {"is_multipart": multipart}
    if g.chance(0.8):
        props["from_ref"] = g.id("email-addr")
    if g.chance():
        props["to_refs"] = [g.id("email-addr")]
    props["subject"] = "Invoice " + g.word()
    if g.chance():
        props["date"] = g.ts()
    if multipart:
        props["body_multipart"] = [
            {"content_type": "text/plain; charset=utf-8", "body": g.words(6)},
            {"content_type": "application/zip", "content_disposition": "attachment; filename=\"a.zip\"",
             "body_raw_ref": g.id("artifact")},
        ]
    elif g.chance():
        props["body"] = g.words(10)
    if g.chance(0.3):
        props["additional_header_fields"] = {"X-Mailer": "Mutt"}
    return _sco(g, "email-message", props, ["from_ref", "subject", "body"])


def t_file(g):
    props = {}
    if g.chance(0.8):
        props["name"] = g.word() + g.pick([".exe", ".dll", ".pdf", ".docx"])
    if g.chance(0.7) or not props:
        props["hashes"] = g.hashes()
    if g.chance():
        props["size"] = g.rng.randint(0, 10 ** 7)
    if g.chance(0.3):
        props["mime_type"] = "application/x-dosexec"
    if g.chance(0.3):
        props["parent_directory_ref"] = g.id("directory")
    if g.chance(0.2):
        props["magic_number_hex"] = "4D5A"
    if g.chance(0.2):
        props["mtime"] = g.ts()
    ext = g.rng.randint(0, 9)
    if ext == 0:
        props["extensions"] = {"ntfs-ext": {"sid": "S-1-5-21-%d" % g.rng.randint(1, 99999),
                                            "alternate_data_streams": [{"name": "second.stream", "size": 25536}]}}
    elif ext == 1:
        props["extensions"] = {"raster-image-ext": {"image_height": 768, "image_width": 1024, "bits_per_pixel": 72,
                                                    "exif_tags": {"Make": "Nikon", "XResolution": 4928}}}
    elif ext == 2:
        props["extensions"] = {"pdf-ext": {"version": "1.7", "is_optimized": False,
                                           "document_info_dict": {"Title": "Sample", "Author": "Adobe"}}}
    elif ext == 3:
        props["extensions"] = {"archive-ext": {"contains_refs": [g.id("file"), g.id("file")], "comment": "zip"}}
    elif ext == 4:
        props["extensions"] = {"windows-pebinary-ext": {
            "pe_type": "exe", "machine_hex": "014c", "number_of_sections": 4,
            "time_date_stamp": "2016-01-22T12:31:12Z", "size_of_optional_header": 224,
            "optional_header": {"magic_hex": "010b", "size_of_code": 4096, "address_of_entry_point": 4096},
            "sections": [{"name": ".text", "size": 4096, "entropy": 6.2, "hashes": {"SHA-256": g.hex(64)}}]}}
    elif ext == 5:
        props["extensions"] = {"extension-definition--a932fcc6-e032-476c-826f-cb970a5a1ade": {
            "extension_type": "property-extension", "rank": 5}}
    return _sco(g, "file", props, ["hashes", "name", "extensions", "parent_directory_ref"])


def t_ipv4_addr(g):
    props = {"value": g.ipv4() + (g.pick(["", "/24", "/32"]) if g.chance(0.3) else "")}
    if g.chance(0.3):
        props["resolves_to_refs"] = [g.id("mac-addr")]
    if g.chance(0.3):
        props["belongs_to_refs"] = [g.id("autonomous-system")]
    return _sco(g, "ipv4-addr", props, ["value"])


def t_ipv6_addr(g):
    props = {"value": g.pick(["2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:db8::ff00:42:8329",
                              "fe80::1", "::1", "2001:db8::/32"])}
    return _sco(g, "ipv6-addr", props, ["value"])


def t_mac_addr(g):
    props = {"value": ":".join(g.hex(2) for _ in range(6))}
    return _sco(g, "mac-addr", props, ["value"])


def t_mutex(g):
    return _sco(g, "mutex", {"name": "Global\\%s_%d" % (g.word(), g.rng.randint(1, 9999))}, ["name"])


def t_network_traffic(g):
    props = {"protocols": g.pick([["ipv4", "tcp"], ["ipv4", "udp", "dns"], ["tcp", "http"], ["ipv6", "tcp", "ssl"]])}
    if g.chance(0.8):
        props["src_ref"] = g.id("ipv4-addr")
    if g.chance(0.6) or "src_ref" not in props:
        props["dst_ref"] = g.id(g.pick(["ipv4-addr", "domain-name"]))
    if g.chance():
        props["src_port"] = g.rng.randint(1024, 65535)
        props["dst_port"] = g.pick([80, 443, 53, 8080])
    if g.chance():
        props["start"] = g.ts()
        if g.chance():
            props["end"] = g.later(props["start"])
            props["is_active"] = False
        elif g.chance():
            props["is_active"] = True
    if g.chance(0.3):
        props["src_byte_count"] = g.rng.randint(0, 100000)
    ext = g.rng.randint(0, 6)
    if ext == 0:
        props["extensions"] = {"http-request-ext": {"request_method": "get", "request_value": "/download.html",
                                                    "request_version": "http/1.1",
                                                    "request_header": {"Accept-Encoding": ["gzip,deflate"], "Host": ["www.example.com"]}}}
    elif ext == 1:
        props["extensions"] = {"socket-ext": {"address_family": "AF_INET", "socket_type": "SOCK_STREAM",
                                              "is_listening": True, "options": {"SO_REUSEADDR": 1}}}
    elif ext == 2:
        props["extensions"] = {"tcp-ext": {"src_flags_hex": "00000002"}}
    elif ext == 3:
        props["extensions"] = {"icmp-ext": {"icmp_type_hex": "08", "icmp_code_hex": "00"}}
    return _sco(g, "network-traffic", props, ["start", "end", "src_ref", "dst_ref", "src_port", "dst_port", "protocols", "extensions"])


def t_process(g):
    props = {}
    if g.chance(0.8):
        props["pid"] = g.rng.randint(1, 65535)
    if g.chance() or not props:
        props["command_line"] = "C:\\Windows\\System32\\%s.exe -k %s" % (g.word(), g.word())
    if g.chance(0.3):
        props["cwd"] = "C:\\Windows\\System32"
    if g.chance(0.3):
        props["created_time"] = g.ts()
    if g.chance(0.3):
        props["image_ref"] = g.id("file")
    if g.chance(0.2):
        props["environment_variables"] = {"PATH": "C:\\Windows"}
    ext = g.rng.randint(0, 5)
    if ext == 0:
        props["extensions"] = {"windows-process-ext": {"aslr_enabled": True, "dep_enabled": True, "priority": "HIGH_PRIORITY_CLASS",
                                                       "owner_sid": "S-1-5-21-186985262", "integrity_level": "high"}}
    elif ext == 1:
        props["extensions"] = {"windows-service-ext": {"service_name": "sirvizio", "display_name": "Sirvizio",
                                                       "start_type": "SERVICE_AUTO_START", "service_type": "SERVICE_WIN32_OWN_PROCESS",
                                                       "service_status": "SERVICE_RUNNING"}}
    return _sco(g, "process", props, uuid4=True)


def t_software(g):
    props = {"name": g.pick(["Word", "Acrobat Reader", "Firefox", "OpenSSL"])}
    if g.chance():
        props["vendor"] = g.pick(["Microsoft", "Adobe", "Mozilla"])
    if g.chance():
        props["version"] = "%d.%d" % (g.rng.randint(1, 20), g.rng.randint(0, 9))
    if g.chance(0.4):
        props["cpe"] = "cpe:2.3:a:microsoft:word:2000:*:*:*:*:*:*:*"
    if g.chance(0.3):
        props["languages"] = g.sample(["en", "de", "fr"], 1, 2)
    return _sco(g, "software", props, ["name", "cpe", "swid", "vendor", "version"])


def t_url(g):
    return _sco(g, "url", {"value": "https://%s/%s/index.php?id=%d" % (g.domain(), g.word(), g.rng.randint(1, 99))}, ["value"])


def t_user_account(g):
    props = {"user_id": str(g.rng.randint(1000, 9999))}
    if g.chance():
        props["account_login"] = g.word()
    if g.chance():
        props["account_type"] = g.pick(["unix", "windows-local", "ldap"])
    if g.chance(0.3):
        props["is_privileged"] = g.chance()
    if g.chance(0.3):
        props["account_created"] = g.ts()
    if g.chance(0.3):
        props["extensions"] = {"unix-account-ext": {"gid": 1001, "groups": ["wheel"], "home_dir": "/home/x", "shell": "/bin/bash"}}
    return _sco(g, "user-account", props, ["account_type", "user_id", "account_login"])


def t_windows_registry_key(g):
    props = {"key": "HKEY_LOCAL_MACHINE\\System\\Foo\\%s" % g.word().title()}
    if g.chance():
        props["values"] = [{"name": "Foo", "data": "qwerty", "data_type": g.pick(["REG_SZ", "REG_DWORD", "REG_BINARY"])}]
    if g.chance(0.3):
        props["modified_time"] = g.ts()
    if g.chance(0.3):
        props["number_of_subkeys"] = g.rng.randint(0, 20)
    return _sco(g, "windows-registry-key", props, ["key", "values"])


def t_x509_certificate(g):
    props = {"issuer": "C=ZA, ST=Western Cape, L=Cape Town, O=Thawte Consulting cc",
             "subject": "C=US, O=%s, CN=www.%s" % (g.word().title(), g.domain())}
    if g.chance():
        props["serial_number"] = ":".join(g.hex(2) for _ in range(8))
    if g.chance():
        props["validity_not_before"] = g.ts()
        props["validity_not_after"] = g.later(props["validity_not_before"])
    if g.chance(0.4):
        props["hashes"] = {"SHA-256": g.hex(64)}
    if g.chance(0.3):
        props["x509_v3_extensions"] = {"basic_constraints": "critical,CA:TRUE, pathlen:0",
                                       "key_usage": "digitalSignature"}
    if g.chance(0.3):
        props["is_self_signed"] = False
    return _sco(g, "x509-certificate", props, ["hashes", "serial_number"])


# ---- marking-definition, language-content, extension-definition, custom ----

def t_marking_definition(g):
    kind = g.rng.randint(0, 2)
    if kind == 0:
        color = g.pick(TLP1)
        return {"type": "marking-definition", "spec_version": "2.1", "id": TLP1[color],
                "created": "2017-01-20T00:00:00.000Z", "definition_type": "tlp",
                "name": "TLP:" + color.upper(), "definition": {"tlp": color}}
    if kind == 1:
        color = g.pick(TLP2)
        return {"type": "marking-definition", "spec_version": "2.1", "id": TLP2[color],
                "created_by_ref": FIRST_IDENTITY, "created": "2022-10-01T00:00:00.000Z",
                "name": "TLP:" + color.upper(),
                "extensions": {TLP2_EXTENSION: {"extension_type": "property-extension", "tlp_2_0": color}}}
    o = {"type": "marking-definition", "spec_version": "2.1", "id": g.id("marking-definition"),
         "created": g.ts(), "definition_type": "statement",
         "definition": {"statement": "Copyright %d ACME %s Inc." % (g.rng.randint(2010, 2023), g.word().title())}}
    if g.chance():
        o["created_by_ref"] = g.identity
    if g.chance(0.3):
        o["name"] = "ACME copyright"
    return o


def t_language_content(g):
    o = _sdo(g, "language-content", object_ref=g.id(g.pick(["campaign", "indicator", "report"])),
             contents={"de": {"name": "Bank Angriff " + g.word(), "description": "Weitere Informationen"},
                       "fr": {"name": "Attaque bancaire " + g.word()}})
    o.pop("lang", None)
    o.pop("granular_markings", None)
    if g.chance():
        o["object_modified"] = g.ts()
    return o


def t_extension_definition(g):
    o = _sdo(g, "extension-definition", name="acme-" + g.word(),
             schema="https://schemas.acme.example/%s.json" % g.word(), version="1.%d.0" % g.rng.randint(0, 9))
    o["created_by_ref"] = g.identity
    o.pop("granular_markings", None)
    ext_type = g.pick(["new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension"])
    o["extension_types"] = [ext_type]
    if ext_type == "toplevel-property-extension" and g.chance():
        o["extension_properties"] = ["rank", "toxicity"]
    if g.chance():
        o["description"] = "Adds " + g.words(3)
    return o


def t_custom_sdo(g):
    ext_id = "extension-definition--" + _det_uuid4(g.rng)
    o = _sdo(g, g.pick(CUSTOM_TYPES), name="widget " + g.word(), x_acme_weight=g.rng.randint(1, 99),
             widget_color=g.pick(["red", "blue"]))
    if g.chance(0.6):
        o["extensions"] = {ext_id: {"extension_type": "new-sdo"}}
    return o


def t_custom_sco(g):
    o = {"type": "x-acme-device", "id": g.id("x-acme-device"), "serial": "SN-%d" % g.rng.randint(1, 10 ** 6),
         "firmware_version": "%d.%d" % (g.rng.randint(1, 9), g.rng.randint(0, 9))}
    if g.chance():
        o["spec_version"] = "2.1"
    if g.chance():
        o["extensions"] = {"extension-definition--" + _det_uuid4(g.rng): {"extension_type": "new-sco"}}
    return o


def t_sdo_with_property_extension(g):
    """An ordinary SDO carrying a property-extension and a toplevel extension."""
    o = t_attack_pattern(g) if g.chance() else t_tool(g)
    ext = "extension-definition--" + _det_uuid4(g.rng)
    if g.chance():
        o["extensions"] = {ext: {"extension_type": "property-extension", "rank": 5, "toxicity": 8}}
    else:
        o["extensions"] = {ext: {"extension_type": "toplevel-property-extension"}}
        o["rank"] = 5
        o["toxicity"] = 8
    return o


TEMPLATES = {
    "attack-pattern": t_attack_pattern, "campaign": t_campaign, "course-of-action": t_course_of_action,
    "grouping": t_grouping, "identity": t_identity, "incident": t_incident, "indicator": t_indicator,
    "infrastructure": t_infrastructure, "intrusion-set": t_intrusion_set, "location": t_location,
    "malware": t_malware, "malware-analysis": t_malware_analysis, "note": t_note,
    "observed-data": t_observed_data, "opinion": t_opinion, "report": t_report,
    "threat-actor": t_threat_actor, "tool": t_tool, "vulnerability": t_vulnerability,
    "relationship": t_relationship, "sighting": t_sighting,
    "artifact": t_artifact, "autonomous-system": t_autonomous_system, "directory": t_directory,
    "domain-name": t_domain_name, "email-addr": t_email_addr, "email-message": t_email_message,
    "file": t_file, "ipv4-addr": t_ipv4_addr, "ipv6-addr": t_ipv6_addr, "mac-addr": t_mac_addr,
    "mutex": t_mutex, "network-traffic": t_network_traffic, "process": t_process, "software": t_software,
    "url": t_url, "user-account": t_user_account, "windows-registry-key": t_windows_registry_key,
    "x509-certificate": t_x509_certificate,
    "marking-definition": t_marking_definition, "language-content": t_language_content,
    "extension-definition": t_extension_definition,
    "x-custom-sdo": t_custom_sdo, "x-custom-sco": t_custom_sco,
    "sdo+extension": t_sdo_with_property_extension,
}

SDO_LIKE = set(SDO_TYPES) | set(SRO_TYPES) | {"language-content", "extension-definition", "x-custom-sdo", "sdo+extension"}
SCO_LIKE = set(SCO_TYPES)

# Required properties beyond type/id (and spec_version/created/modified for SDO-likes).
REQUIRED = {
    "attack-pattern": ["name"], "campaign": ["name"], "course-of-action": ["name"],
    "grouping": ["context", "object_refs"], "identity": ["name"], "incident": ["name"],
    "indicator": ["pattern", "pattern_type", "valid_from"], "infrastructure": ["name"],
    "intrusion-set": ["name"], "malware": ["is_family"], "malware-analysis": ["product"],
    "note": ["content", "object_refs"], "observed-data": ["first_observed", "last_observed", "number_observed"],
    "opinion": ["opinion", "object_refs"], "report": ["name", "published", "object_refs"],
    "threat-actor": ["name"], "tool": ["name"], "vulnerability": ["name"],
    "relationship": ["relationship_type", "source_ref", "target_ref"], "sighting": ["sighting_of_ref"],
    "autonomous-system": ["number"], "directory": ["path"], "domain-name": ["value"],
    "email-addr": ["value"], "email-message": ["is_multipart"], "ipv4-addr": ["value"],
    "ipv6-addr": ["value"], "mac-addr": ["value"], "mutex": ["name"], "network-traffic": ["protocols"],
    "software": ["name"], "url": ["value"],
    "language-content": ["object_ref", "contents"],
    "extension-definition": ["name", "schema", "version", "extension_types"],
    "x-custom-sdo": [], "sdo+extension": ["name"],
}

# A value of the wrong JSON type for well-typed properties.
WRONG_TYPE = {
    "name": 42, "description": ["not", "a", "string"], "labels": "apt", "confidence": "85",
    "revoked": "false", "created_by_ref": ["identity--311b2d2d-f010-4473-83ec-1edf84858f4c"],
    "aliases": "alias", "first_seen": 1483228800, "last_seen": True, "objective": {"x": 1},
    "context": 7, "object_refs": "campaign--311b2d2d-f010-4473-83ec-1edf84858f4c",
    "sectors": "technology", "identity_class": ["organization"], "pattern": {"stix": "[x:y = 1]"},
    "pattern_type": 1, "valid_from": 20200101, "valid_until": False, "indicator_types": "benign",
    "latitude": "48.8", "longitude": "2.3", "region": ["europe"], "country": 49,
    "is_family": "true", "malware_types": "trojan", "product": 3, "result": True,
    "content": ["text"], "first_observed": 0, "number_observed": "10", "opinion": 1,
    "published": 1, "relationship_type": ["uses"], "source_ref": 12, "count": "3",
    "summary": "no", "tool_version": 2.1, "threat_actor_types": "hacker",
    "number": "AS15169", "path": ["/tmp"], "value": 3232235777, "is_multipart": "false",
    "subject": ["Invoice"], "size": "1024", "hashes": ["MD5"], "protocols": "tcp",
    "src_port": "443", "dst_port": 443.5, "pid": "4242", "command_line": ["cmd.exe"],
    "is_active": "yes", "user_id": 1001, "is_privileged": 1, "key": ["HKEY_LOCAL_MACHINE\\Foo"],
    "number_of_subkeys": "4", "serial_number": 1234, "issuer": {"C": "ZA"}, "kill_chain_phases": {"a": 1},
    "external_references": {"source_name": "x"}, "object_marking_refs": TLP1["white"],
    "granular_markings": {"marking_ref": TLP1["white"]}, "defanged": "true", "contents": ["de"],
    "object_ref": ["campaign--311b2d2d-f010-4473-83ec-1edf84858f4c"], "extension_types": "new-sdo",
    "schema": 1, "version": 1.0, "definition": "copyright", "spec_version": 2.1,
}

GENERIC_SKIP_WRONG_TYPE = {"type", "id", "created", "modified"}
CUSTOM_KEYS = {"x-custom-sdo", "x-custom-sco"}
COMMON_PROPS = {"spec_version", "created_by_ref", "labels", "confidence", "lang", "external_references",
                "object_marking_refs", "granular_markings", "revoked", "defanged", "extensions"}


class Mutation:
    def __init__(self, name, fn, types=None, gap=False, expect="invalid"):
        self.name = name
        self.fn = fn                  # fn(g, obj) -> obj | None (None = not applicable)
        self.types = types            # None = any template key
        self.gap = gap
        self.expect = expect


MUTATIONS: list[Mutation] = []


def mutation(name, types=None, gap=False, expect="invalid"):
    def deco(fn):
        MUTATIONS.append(Mutation(name, fn, types, gap, expect))
        return fn
    return deco


def _is_sdo(o):
    return "created" in o and o.get("type") != "marking-definition"


# ---- generic: required properties, types, ids ----

@mutation("drop_required")
def m_drop_required(g, o, key=None):
    req = list(REQUIRED.get(key, []))
    if _is_sdo(o):
        req += ["spec_version", "created", "modified"]
    req += ["id", "type"] if g.chance(0.15) else []
    req = [p for p in req if p in o]
    if not req:
        return None
    p = g.pick(req)
    del o[p]
    return o, "drop_required:" + p


@mutation("wrong_json_type")
def m_wrong_type(g, o, key=None):
    props = [p for p in o if p in WRONG_TYPE and p not in GENERIC_SKIP_WRONG_TYPE]
    if key in CUSTOM_KEYS:   # a custom type's own properties are free-form
        props = [p for p in props if p in COMMON_PROPS]
    # values only checked on SCOs within the schema for the matching type
    if not props:
        return None
    p = g.pick(props)
    o[p] = copy.deepcopy(WRONG_TYPE[p])
    return o, "wrong_json_type:" + p


@mutation("id_wrong_prefix")
def m_id_prefix(g, o, key=None):
    if key in CUSTOM_KEYS:
        return None
    other = "indicator" if o["type"] != "indicator" else "malware"
    o["id"] = other + "--" + o["id"].split("--", 1)[1]
    return o


@mutation("id_bad_uuid")
def m_id_uuid(g, o, key=None):
    t, u = o["id"].split("--", 1)
    bad = g.pick([
        u[:-1],                                   # too short
        u.replace("-", ""),                       # no hyphens
        "zz" + u[2:],                             # non-hex
        u[:14] + "0" + u[15:],                    # version nibble 0
        u[:19] + "c" + u[20:],                    # RFC 4122 variant broken
    ])
    if bad == u:
        return None
    o["id"] = t + "--" + bad
    return o


@mutation("id_malformed")
def m_id_malformed(g, o, key=None):
    t, u = o["id"].split("--", 1)
    o["id"] = g.pick([t + "-" + u, t + "--", u, t.upper() + "--" + u, t + "--" + u + " "])
    return o


# ---- timestamps ----

BAD_TIMESTAMPS = [
    ("no_z", "2019-07-04T10:11:12.123"), ("space", "2019-07-04 10:11:12.123Z"),
    ("date_only", "2019-07-04"), ("feb30", "2023-02-30T00:00:00.000Z"),
    ("feb29_nonleap", "2021-02-29T12:00:00.000Z"), ("apr31", "2022-04-31T08:00:00.000Z"),
    ("month13", "2019-13-04T10:11:12.123Z"), ("hour24", "2019-07-04T24:11:12.123Z"),
    ("offset", "2019-07-04T10:11:12.123+02:00"), ("lowercase_z", "2019-07-04T10:11:12.123z"),
]
TS_PROPS = ["created", "modified", "first_seen", "last_seen", "valid_from", "valid_until", "published",
            "first_observed", "last_observed", "start_time", "stop_time", "submitted", "object_modified",
            "ctime", "mtime", "date", "start", "end", "created_time", "account_created",
            "validity_not_before", "modified_time"]


@mutation("bad_timestamp")
def m_bad_ts(g, o, key=None):
    props = [p for p in TS_PROPS if p in o]
    if not props:
        return None
    p = g.pick(props)
    label, v = g.pick(BAD_TIMESTAMPS)
    if p in ("created", "modified"):
        o["created"] = o["modified"] = v   # keep modified >= created out of the picture
        return o, "bad_timestamp:%s:created+modified" % label
    o[p] = v
    return o, "bad_timestamp:%s:%s" % (label, p)


@mutation("created_no_millis")
def m_created_no_millis(g, o, key=None):
    # STIX 2.1 §3.2: created/modified MUST be precise to the nearest millisecond.
    if not _is_sdo(o):
        return None
    o["created"] = o["modified"] = o["created"][:19] + "Z"
    return o


@mutation("modified_before_created")
def m_modified_before(g, o, key=None):
    if not _is_sdo(o):
        return None
    o["modified"] = "%04d%s" % (int(o["created"][:4]) - 1, o["created"][4:])
    return o


ORDERED_PAIRS = [("first_seen", "last_seen"), ("valid_from", "valid_until"), ("first_observed", "last_observed"),
                 ("start_time", "stop_time"), ("start", "end")]


@mutation("time_order_reversed")
def m_time_order(g, o, key=None):
    for a, b in ORDERED_PAIRS:
        if a in o and b in o:
            o[b] = "%04d%s" % (int(o[a][:4]) - 1, o[a][4:])
            o.pop("is_active", None)
            return o, "time_order_reversed:%s<%s" % (b, a)
    return None


# ---- spec_version ----

@mutation("bad_spec_version")
def m_spec_version(g, o, key=None):
    if "spec_version" not in o and not _is_sdo(o):
        return None
    v = g.pick(["2.2", "3.0", "2.1 ", "v2.1", 2.1, ""])
    o["spec_version"] = v
    return o, "bad_spec_version:%r" % (v,)


# ---- custom properties / types ----

BAD_PROP_NAMES = {
    "custom_prop_uppercase": "X_ACME_SCORE", "custom_prop_too_short": "xs",
    "custom_prop_hyphen": "x-acme-score", "custom_prop_space": "x acme score",
    "custom_prop_leading_digit_upper": "9_Acme", "custom_prop_dot": "x.acme",
}


@mutation("bad_custom_property")
def m_bad_prop(g, o, key=None):
    if key == "marking-definition":   # see KNOWN_REFERENCE_GAPS['marking_definition_bad_property_name']
        return None
    label = g.pick(sorted(BAD_PROP_NAMES))
    o[BAD_PROP_NAMES[label]] = g.pick([1, "value", True])
    return o, label


@mutation("custom_id_type_mismatch", types={"x-custom-sdo"}, gap=True)
def m_gap_custom_id(g, o, key=None):
    o["id"] = "x-other-thing--" + o["id"].split("--", 1)[1]
    return o


@mutation("custom_prop_uppercase_inner", gap=True)
def m_gap_upper(g, o, key=None):
    o["x_acme_Score"] = 7
    return o


@mutation("custom_prop_hyphen_inner", gap=True)
def m_gap_hyphen(g, o, key=None):
    o["x_acme-score"] = 7
    return o


@mutation("custom_prop_too_long", gap=True)
def m_gap_long(g, o, key=None):
    o["x_" + "a" * 255] = 7
    return o


BAD_TYPE_NAMES = {
    "custom_type_uppercase": "x-Acme-Widget", "custom_type_too_short": "xw",
    "custom_type_underscore": "x_acme_widget", "custom_type_double_hyphen": "x--acme",
    "custom_type_too_long": "x-" + "w" * 250, "custom_type_space": "x acme",
}


@mutation("bad_custom_type", types={"x-custom-sdo", "x-custom-sco"})
def m_bad_type(g, o, key=None):
    label = g.pick(sorted(BAD_TYPE_NAMES))
    t = BAD_TYPE_NAMES[label]
    o["type"] = t
    o["id"] = t + "--" + o["id"].split("--", 1)[1]
    return o, label


@mutation("reserved_property_name")
def m_reserved(g, o, key=None):
    if key == "marking-definition":
        return None
    # STIX 2.1 §3.1: 'severity', 'action', 'username', 'phone_numbers' are reserved.
    p = g.pick(["severity", "action", "username", "phone_numbers"])
    o[p] = "high" if p != "phone_numbers" else ["+1 555 0100"]
    return o, "reserved_property:" + p


@mutation("reserved_type_action", types={"x-custom-sdo"})
def m_reserved_type(g, o, key=None):
    o["type"] = "action"
    o["id"] = "action--" + o["id"].split("--", 1)[1]
    return o


# ---- references ----

REF_MUTATIONS = {
    "relationship": [("source_ref", "relationship"), ("target_ref", "sighting"), ("source_ref", "marking-definition"),
                     ("target_ref", "language-content")],
    "sighting": [("sighting_of_ref", "sighting"), ("sighting_of_ref", "relationship"),
                 ("observed_data_refs", "indicator"), ("where_sighted_refs", "malware")],
    "malware-analysis": [("host_vm_ref", "file"), ("operating_system_ref", "identity"),
                         ("sample_ref", "url"), ("installed_software_refs", "tool")],
    "malware": [("operating_system_refs", "identity")],
    "language-content": [("object_ref", "language-content")],
    "observed-data": [("object_refs", "indicator")],
    "marking-definition": [("object_marking_refs", "identity")],
}


@mutation("ref_disallowed_type", types=set(REF_MUTATIONS))
def m_ref_type(g, o, key=None):
    if key == "marking-definition" and o.get("definition_type") == "tlp":
        return None
    if key == "observed-data" and "object_refs" not in o:
        return None
    prop, bad = g.pick(REF_MUTATIONS[key])
    ref = g.id(bad)
    o[prop] = [ref] if prop.endswith("_refs") else ref
    return o, "ref_disallowed_type:%s->%s" % (prop, bad)


@mutation("ref_malformed")
def m_ref_malformed(g, o, key=None):
    props = [p for p in o if p.endswith("_ref") and isinstance(o[p], str)] + \
            [p for p in o if p.endswith("_refs") and isinstance(o[p], list)]
    props = [p for p in props if key not in SCO_LIKE]
    if not props:
        return None
    p = g.pick(props)
    bad = g.pick(["not-an-id", "identity--1234", "Identity--" + _det_uuid4(g.rng), ""])
    o[p] = [bad] if p.endswith("_refs") else bad
    return o, "ref_malformed:" + p


@mutation("created_by_ref_not_identity", gap=True)
def m_gap_cbr(g, o, key=None):
    if not _is_sdo(o):
        return None
    o["created_by_ref"] = g.id("malware")
    return o


@mutation("object_marking_ref_not_marking", gap=True)
def m_gap_omr(g, o, key=None):
    if not _is_sdo(o):
        return None
    o["object_marking_refs"] = [g.id("identity")]
    return o


@mutation("sco_ref_wrong_type", types={"network-traffic"}, gap=True)
def m_gap_sco_ref(g, o, key=None):
    o["src_ref"] = g.id("file")
    return o


@mutation("observed_data_embedded_ref_wrong_type", types={"observed-data"})
def m_od_embedded_ref(g, o, key=None):
    if "objects" not in o:
        return None
    o["objects"]["3"] = {"type": "file", "id": _sco_id("file", {"name": "a.exe"}), "name": "a.exe"}
    o["objects"]["2"]["src_ref"] = "3"
    return o


@mutation("observed_data_dangling_ref", types={"observed-data"})
def m_od_dangling(g, o, key=None):
    if "objects" not in o:
        return None
    o["objects"]["1"]["resolves_to_refs"] = ["9"]
    return o


# ---- markings ----

@mutation("object_marking_refs_empty")
def m_omr_empty(g, o, key=None):
    o["object_marking_refs"] = []
    return o


@mutation("granular_marking_bad")
def m_granular(g, o, key=None):
    sel = "name" if "name" in o else ("value" if "value" in o else None)
    if sel is None:
        return None
    variant = g.pick(["missing_marking_ref_and_lang", "selector_missing_property", "selector_bad_index",
                      "selectors_empty", "no_selectors", "marking_ref_not_marking", "selector_uppercase"])
    gm = {"marking_ref": TLP1["green"], "selectors": [sel]}
    if variant == "missing_marking_ref_and_lang":
        del gm["marking_ref"]
    elif variant == "selector_missing_property":
        gm["selectors"] = ["no_such_property"]
    elif variant == "selector_bad_index":
        if "external_references" not in o:
            o["external_references"] = [{"source_name": "acme", "description": "x"}]
        gm["selectors"] = ["external_references.[%d].source_name" % len(o["external_references"])]
    elif variant == "selectors_empty":
        gm["selectors"] = []
    elif variant == "no_selectors":
        del gm["selectors"]
    elif variant == "marking_ref_not_marking":
        gm["marking_ref"] = g.id("identity")
    elif variant == "selector_uppercase":
        gm["selectors"] = ["Name"]
    o["granular_markings"] = [gm]
    return o, "granular_marking_bad:" + variant


@mutation("granular_marking_lang_only", gap=True, expect="valid")
def m_gap_gm_lang(g, o, key=None):
    if "name" not in o or not _is_sdo(o):
        return None
    o["granular_markings"] = [{"lang": "de", "selectors": ["name"]}]
    return o


@mutation("granular_marking_ref_and_lang", gap=True)
def m_gap_gm_both(g, o, key=None):
    if "name" not in o or not _is_sdo(o):
        return None
    o["granular_markings"] = [{"lang": "de", "marking_ref": TLP1["green"], "selectors": ["name"]}]
    return o


@mutation("marking_definition_bad", types={"marking-definition"})
def m_marking(g, o, key=None):
    variant = g.pick(["tlp_wrong_id", "tlp_wrong_name", "tlp_extra_property", "statement_missing",
                      "definition_type_without_definition", "circular_object_marking", "tlp2_extension_no_type",
                      "tlp2_bad_extension_key", "missing_created", "tlp_created_changed"])
    is_tlp1 = o.get("definition_type") == "tlp"
    is_tlp2 = "extensions" in o
    if variant.startswith("tlp_") and not is_tlp1:
        variant = "statement_missing" if not is_tlp2 else "tlp2_extension_no_type"
    if variant.startswith("tlp2_") and not is_tlp2:
        variant = "circular_object_marking"
    if variant == "statement_missing" and (is_tlp1 or is_tlp2):
        variant = "missing_created"
    if variant == "definition_type_without_definition" and is_tlp2:
        variant = "missing_created"
    if variant == "tlp_wrong_id":
        o["id"] = g.id("marking-definition")
    elif variant == "tlp_wrong_name":
        o["name"] = o["name"].lower()
    elif variant == "tlp_extra_property":
        o["description"] = "TLP marking"
    elif variant == "tlp_created_changed":
        o["created"] = "2018-01-20T00:00:00.000Z"
    elif variant == "statement_missing":
        o["definition"] = {"text": o["definition"].pop("statement")}
    elif variant == "definition_type_without_definition":
        del o["definition"]
    elif variant == "circular_object_marking":
        o["object_marking_refs"] = [o["id"]]
    elif variant == "tlp2_extension_no_type":
        del o["extensions"][TLP2_EXTENSION]["extension_type"]
    elif variant == "tlp2_bad_extension_key":
        o["extensions"] = {"tlp-2-ext": o["extensions"][TLP2_EXTENSION]}
    elif variant == "missing_created":
        del o["created"]
    return o, "marking_definition_bad:" + variant


# ---- extensions ----

@mutation("extension_bad")
def m_ext(g, o, key=None):
    variant = g.pick(["empty_extensions", "bad_extension_key", "missing_extension_type",
                      "bad_extension_type", "empty_extension_body"])
    ext_id = "extension-definition--" + _det_uuid4(g.rng)
    if variant == "empty_extensions":
        o["extensions"] = {}
    elif variant == "bad_extension_key":
        o["extensions"] = {"extension-definition--1234": {"extension_type": "property-extension", "rank": 1}}
    elif variant == "missing_extension_type":
        o["extensions"] = {ext_id: {"rank": 1}}
    elif variant == "bad_extension_type":
        o["extensions"] = {ext_id: {"extension_type": "property-extensions", "rank": 1}}
    elif variant == "empty_extension_body":
        o["extensions"] = {ext_id: {}}
    return o, "extension_bad:" + variant


SCO_EXT_MUTATIONS = {
    "file": [
        ("ntfs_empty", lambda g: {"ntfs-ext": {}}),
        ("ntfs_ads_missing_name", lambda g: {"ntfs-ext": {"alternate_data_streams": [{"size": 3}]}}),
        ("raster_no_props", lambda g: {"raster-image-ext": {"image_compression": "jpeg"}}),
        ("pdf_is_optimized_string", lambda g: {"pdf-ext": {"is_optimized": "no"}}),
        ("archive_missing_contains_refs", lambda g: {"archive-ext": {"comment": "zip"}}),
        ("pebinary_missing_pe_type", lambda g: {"windows-pebinary-ext": {"number_of_sections": 2}}),
        ("pebinary_bad_timestamp_precision", lambda g: {"windows-pebinary-ext": {"pe_type": "exe", "time_date_stamp": "2016-01-22T12:31:12.123Z"}}),
        ("pebinary_section_missing_name", lambda g: {"windows-pebinary-ext": {"pe_type": "dll", "sections": [{"size": 1}]}}),
        ("pebinary_negative_sections", lambda g: {"windows-pebinary-ext": {"pe_type": "exe", "number_of_sections": -1}}),
    ],
    "network-traffic": [
        ("http_missing_request_method", lambda g: {"http-request-ext": {"request_value": "/"}}),
        ("socket_bad_address_family", lambda g: {"socket-ext": {"address_family": "AF_PIGEON"}}),
        ("socket_bad_socket_type", lambda g: {"socket-ext": {"address_family": "AF_INET", "socket_type": "SOCK_FOO"}}),
        ("icmp_missing_code", lambda g: {"icmp-ext": {"icmp_type_hex": "08"}}),
        ("icmp_bad_hex", lambda g: {"icmp-ext": {"icmp_type_hex": "8", "icmp_code_hex": "00"}}),
        ("tcp_no_flags", lambda g: {"tcp-ext": {}}),
    ],
    "process": [
        ("windows_process_bad_integrity", lambda g: {"windows-process-ext": {"aslr_enabled": True, "integrity_level": "extreme"}}),
        ("windows_service_bad_start_type", lambda g: {"windows-service-ext": {"service_name": "x", "start_type": "SERVICE_SOMETIMES"}}),
        ("windows_service_bad_status", lambda g: {"windows-service-ext": {"service_name": "x", "service_status": "SERVICE_ON"}}),
        ("windows_process_empty", lambda g: {"windows-process-ext": {}}),
    ],
    "user-account": [
        ("unix_account_empty", lambda g: {"unix-account-ext": {}}),
        ("unix_account_gid_string", lambda g: {"unix-account-ext": {"gid": "wheel"}}),
    ],
}


@mutation("sco_extension_bad", types=set(SCO_EXT_MUTATIONS))
def m_sco_ext(g, o, key=None):
    label, fn = g.pick(SCO_EXT_MUTATIONS[key])
    o["extensions"] = fn(g)
    return o, "sco_extension_bad:" + label


# ---- hashes, kill chains, external references, lists ----

@mutation("bad_hashes")
def m_hashes(g, o, key=None):
    variant = g.pick(["md5_short", "sha256_nonhex", "sha1_long", "empty", "key_too_short", "tlsh_short"])
    h = {"md5_short": {"MD5": g.hex(31)}, "sha256_nonhex": {"SHA-256": "g" * 64}, "sha1_long": {"SHA-1": g.hex(41)},
         "empty": {}, "key_too_short": {"ab": g.hex(32)}, "tlsh_short": {"TLSH": g.hex(12)}}[variant]
    if "hashes" in o:
        o["hashes"] = h
    elif o.get("type") in ("file", "artifact", "x509-certificate"):
        o["hashes"] = h
    elif "external_references" in o or _is_sdo(o):
        o["external_references"] = [{"source_name": "acme", "url": "https://acme.example/r", "hashes": h}]
    else:
        return None
    return o, "bad_hashes:" + variant


@mutation("bad_kill_chain")
def m_kill_chain(g, o, key=None):
    if o.get("type") not in ("attack-pattern", "indicator", "infrastructure", "malware", "tool"):
        return None
    variant = g.pick(["missing_phase_name", "missing_kill_chain_name", "phase_name_int", "empty_list", "not_object"])
    kcp = {"missing_phase_name": [{"kill_chain_name": "mitre-attack"}],
           "missing_kill_chain_name": [{"phase_name": "execution"}],
           "phase_name_int": [{"kill_chain_name": "mitre-attack", "phase_name": 3}],
           "empty_list": [], "not_object": ["mitre-attack:execution"]}[variant]
    o["kill_chain_phases"] = kcp
    return o, "bad_kill_chain:" + variant


@mutation("bad_external_reference")
def m_ext_ref(g, o, key=None):
    if not _is_sdo(o):
        return None
    variant = g.pick(["missing_source_name", "source_name_only", "bad_cve_id", "bad_capec_id", "url_not_uri",
                      "empty_list", "source_name_int"])
    ref = {"missing_source_name": {"external_id": "X-1", "url": "https://acme.example/"},
           "source_name_only": {"source_name": "acme"},
           "bad_cve_id": {"source_name": "cve", "external_id": "CVE-21-1"},
           "bad_capec_id": {"source_name": "capec", "external_id": "CAPEC-abc"},
           "url_not_uri": {"source_name": "acme", "url": "not a url at all"},
           "source_name_int": {"source_name": 7, "description": "x"},
           "empty_list": None}[variant]
    o["external_references"] = [] if ref is None else [ref]
    return o, "bad_external_reference:" + variant


EMPTY_LIST_PROPS = ["labels", "object_refs", "aliases", "sectors", "indicator_types", "malware_types",
                    "goals", "roles", "object_marking_refs", "protocols", "to_refs", "resolves_to_refs",
                    "observed_data_refs", "where_sighted_refs", "extension_types", "report_types",
                    "tool_types", "threat_actor_types", "infrastructure_types", "authors",
                    "granular_markings", "external_references", "kill_chain_phases", "contains_refs"]


@mutation("empty_list")
def m_empty_list(g, o, key=None):
    props = [p for p in EMPTY_LIST_PROPS if isinstance(o.get(p), list)]
    if not props:
        return None
    p = g.pick(props)
    o[p] = []
    return o, "empty_list:" + p


@mutation("bad_lang")
def m_lang(g, o, key=None):
    if not _is_sdo(o) or o.get("type") in ("language-content",):
        return None
    o["lang"] = g.pick(["en_US", "123", "e", "english language"])
    return o, "bad_lang:" + o["lang"]


@mutation("confidence_out_of_range")
def m_confidence(g, o, key=None):
    if not _is_sdo(o):
        return None
    o["confidence"] = g.pick([101, -1, 1000])
    return o


# ---- type-specific rules ----

def _specific(name, types):
    return mutation(name, types=set(types))


@_specific("indicator_rule", ["indicator"])
def m_indicator(g, o, key=None):
    variant = g.pick(["bad_stix_pattern", "unbalanced_brackets", "unknown_operator"])
    o["pattern_type"] = "stix"
    o.pop("pattern_version", None)
    o["pattern"] = {"bad_stix_pattern": "[file:hashes.MD5 = ]",
                    "unbalanced_brackets": "[ipv4-addr:value = '10.0.0.1'",
                    "unknown_operator": "[ipv4-addr:value === '10.0.0.1']"}[variant]
    return o, "indicator:" + variant


@_specific("location_rule", ["location"])
def m_location(g, o, key=None):
    variant = g.pick(["latitude_91", "longitude_181", "latitude_without_longitude", "precision_without_coords", "no_region_country_coords"])
    for p in ("latitude", "longitude", "precision", "region", "country", "city"):
        o.pop(p, None)
    if variant == "latitude_91":
        o.update(latitude=91.0, longitude=10.0)
    elif variant == "longitude_181":
        o.update(latitude=10.0, longitude=-181.5)
    elif variant == "latitude_without_longitude":
        o.update(latitude=10.0, country="DE")
    elif variant == "precision_without_coords":
        o.update(precision=10.0, region="europe")
    elif variant == "no_region_country_coords":
        o.update(city="Paris")
    return o, "location:" + variant


@_specific("malware_rule", ["malware"])
def m_malware(g, o, key=None):
    o["is_family"] = True
    o.pop("name", None)
    return o, "malware:family_without_name"


@_specific("malware_analysis_rule", ["malware-analysis"])
def m_malware_analysis(g, o, key=None):
    o.pop("result", None)
    o.pop("analysis_sco_refs", None)
    return o, "malware_analysis:no_result_no_analysis_sco_refs"


@_specific("observed_data_rule", ["observed-data"])
def m_observed(g, o, key=None):
    variant = g.pick(["number_observed_zero", "number_observed_huge", "objects_and_object_refs", "neither_objects_nor_refs",
                      "object_refs_to_sdo", "embedded_object_missing_type"])
    if variant == "number_observed_zero":
        o["number_observed"] = 0
    elif variant == "number_observed_huge":
        o["number_observed"] = 1000000000
    elif variant == "objects_and_object_refs":
        ip = g.ipv4()
        o["objects"] = {"0": {"type": "ipv4-addr", "id": _sco_id("ipv4-addr", {"value": ip}), "value": ip}}
        o["object_refs"] = [g.id("ipv4-addr")]
    elif variant == "neither_objects_nor_refs":
        o.pop("objects", None)
        o.pop("object_refs", None)
    elif variant == "object_refs_to_sdo":
        o.pop("objects", None)
        o["object_refs"] = [g.id("campaign")]
    elif variant == "embedded_object_missing_type":
        o.pop("object_refs", None)
        o["objects"] = {"0": {"id": g.id("ipv4-addr"), "value": g.ipv4()}}
    return o, "observed_data:" + variant


@_specific("opinion_rule", ["opinion"])
def m_opinion(g, o, key=None):
    o["opinion"] = g.pick(["maybe", "Agree", "strongly agree"])
    return o, "opinion:bad_enum"


@_specific("relationship_rule", ["relationship"])
def m_relationship(g, o, key=None):
    o["relationship_type"] = g.pick(["Uses", "uses_tool", "uses tool"])
    return o, "relationship:bad_relationship_type"


@_specific("sighting_rule", ["sighting"])
def m_sighting(g, o, key=None):
    o["count"] = g.pick([-1, 1000000000])
    return o, "sighting:count_out_of_range"


@_specific("language_content_rule", ["language-content"])
def m_langcontent(g, o, key=None):
    variant = g.pick(["bad_lang_key", "bad_field_name", "empty_contents"])
    if variant == "bad_lang_key":
        o["contents"]["de_DE"] = o["contents"].pop("de")
    elif variant == "bad_field_name":
        o["contents"]["fr"]["Name-Field"] = "x"
    else:
        o["contents"] = {}
    return o, "language_content:" + variant


@_specific("extension_definition_rule", ["extension-definition"])
def m_extdef(g, o, key=None):
    variant = g.pick(["bad_extension_types_enum", "extension_properties_without_toplevel", "empty_extension_types", "wrong_id_prefix"])
    if variant == "bad_extension_types_enum":
        o["extension_types"] = ["new-thing"]
    elif variant == "extension_properties_without_toplevel":
        o["extension_types"] = ["property-extension"]
        o["extension_properties"] = ["rank"]
    elif variant == "empty_extension_types":
        o["extension_types"] = []
    else:
        o["id"] = "extension--" + o["id"].split("--", 1)[1]
    return o, "extension_definition:" + variant


@mutation("extension_definition_no_created_by_ref", types={"extension-definition"}, gap=True)
def m_gap_extdef(g, o, key=None):
    o.pop("created_by_ref", None)
    return o


SCO_RULES = {
    "artifact": [("payload_bin_and_url", lambda g, o: o.update(payload_bin="aGVsbG8=", url="https://a.example/x", hashes={"MD5": g.hex(32)}) or o.pop("mime_type", None)),
                 ("url_without_hashes", lambda g, o: [o.pop(k, None) for k in ("payload_bin", "hashes")] and o.update(url="https://a.example/x")),
                 ("bad_encryption_algorithm", lambda g, o: o.update(encryption_algorithm="ROT13")),
                 ("payload_bin_not_base64", lambda g, o: [o.pop(k, None) for k in ("url", "hashes")] and o.update(payload_bin="not base64!!")),
                 ("key_without_algorithm", lambda g, o: [o.pop("encryption_algorithm", None)] and o.update(decryption_key="x"))],
    "autonomous-system": [("number_string", lambda g, o: o.update(number="AS15169"))],
    "directory": [("bad_path_enc", lambda g, o: o.update(path_enc="U"))],
    "domain-name": [("value_with_space", lambda g, o: o.update(value="exa mple.com")),
                    ("value_double_dot", lambda g, o: o.update(value="example..com"))],
    "email-addr": [("value_not_email", lambda g, o: o.update(value="not-an-email"))],
    "email-message": [("multipart_with_body", lambda g, o: o.update(is_multipart=True, body="x") or o.pop("body_multipart", None)),
                      ("not_multipart_with_body_multipart", lambda g, o: o.update(is_multipart=False, body_multipart=[{"body": "x"}]) or o.pop("body", None)),
                      ("mime_part_without_body", lambda g, o: o.update(is_multipart=True, body_multipart=[{"content_type": "text/plain"}]) or o.pop("body", None))],
    "file": [("no_name_no_hashes", lambda g, o: [o.pop(k, None) for k in ("name", "hashes")]),
             ("negative_size", lambda g, o: o.update(size=-5)),
             ("odd_magic_hex", lambda g, o: o.update(magic_number_hex="4D5")),
             ("bad_name_enc", lambda g, o: o.update(name_enc="!"))],
    "ipv4-addr": [("octet_999", lambda g, o: o.update(value="999.1.1.1")),
                  ("cidr_33", lambda g, o: o.update(value="10.0.0.0/33")),
                  ("ipv6_in_ipv4", lambda g, o: o.update(value="fe80::1"))],
    "ipv6-addr": [("ipv4_in_ipv6", lambda g, o: o.update(value="10.1.2.3")),
                  ("garbage", lambda g, o: o.update(value="2001:db8:::zz"))],
    "mac-addr": [("uppercase", lambda g, o: o.update(value="AA:BB:CC:0D:EE:FF")),
                 ("hyphens", lambda g, o: o.update(value=o["value"].replace(":", "-"))),
                 ("too_short", lambda g, o: o.update(value="00:11:22:33:44"))],
    "network-traffic": [("port_out_of_range", lambda g, o: o.update(src_port=70000)),
                        ("no_src_no_dst", lambda g, o: [o.pop(k, None) for k in ("src_ref", "dst_ref")]),
                        ("active_with_end", lambda g, o: o.update(is_active=True, start="2020-01-01T00:00:00Z", end="2020-01-02T00:00:00Z")),
                        ("protocols_empty", lambda g, o: o.update(protocols=[]))],
    "process": [("no_properties", lambda g, o: [o.pop(k) for k in list(o) if k not in ("type", "id", "spec_version")]),
                ("uuid_v5_id", lambda g, o: o.update(id="process--" + str(uuid.uuid5(SCO_NAMESPACE, o["id"]))))],
    "software": [("bad_cpe", lambda g, o: o.update(cpe="cpe:/a:microsoft:word:2000")),
                 ("bad_language", lambda g, o: o.update(languages=["english"]))],
    "url": [("not_a_url", lambda g, o: o.update(value="not a url"))],
    "user-account": [("no_properties", lambda g, o: [o.pop(k) for k in list(o) if k not in ("type", "id", "spec_version")])],
    "windows-registry-key": [("abbreviated_hive", lambda g, o: o.update(key="HKLM\\Software\\Foo")),
                             ("bad_data_type", lambda g, o: o.update(values=[{"name": "x", "data_type": "REG_STRING"}])),
                             ("empty_value", lambda g, o: o.update(values=[{}]))],
    "x509-certificate": [("no_properties", lambda g, o: [o.pop(k) for k in list(o) if k not in ("type", "id", "spec_version")]),
                         ("v3_extensions_empty", lambda g, o: o.update(x509_v3_extensions={}))],
    "mutex": [("name_int", lambda g, o: o.update(name=12))],
}


@mutation("sco_rule", types=set(SCO_RULES))
def m_sco_rule(g, o, key=None):
    label, fn = g.pick(SCO_RULES[key])
    fn(g, o)
    return o, "sco_rule:%s:%s" % (key, label)


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------

def _apply(m: Mutation, g: Gen, key: str):
    """Builds a fresh template object of kind ``key`` and applies ``m``; None if n/a."""
    if m.types is not None and key not in m.types:
        return None
    obj = TEMPLATES[key](g)
    res = m.fn(g, obj, key=key)
    if res is None:
        return None
    if isinstance(res, tuple):
        obj, label = res
    else:
        obj, label = res, m.name
    return obj, label


def generate_cases(seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT) -> list[dict]:
    """The corpus with one label per object (see module docstring)."""
    rng = random.Random(seed)
    g = Gen(rng)
    keys = list(TEMPLATES)
    n_valid = max(len(keys), int(round(count * VALID_SHARE)))
    cases = []

    # Valid objects: every template at least once, then round-robin.
    for i in range(n_valid):
        key = keys[i % len(keys)]
        obj = TEMPLATES[key](g)
        cases.append({"type": obj["type"], "case": "valid:" + key, "expect": "valid", "obj": obj})

    # Known reference gaps: at most once each.
    for m in MUTATIONS:
        if not m.gap:
            continue
        for key in sorted(m.types or ["indicator", "identity", "campaign", "tool"]):
            res = _apply(m, g, key)
            if res:
                obj, label = res
                cases.append({"type": obj["type"], "case": label, "expect": m.expect, "obj": obj, "gap": True})
                break

    # Invalid objects: round-robin over the templates; for each, one mutation
    # that applies, type-specific rules weighted above the generic ones.
    applicable = {k: [m for m in MUTATIONS if not m.gap and (m.types is None or k in m.types)] for k in keys}
    order = keys[:]
    rng.shuffle(order)
    i = 0
    while len(cases) < count:
        key = order[i % len(order)]
        i += 1
        specific = [m for m in applicable[key] if m.types is not None]
        generic = [m for m in applicable[key] if m.types is None]
        for _ in range(20):
            m = rng.choice(specific if specific and rng.random() < 0.4 else generic)
            res = _apply(m, g, key)
            if res is not None:
                obj, label = res
                cases.append({"type": obj.get("type"), "case": label, "expect": m.expect, "obj": obj})
                break

    rng.shuffle(cases)
    for idx, c in enumerate(cases):
        c["index"] = idx
    return cases


def generate(seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT) -> list[dict]:
    """The corpus: ``count`` STIX objects (dicts), deterministic for ``seed``."""
    return [c["obj"] for c in generate_cases(seed, count)]


def write_jsonl(objs, fh):
    for o in objs:
        fh.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")))
        fh.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="JSON Lines file to write ('-' for stdout)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--count", type=int, default=DEFAULT_COUNT)
    ap.add_argument("--labels", help="also write one {index,type,case,expect} line per object here")
    args = ap.parse_args(argv)
    cases = generate_cases(args.seed, args.count)
    if args.out == "-":
        write_jsonl([c["obj"] for c in cases], sys.stdout)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            write_jsonl([c["obj"] for c in cases], fh)
    if args.labels:
        with open(args.labels, "w", encoding="utf-8") as fh:
            for c in cases:
                fh.write(json.dumps({k: c[k] for k in ("index", "type", "case", "expect")}) + "\n")
    n_valid = sum(c["expect"] == "valid" for c in cases)
    print("%d objects (%d expected valid, %d expected invalid), seed %d"
          % (len(cases), n_valid, len(cases) - n_valid, args.seed), file=sys.stderr)


if __name__ == "__main__":
    main()
