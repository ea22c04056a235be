#!/usr/bin/env python3
"""An independent verifier for a Concord verifiable log.

Written only from the C2SP specs (signed-note, tlog-checkpoint, tlog-tiles),
RFC 9162 (Merkle tree hashing, inclusion and consistency proofs), RFC 8785
(JCS) and Concord's documented entry/commitment format. It shares no code with
Concord.

    python ledger_verifier.py --url BASE --key VKEY [--state FILE]
                              [--token T --collection ID] [--no-full]

Exit status: 0 verified, 1 verification failed (the message names what and
where), 2 could not run (bad arguments, node unreachable).
"""
from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import json
import math
import os
import struct
import sys
import urllib.error
import urllib.parse
import urllib.request

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

TILE_HEIGHT = 8
TILE_WIDTH = 1 << TILE_HEIGHT
TAXII = "application/taxii+json;version=2.1"


class VerificationError(Exception):
    """The log (or an object in it) failed verification."""


class RunError(Exception):
    """The verifier could not run (usage error, node unreachable)."""


# --------------------------------------------------------------------------
# Hashing (RFC 9162 section 2.1)

def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def leaf_hash(entry: bytes) -> bytes:
    return sha256(b"\x00" + entry)


def node_hash(left: bytes, right: bytes) -> bytes:
    return sha256(b"\x01" + left + right)


EMPTY_ROOT = sha256(b"")


def merkle_root(leaf_hashes: list[bytes]) -> bytes:
    """MTH over already-hashed leaves, RFC 9162 2.1.1, computed bottom-up."""
    if not leaf_hashes:
        return EMPTY_ROOT
    # Fold maximal perfect subtrees left to right, then combine right to left.
    stack: list[tuple[int, bytes]] = []  # (height, hash)
    for h in leaf_hashes:
        height = 0
        while stack and stack[-1][0] == height:
            _, left = stack.pop()
            h = node_hash(left, h)
            height += 1
        stack.append((height, h))
    root = stack.pop()[1]
    while stack:
        root = node_hash(stack.pop()[1], root)
    return root


def verify_inclusion(index: int, size: int, lhash: bytes, proof: list[bytes], root: bytes) -> None:
    """RFC 9162 2.1.3.2."""
    if index >= size:
        raise VerificationError(f"inclusion proof: index {index} is not below tree size {size}")
    fn, sn, r = index, size - 1, lhash
    for p in proof:
        if sn == 0:
            raise VerificationError(f"inclusion proof for index {index}: too many hashes")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise VerificationError(f"inclusion proof for index {index}: too few hashes for size {size}")
    if r != root:
        raise VerificationError(
            f"inclusion proof for index {index} does not lead to the root of the size-{size} checkpoint")


def verify_consistency(first: int, second: int, first_hash: bytes, second_hash: bytes,
                       proof: list[bytes]) -> None:
    """RFC 9162 2.1.4.2."""
    if first > second:
        raise VerificationError(f"consistency: old size {first} is larger than new size {second}")
    if first == second:
        if proof:
            raise VerificationError("consistency: non-empty proof between equal sizes")
        if first_hash != second_hash:
            raise VerificationError(f"consistency: two different roots for the same size {first} (fork)")
        return
    if first == 0:
        if proof:
            raise VerificationError("consistency: non-empty proof from the empty tree")
        if first_hash != EMPTY_ROOT:
            raise VerificationError("consistency: saved size-0 root is not the empty-tree root")
        return
    if not proof:
        raise VerificationError(f"consistency: empty proof from size {first} to {second}")
    path = list(proof)
    if first & (first - 1) == 0:  # exact power of two
        path.insert(0, first_hash)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise VerificationError(f"consistency proof {first}->{second}: too many hashes")
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise VerificationError(f"consistency proof {first}->{second}: too few hashes")
    if fr != first_hash:
        raise VerificationError(
            f"consistency proof {first}->{second} does not reproduce the saved size-{first} root "
            "(the log was rewritten or forked)")
    if sr != second_hash:
        raise VerificationError(
            f"consistency proof {first}->{second} does not reproduce the size-{second} checkpoint root")


# --------------------------------------------------------------------------
# Signed notes (C2SP signed-note, tlog-checkpoint)

def b64decode(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise VerificationError(f"{what}: not valid base64: {text[:60]!r}")


class VerifierKey:
    def __init__(self, vkey: str):
        parts = vkey.strip().split("+", 2)  # base64 may itself contain "+"
        if len(parts) != 3:
            raise RunError(f"verifier key {vkey!r}: expected NAME+KEYID+KEY")
        self.name, keyid_hex, key_b64 = parts
        if not self.name or any(c.isspace() for c in self.name):
            raise RunError(f"verifier key {vkey!r}: bad name")
        try:
            self.keyid = bytes.fromhex(keyid_hex)
            key = base64.b64decode(key_b64, validate=True)
        except (ValueError, binascii.Error):
            raise RunError(f"verifier key {vkey!r}: bad key id or key encoding")
        if len(self.keyid) != 4 or len(key) != 33 or key[0] != 0x01:
            raise RunError(f"verifier key {vkey!r}: not an Ed25519 (type 0x01) key")
        self.public = key[1:]
        expected = sha256(self.name.encode() + b"\n" + b"\x01" + self.public)[:4]
        if expected != self.keyid:
            raise RunError(f"verifier key {vkey!r}: key id {keyid_hex} does not match the key "
                           f"(expected {expected.hex()})")
        self._key = Ed25519PublicKey.from_public_bytes(self.public)

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            self._key.verify(signature, message)
            return True
        except InvalidSignature:
            return False


class Checkpoint:
    def __init__(self, origin: str, size: int, root: bytes, text: str):
        self.origin, self.size, self.root, self.text = origin, size, root, text

    def __repr__(self):
        return f"Checkpoint({self.origin}, {self.size}, {base64.b64encode(self.root).decode()})"


def parse_checkpoint(text: str, key: VerifierKey, where: str = "checkpoint") -> Checkpoint:
    """Verify a signed checkpoint note against the log key and parse its body."""
    if not text.endswith("\n"):
        raise VerificationError(f"{where}: note does not end with a newline")
    sep = text.find("\n\n")
    if sep < 0:
        raise VerificationError(f"{where}: note has no blank line before its signatures")
    body = text[:sep + 1]
    sig_lines = text[sep + 2:].split("\n")
    if sig_lines[-1] != "":
        raise VerificationError(f"{where}: signature block does not end with a newline")
    sig_lines = sig_lines[:-1]
    if not sig_lines:
        raise VerificationError(f"{where}: note has no signatures")
    verified = False
    for line in sig_lines:
        if not line.startswith("\u2014 "):
            raise VerificationError(f"{where}: malformed signature line {line!r}")
        fields = line[2:].split(" ")
        if len(fields) != 2:
            raise VerificationError(f"{where}: malformed signature line {line!r}")
        name, blob_b64 = fields
        if name != key.name:
            continue  # witness cosignatures and other keys: not ours to judge
        blob = b64decode(blob_b64, f"{where}: signature")
        if len(blob) < 4 or blob[:4] != key.keyid:
            continue
        if len(blob) != 68:
            raise VerificationError(f"{where}: Ed25519 signature by {name} has wrong length")
        if not key.verify(body.encode("utf-8"), blob[4:]):
            raise VerificationError(f"{where}: signature by {name} does not verify (note altered or wrong key)")
        verified = True
    if not verified:
        raise VerificationError(f"{where}: no signature by {key.name}+{key.keyid.hex()}")
    lines = body.split("\n")[:-1]
    if len(lines) < 3:
        raise VerificationError(f"{where}: body has fewer than three lines")
    origin, size_text, root_b64 = lines[0], lines[1], lines[2]
    if origin != key.name:
        raise VerificationError(f"{where}: origin {origin!r} is not the key name {key.name!r}")
    if not size_text.isdigit() or (size_text != "0" and size_text.startswith("0")):
        raise VerificationError(f"{where}: bad tree size {size_text!r}")
    root = b64decode(root_b64, f"{where}: root hash")
    if len(root) != 32:
        raise VerificationError(f"{where}: root hash is not 32 bytes")
    return Checkpoint(origin, int(size_text), root, text)


# --------------------------------------------------------------------------
# RFC 8785 JSON canonicalization

def _jcs_number(value) -> str:
    if isinstance(value, bool):
        raise TypeError
    if isinstance(value, int):
        if abs(value) < 2 ** 53:
            return str(value)
        value = float(value)  # ECMAScript numbers are IEEE doubles
    if math.isnan(value) or math.isinf(value):
        raise VerificationError("JCS: NaN/Infinity cannot be canonicalized")
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    # repr gives the shortest round-tripping digits, as ECMAScript requires.
    mantissa, _, exp = repr(abs(value)).partition("e")
    exponent = int(exp) if exp else 0
    int_part, _, frac_part = mantissa.partition(".")
    digits = (int_part + frac_part).lstrip("0")
    # value = 0.<all digits> * 10^point, before stripping leading zeros
    point = len(int_part) + exponent
    point -= len(int_part + frac_part) - len((int_part + frac_part).lstrip("0"))
    digits = digits.rstrip("0")
    k, n = len(digits), point
    if k <= n <= 21:
        out = digits + "0" * (n - k)
    elif 0 < n <= 21:
        out = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        out = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        esign = "+" if e >= 0 else "-"
        mant = digits if k == 1 else digits[0] + "." + digits[1:]
        out = f"{mant}e{esign}{abs(e)}"
    return sign + out


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _jcs_string(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            raise VerificationError("JCS: lone surrogate in string")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def jcs(value) -> bytes:
    return _jcs(value).encode("utf-8")


def _jcs(value) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return _jcs_number(value)
    if isinstance(value, str):
        return _jcs_string(value)
    if isinstance(value, list):
        return "[" + ",".join(_jcs(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(_jcs_string(k) + ":" + _jcs(value[k]) for k in keys) + "}"
    raise TypeError(f"JCS: cannot encode {type(value).__name__}")


def _no_duplicates(pairs):
    obj = {}
    for k, v in pairs:
        if k in obj:
            raise VerificationError(f"JSON: duplicate key {k!r}")
        obj[k] = v
    return obj


def parse_json(data: bytes, where: str):
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError) as error:
        raise VerificationError(f"{where}: not valid JSON ({error})")


# --------------------------------------------------------------------------
# Entries

def make_entry(commitment: bytes, kind: str) -> bytes:
    return jcs({"commitment": base64.b64encode(commitment).decode("ascii"), "kind": kind, "v": 1})


def check_entry(entry: bytes, index: int) -> dict:
    """An entry must be the canonical JSON {"commitment","kind","v":1}."""
    where = f"entry {index}"
    value = parse_json(entry, where)
    if not isinstance(value, dict) or set(value) != {"commitment", "kind", "v"}:
        raise VerificationError(f"{where}: not a Concord entry: {entry[:120]!r}")
    if value["v"] != 1 or isinstance(value["v"], bool):
        raise VerificationError(f"{where}: unknown entry version {value['v']!r}")
    if value["kind"] not in ("object", "admin"):
        raise VerificationError(f"{where}: unknown kind {value['kind']!r}")
    if not isinstance(value["commitment"], str):
        raise VerificationError(f"{where}: commitment is not a string")
    commitment = b64decode(value["commitment"], f"{where}: commitment")
    if len(commitment) != 32 or base64.b64encode(commitment).decode() != value["commitment"]:
        raise VerificationError(f"{where}: commitment is not canonical base64 of 32 bytes")
    if jcs(value) != entry:
        raise VerificationError(f"{where}: entry bytes are not canonical JSON")
    return value


def object_version(obj: dict) -> str | None:
    for field in ("modified", "created"):
        if isinstance(obj.get(field), str):
            return obj[field]
    return None


def object_commitment(salt: bytes, collection: str, contributor: str, obj: dict, version: str) -> bytes:
    payload = {"collection": collection, "contributor": contributor, "id": obj.get("id"),
               "object": obj, "version": version}
    return sha256(salt + jcs(payload))


# --------------------------------------------------------------------------
# HTTP

class Client:
    def __init__(self, url: str, token: str | None = None, timeout: float = 30):
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise RunError(f"--url {url!r}: expected http(s)://HOST[:PORT]")
        path = parsed.path
        for marker in ("/taxii2", "/ledger"):  # accept the discovery or checkpoint URL too
            if marker in path:
                path = path[:path.index(marker)]
        self.base = f"{parsed.scheme}://{parsed.netloc}{path.rstrip('/')}"
        self.token = token
        self.timeout = timeout

    def get(self, path: str, auth: bool = False, accept: str | None = None,
            allow_404: bool = False) -> bytes | None:
        url = path if path.startswith("http") else self.base + path
        headers = {}
        if accept:
            headers["Accept"] = accept
        if auth and self.token:
            headers["Authorization"] = "Bearer " + self.token
        request = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            if error.code == 404 and allow_404:
                return None
            detail = error.read()[:200].decode("utf-8", "replace")
            raise VerificationError(f"GET {url}: HTTP {error.code} {detail}")
        except (urllib.error.URLError, OSError) as error:
            raise RunError(f"GET {url}: {error}")


def tile_path(level, index: int, width: int) -> str:
    """C2SP tlog-tiles path: N in 3-digit groups, x-prefixed but the last."""
    groups = []
    n = index
    while True:
        groups.append(f"{n % 1000:03d}")
        n //= 1000
        if n == 0:
            break
    groups.reverse()
    encoded = "/".join(["x" + g for g in groups[:-1]] + [groups[-1]])
    suffix = "" if width == TILE_WIDTH else f".p/{width}"
    return f"/ledger/tile/{level}/{encoded}{suffix}"


# --------------------------------------------------------------------------
# The verifier

class LedgerVerifier:
    def __init__(self, url: str, vkey: str, token: str | None = None, log=None):
        self.key = VerifierKey(vkey)
        self.client = Client(url, token)
        self.log = log or (lambda message: None)
        self.leaf_hashes: list[bytes] | None = None
        self.entries: list[bytes] | None = None

    # -- checkpoint -------------------------------------------------------
    def fetch_checkpoint(self) -> Checkpoint:
        text = self.client.get("/ledger/checkpoint").decode("utf-8")
        checkpoint = parse_checkpoint(text, self.key, "checkpoint")
        self.log(f"checkpoint: size {checkpoint.size}, signature ok")
        return checkpoint

    def _tile(self, level, index: int, width: int) -> bytes:
        """A full or partial tile; falls back to the full tile when the partial one is gone."""
        data = self.client.get(tile_path(level, index, width), allow_404=width != TILE_WIDTH)
        if data is None:
            data = self.client.get(tile_path(level, index, TILE_WIDTH), allow_404=True)
            if data is None:
                raise VerificationError(f"tile {tile_path(level, index, width)}: not served (404)")
            if level != "entries":
                data = data[:width * 32]
        return data

    # -- full tree --------------------------------------------------------
    def verify_tree(self, checkpoint: Checkpoint) -> None:
        size = checkpoint.size
        entries: list[bytes] = []
        for tile_index in range((size + TILE_WIDTH - 1) // TILE_WIDTH):
            width = min(TILE_WIDTH, size - tile_index * TILE_WIDTH)
            path = tile_path("entries", tile_index, width)
            bundle = self._tile("entries", tile_index, width)
            got = self._parse_bundle(bundle, path, tile_index * TILE_WIDTH, width)
            entries.extend(got)
        for i, entry in enumerate(entries):
            check_entry(entry, i)
        hashes = [leaf_hash(e) for e in entries]
        # Level-L hash tiles hold roots of perfect subtrees of 256^L leaves.
        level_hashes = hashes
        level = 0
        while len(level_hashes) > 0:
            count = len(level_hashes)
            for tile_index in range((count + TILE_WIDTH - 1) // TILE_WIDTH):
                width = min(TILE_WIDTH, count - tile_index * TILE_WIDTH)
                path = tile_path(level, tile_index, width)
                data = self._tile(level, tile_index, width)
                if len(data) != width * 32:
                    raise VerificationError(
                        f"hash tile {path}: {len(data)} bytes, expected {width * 32}")
                for j in range(width):
                    node = tile_index * TILE_WIDTH + j
                    if data[j * 32:(j + 1) * 32] != level_hashes[node]:
                        what = (f"leaf hash of entry {node}" if level == 0 else
                                f"root of entries {node * TILE_WIDTH ** level}.."
                                f"{(node + 1) * TILE_WIDTH ** level - 1}")
                        raise VerificationError(
                            f"hash tile {path}: hash {j} does not match the {what} "
                            "computed from the entry bundles")
            # next tile level: roots of each full group of 256 nodes
            level_hashes = [merkle_root(level_hashes[i:i + TILE_WIDTH])
                            for i in range(0, count - count % TILE_WIDTH, TILE_WIDTH)]
            level += 1
        root = merkle_root(hashes)
        if root != checkpoint.root:
            raise VerificationError(
                f"tree root computed from {size} entries does not match the checkpoint root")
        self.entries, self.leaf_hashes = entries, hashes
        self.log(f"tree: {size} entries, {level} tile levels, root ok")

    def _parse_bundle(self, data: bytes, path: str, first: int, width: int) -> list[bytes]:
        out = []
        offset = 0
        while offset < len(data) and len(out) < width:
            if offset + 2 > len(data):
                raise VerificationError(f"entry bundle {path}: truncated length at entry {first + len(out)}")
            (length,) = struct.unpack(">H", data[offset:offset + 2])
            offset += 2
            if offset + length > len(data):
                raise VerificationError(f"entry bundle {path}: entry {first + len(out)} truncated")
            out.append(data[offset:offset + length])
            offset += length
        if len(out) != width:
            raise VerificationError(
                f"entry bundle {path}: has {len(out)} entries, the checkpoint needs {width} "
                f"(entries {first}..{first + width - 1}: some are missing)")
        if offset != len(data) and width == TILE_WIDTH:
            # (a full bundle fetched in place of a vanished partial one may carry more entries)
            raise VerificationError(f"entry bundle {path}: trailing bytes after {width} entries")
        return out

    # -- consistency with a saved checkpoint ------------------------------
    def verify_state(self, checkpoint: Checkpoint, state_file: str) -> bool:
        """Returns True when the state file may be updated."""
        if not os.path.exists(state_file):
            self.log("state: no saved checkpoint yet (trust on first use)")
            return True
        with open(state_file, encoding="utf-8") as handle:
            saved_text = json.load(handle)["checkpoint"]
        saved = parse_checkpoint(saved_text, self.key, f"saved checkpoint in {state_file}")
        if checkpoint.size < saved.size:
            raise VerificationError(
                f"rollback: the log shrank from size {saved.size} (saved in {state_file}) "
                f"to {checkpoint.size}")
        if checkpoint.size == saved.size:
            if checkpoint.root != saved.root:
                raise VerificationError(
                    f"fork: size {saved.size} has a different root than the one saved in {state_file}")
            self.log("state: same size and root as saved")
            return True
        if saved.size == 0:
            proof = []
        else:
            body = parse_json(self.client.get(
                f"/ledger/consistency?from={saved.size}&to={checkpoint.size}"), "consistency proof")
            if not isinstance(body, dict) or body.get("from") != saved.size or body.get("to") != checkpoint.size:
                raise VerificationError(
                    f"consistency proof: answered for other sizes than {saved.size}->{checkpoint.size}")
            proof = [b64decode(h, "consistency proof hash") for h in body.get("proof", [])]
        verify_consistency(saved.size, checkpoint.size, saved.root, checkpoint.root, proof)
        self.log(f"state: consistent with saved size {saved.size}")
        return True

    @staticmethod
    def save_state(checkpoint: Checkpoint, state_file: str) -> None:
        tmp = state_file + ".tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump({"checkpoint": checkpoint.text}, handle)
        os.replace(tmp, state_file)

    # -- a collection's objects -------------------------------------------
    def _api_roots(self) -> list[str]:
        body = parse_json(self.client.get("/taxii2/", auth=True, accept=TAXII), "TAXII discovery")
        roots = body.get("api_roots") or []
        return [r if r.endswith("/") else r + "/" for r in roots]

    def _collection_url(self, collection: str) -> str:
        for root in self._api_roots():
            data = self.client.get(root + "collections/", auth=True, accept=TAXII, allow_404=True)
            if data is None:
                continue
            for c in parse_json(data, "TAXII collections").get("collections", []):
                if c.get("id") == collection:
                    if not c.get("can_read"):
                        raise RunError(f"collection {collection}: this token may not read it")
                    return f"{root}collections/{urllib.parse.quote(collection)}/"
        raise RunError(f"collection {collection}: not found (or not visible with this token)")

    def _pages(self, url: str, what: str):
        params = {"match[version]": "all", "limit": "100"}
        while True:
            data = self.client.get(url + "?" + urllib.parse.urlencode(params), auth=True, accept=TAXII)
            body = parse_json(data, what) if data else {}
            for item in body.get("objects", []) or []:
                yield item
            if not body.get("more") or not body.get("next"):
                return
            params["next"] = body["next"]

    def verify_collection(self, collection: str) -> int:
        if not self.client.token:
            raise RunError("--collection needs --token")
        url = self._collection_url(collection)
        manifest: dict[str, list[str]] = {}
        for record in self._pages(url + "manifest/", "TAXII manifest"):
            manifest.setdefault(record.get("id"), []).append(record.get("version"))
        seen_indexes: dict[int, str] = {}
        seen_versions = set()
        checkpoints: dict[str, Checkpoint] = {}
        count = 0
        for obj in self._pages(url + "objects/", "TAXII objects"):
            if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
                raise VerificationError(f"collection {collection}: object without an id")
            oid = obj["id"]
            version = object_version(obj)
            if version is None:  # no modified/created: the version is its date_added
                versions = manifest.get(oid, [])
                if len(versions) != 1:
                    raise VerificationError(f"{oid}: cannot tell its version (no modified/created)")
                version = versions[0]
            where = f"{oid} version {version}"
            if (oid, version) in seen_versions:
                raise VerificationError(f"{where}: served twice")
            seen_versions.add((oid, version))
            query = urllib.parse.urlencode({"collection": collection, "id": oid, "version": version})
            data = self.client.get(f"/ledger/proof?{query}", auth=True, allow_404=True)
            if data is None:
                raise VerificationError(f"{where}: not in the log (no inclusion proof, 404)")
            proof = parse_json(data, f"{where}: proof")
            try:
                index = proof["index"]
                entry = b64decode(proof["entry"], f"{where}: proof entry")
                salt = b64decode(proof["salt"], f"{where}: proof salt")
                contributor = proof["contributor"]
                path = [b64decode(h, f"{where}: proof hash") for h in proof["proof"]]
                note = proof["checkpoint"]
            except (KeyError, TypeError):
                raise VerificationError(f"{where}: malformed proof response")
            if not isinstance(index, int) or isinstance(index, bool) or index < 0:
                raise VerificationError(f"{where}: bad proof index {index!r}")
            if proof.get("version") != version:
                raise VerificationError(
                    f"{where}: the proof is for version {proof.get('version')!r}")
            if not isinstance(contributor, str) or not contributor.startswith("identity--"):
                raise VerificationError(f"{where}: bad contributor {contributor!r}")
            commitment = object_commitment(salt, collection, contributor, obj, version)
            expected_entry = make_entry(commitment, "object")
            if entry != expected_entry:
                raise VerificationError(
                    f"{where} (log index {index}): commitment mismatch: the object as served "
                    "does not match the commitment in its log entry")
            check_entry(entry, index)
            if index in seen_indexes:
                raise VerificationError(f"{where}: log index {index} also used by {seen_indexes[index]}")
            seen_indexes[index] = where
            checkpoint = checkpoints.get(note)
            if checkpoint is None:
                checkpoint = parse_checkpoint(note, self.key, f"{where}: proof checkpoint")
                checkpoints[note] = checkpoint
                self._cross_check(checkpoint, where)
            verify_inclusion(index, checkpoint.size, leaf_hash(entry), path, checkpoint.root)
            if self.entries is not None and index < len(self.entries) and self.entries[index] != entry:
                raise VerificationError(
                    f"{where}: the proof's entry differs from entry {index} in the entry bundles")
            count += 1
        missing = {(oid, v) for oid, vs in manifest.items() for v in vs} - seen_versions
        if missing:
            oid, v = sorted(missing)[0]
            raise VerificationError(f"{oid} version {v}: in the manifest but not served")
        self.log(f"collection {collection}: {count} object versions committed and included")
        return count

    def _cross_check(self, checkpoint: Checkpoint, where: str) -> None:
        """A proof's checkpoint must agree with the tree rebuilt from the tiles."""
        if self.leaf_hashes is None or checkpoint.size > len(self.leaf_hashes):
            return
        if merkle_root(self.leaf_hashes[:checkpoint.size]) != checkpoint.root:
            raise VerificationError(
                f"{where}: the proof's size-{checkpoint.size} checkpoint root differs from the tree "
                "rebuilt from the entry bundles (fork)")


def run(argv=None, log=print) -> int:
    parser = argparse.ArgumentParser(description="Independent verifier for a Concord verifiable log.")
    parser.add_argument("--url", required=True, help="the node's base URL")
    parser.add_argument("--key", required=True, help="the log's verifier key NAME+KEYID+KEY")
    parser.add_argument("--state", help="file keeping the last verified checkpoint")
    parser.add_argument("--token", help="a reader's token (for --collection)")
    parser.add_argument("--collection", help="a collection id whose objects to check")
    parser.add_argument("--no-full", action="store_true", help="skip rebuilding the tree")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    say = (lambda m: None) if args.quiet else log
    try:
        verifier = LedgerVerifier(args.url, args.key, args.token, log=say)
        checkpoint = verifier.fetch_checkpoint()
        if args.state:
            verifier.verify_state(checkpoint, args.state)
        if not args.no_full:
            verifier.verify_tree(checkpoint)
        if args.collection:
            verifier.verify_collection(args.collection)
        if args.state:
            verifier.save_state(checkpoint, args.state)
    except VerificationError as error:
        log(f"FAILED: {error}")
        return 1
    except RunError as error:
        log(f"ERROR: {error}")
        return 2
    say(f"OK: {checkpoint.origin} size {checkpoint.size} verified")
    return 0


if __name__ == "__main__":
    sys.exit(run())
