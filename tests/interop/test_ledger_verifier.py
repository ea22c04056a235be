"""The independent ledger verifier (ledger_verifier.py) against a live Concord hub.

It must accept an honest hub (full tree, collections read with a reader's token,
consistency with a saved checkpoint) and reject four kinds of tampering done
behind the hub's back in its SQLite store: an edited object body, a rewritten
log entry, a deleted log entry, and a rollback to an older copy of the data
directory. Concord's own `concord ledger verify` is run on the same hubs and
must agree.
"""
import base64
import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import time
import urllib.request
import uuid

import pytest

from conftest import Hub, concord_binary
import ledger_verifier

TAXII = "application/taxii+json;version=2.1"


# --------------------------------------------------------------------------
# helpers

def base_url(hub: Hub) -> str:
    return hub.url.split("/taxii2/")[0]


def verifier_key(hub: Hub) -> str:
    for line in hub.banner:
        if match := re.search(r"verifier key: (\S+?)\)", line):
            return match.group(1)
    raise AssertionError("no verifier key in the banner:\n" + "".join(hub.banner))


def checkpoint_size(hub: Hub) -> int:
    with urllib.request.urlopen(base_url(hub) + "/ledger/checkpoint", timeout=10) as response:
        return int(response.read().decode().split("\n")[1])


def wait_integrated(hub: Hub, at_least: int = 0, timeout: float = 15) -> int:
    """Poll the checkpoint until it reaches at_least and stops growing."""
    deadline = time.time() + timeout
    last, stable_since = -1, time.time()
    while time.time() < deadline:
        size = checkpoint_size(hub)
        if size != last:
            last, stable_since = size, time.time()
        elif size >= at_least and time.time() - stable_since > 0.8:
            return size
        time.sleep(0.1)
    raise AssertionError(f"checkpoint stuck at {last}, wanted at least {at_least}")


def taxii(hub: Hub, token: str, path: str, body=None):
    request = urllib.request.Request(
        hub.url + path, data=None if body is None else json.dumps(body).encode(),
        method="GET" if body is None else "POST",
        headers={"Accept": TAXII, "Content-Type": TAXII, "Authorization": "Bearer " + token})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def collections(hub: Hub, token: str) -> list[dict]:
    return taxii(hub, token, "api/collections/")["collections"]


def writable_collection(hub: Hub, org: str) -> str:
    return next(c["id"] for c in collections(hub, hub.tokens[org]) if c["can_write"] and c["can_read"])


def indicator(name: str, when: str, object_id: str | None = None, **extra) -> dict:
    return {"type": "indicator", "spec_version": "2.1",
            "id": object_id or f"indicator--{uuid.uuid4()}",
            "created": "2025-03-01T10:00:00.000Z", "modified": when, "name": name,
            "pattern": "[ipv4-addr:value = '198.51.100.7']", "pattern_type": "stix",
            "valid_from": "2025-03-01T10:00:00Z", **extra}


def publish(hub: Hub, org: str, collection: str, objects: list[dict]) -> None:
    status = taxii(hub, hub.tokens[org], f"api/collections/{collection}/objects/", {"objects": objects})
    assert status.get("success_count") == len(objects), status


def verify(hub: Hub, *args: str) -> tuple[int, str]:
    """Run the independent verifier in-process; returns (exit code, output)."""
    out = io.StringIO()
    code = ledger_verifier.run(["--url", base_url(hub), "--key", verifier_key(hub), *args],
                               log=lambda m: print(m, file=out))
    return code, out.getvalue()


def concord_verify(hub: Hub, *args: str) -> tuple[int, str]:
    result = subprocess.run(
        [concord_binary(), "ledger", "verify", "--url", base_url(hub), "--key", verifier_key(hub), *args],
        capture_output=True, text=True, timeout=60)
    return result.returncode, result.stdout + result.stderr


@contextlib.contextmanager
def running(data_dir: str):
    hub = Hub(data_dir)
    try:
        wait_integrated(hub)
        yield hub
    finally:
        hub.stop()


# --------------------------------------------------------------------------
# the honest hub, and copies of its data directory to tamper with

@pytest.fixture(scope="module")
def world():
    if not os.path.exists(concord_binary()):
        pytest.skip(f"concord binary not built at {concord_binary()}")
    root = tempfile.mkdtemp(prefix="concord-ledger-verifier-")
    base = os.path.join(root, "base")
    state = os.path.join(root, "verifier.state")
    concord_state = os.path.join(root, "concord.state")
    hub = Hub(base)
    try:
        size0 = wait_integrated(hub)
        collection = writable_collection(hub, "city-cert")
        twice = f"indicator--{uuid.uuid4()}"
        extras = [
            # strings and numbers that a sloppy canonicalizer gets wrong
            indicator("Tainted \u00e9t\u00e9 / \"quoted\" \u2028 \U0001F600 tab\tend",
                      "2025-03-01T10:00:00.000Z", x_score=0.1, x_tiny=1e-7, x_big=1e21,
                      x_ratio=2.5, x_count=12, confidence=85, labels=["\u20ac", "z", "\ufb33"]),
            indicator("First version", "2025-03-01T10:00:00.000Z", object_id=twice),
            indicator("Second version", "2025-03-02T10:00:00.000Z", object_id=twice),
            {"type": "malware", "spec_version": "2.1", "id": f"malware--{uuid.uuid4()}",
             "created": "2025-03-03T00:00:00.000Z", "modified": "2025-03-03T00:00:00.000Z",
             "name": "Ledger Lurker", "is_family": False},
        ]
        publish(hub, "city-cert", collection, extras)
        size1 = wait_integrated(hub, size0 + len(extras))
        readable = [c["id"] for c in collections(hub, hub.tokens["water-utility"]) if c["can_read"]]
        assert collection in readable
        honest = {
            "full": verify(hub, "--state", state),
            "concord": concord_verify(hub, "--full", "--state", concord_state),
            # a reader that did not publish them checks every object version it can read
            "collections": [verify(hub, "--no-full", "--token", hub.tokens["water-utility"],
                                   "--collection", c) for c in readable],
            "with_tree": verify(hub, "--token", hub.tokens["city-cert"], "--collection", collection),
        }
    finally:
        hub.stop()
    # object entry indexes of our extras, from the store (for the entry tamper cases)
    db = sqlite3.connect(os.path.join(base, "concord.sqlite"))
    body_row = db.execute(
        "SELECT rowid, body FROM object_versions WHERE collection_id = ? AND instr(body, ?) > 0",
        (collection, b"Ledger Lurker")).fetchone()
    db.close()
    copies = {}
    for name in ("a", "b", "c", "old"):  # whole directory, hub stopped
        copies[name] = os.path.join(root, name)
        shutil.copytree(base, copies[name])
    yield dict(root=root, base=base, state=state, concord_state=concord_state, collection=collection,
               sizes=(size0, size1), honest=honest, copies=copies, body_row=body_row)
    shutil.rmtree(root, ignore_errors=True)


def test_accepts_the_honest_log(world):
    code, out = world["honest"]["full"]
    assert code == 0, out
    assert f"size {world['sizes'][1]}" in out and "root ok" in out
    code, out = world["honest"]["with_tree"]
    assert code == 0, out
    assert "object versions committed and included" in out
    for code, out in world["honest"]["collections"]:
        assert code == 0, out
    code, out = world["honest"]["concord"]
    assert code == 0, f"concord ledger verify rejects the honest log:\n{out}"


def test_edited_object_body_is_a_commitment_mismatch(world):
    data_dir = world["copies"]["a"]
    rowid, body = world["body_row"]
    db = sqlite3.connect(os.path.join(data_dir, "concord.sqlite"))
    edited = bytes(body).replace(b"Ledger Lurker", b"Harmless Tool")
    assert edited != bytes(body)
    db.execute("UPDATE object_versions SET body = ? WHERE rowid = ?", (edited, rowid))
    db.commit()
    db.close()
    with running(data_dir) as hub:
        token = hub.tokens["city-cert"]
        served = taxii(hub, token, f"api/collections/{world['collection']}/objects/?limit=1000")
        assert any(o.get("name") == "Harmless Tool" for o in served["objects"]), "tamper not served"
        code, out = verify(hub, "--token", token, "--collection", world["collection"])
        assert code == 1, out
        assert "commitment mismatch" in out, out
        ccode, cout = concord_verify(hub, "--full", "--token", token, "--collection", world["collection"])
    print(out, cout, sep="\n")
    assert ccode == 1, f"concord ledger verify missed the edited object body:\n{cout}"


def _object_entry(db) -> tuple:
    """An integrated object entry some way into the log: (log index, its run's first index, offset in the run)."""
    (size,) = db.execute("SELECT MAX(size) FROM ledger_checkpoints").fetchone()
    (index,) = db.execute(
        "SELECT ledger_index FROM object_versions WHERE ledger_index < ? ORDER BY ledger_index LIMIT 1 OFFSET 300",
        (size,)).fetchone()
    (first,) = db.execute(
        "SELECT first_index FROM ledger_entries WHERE first_index <= ? ORDER BY first_index DESC LIMIT 1", (index,)).fetchone()
    return index, first, (index - first) * 32


def test_rewritten_entry_is_a_tile_mismatch(world):
    data_dir = world["copies"]["b"]
    db = sqlite3.connect(os.path.join(data_dir, "concord.sqlite"))
    n, first, offset = _object_entry(db)
    (commitments,) = db.execute("SELECT commitments FROM ledger_entries WHERE first_index = ?", (first,)).fetchone()
    forged = commitments[:offset] + hashlib.sha256(b"forged").digest() + commitments[offset + 32:]
    assert len(forged) == len(commitments) and forged != commitments
    assert db.execute("UPDATE ledger_entries SET commitments = ? WHERE first_index = ?", (forged, first)).rowcount == 1
    db.commit()
    db.close()
    with running(data_dir) as hub:
        code, out = verify(hub)
        assert code == 1, out
        # the entry bundle now disagrees with the signed tree: either the level-0 tile
        # or, if the node re-hashed its tiles, the root.
        assert (f"leaf hash of entry {n}" in out or "does not match the checkpoint root" in out), out
        ccode, cout = concord_verify(hub, "--full")
    print(out, cout, sep="\n")
    assert ccode == 1, f"concord ledger verify --full missed the rewritten entry {n}:\n{cout}"


def test_deleted_entry_is_rejected(world):
    data_dir = world["copies"]["c"]
    db = sqlite3.connect(os.path.join(data_dir, "concord.sqlite"))
    n, first, offset = _object_entry(db)
    # cut entry n out of its run: every later entry of the run moves up one place
    (commitments,) = db.execute("SELECT commitments FROM ledger_entries WHERE first_index = ?", (first,)).fetchone()
    shortened = commitments[:offset] + commitments[offset + 32:]
    assert db.execute("UPDATE ledger_entries SET commitments = ? WHERE first_index = ?", (shortened, first)).rowcount == 1
    db.commit()
    db.close()
    with running(data_dir) as hub:
        code, out = verify(hub)
        assert code == 1, out
        # the node serves entries only up to the gap, so the bundle holding entry n comes up short
        bundle = ledger_verifier.tile_path("entries", n // 256, 256)
        assert re.search(rf"entry bundle {re.escape(bundle)}: has \d+ entries, the checkpoint needs 256", out), out
        ccode, cout = concord_verify(hub, "--full")
    print(out, cout, sep="\n")
    assert ccode == 1, f"concord ledger verify --full missed the deleted entry {n}:\n{cout}"


def test_rollback_is_refused(world):
    with running(world["base"]) as hub:
        collection = writable_collection(hub, "city-cert")
        before = checkpoint_size(hub)
        publish(hub, "city-cert", collection,
                [indicator(f"After the snapshot {i}", "2025-04-01T00:00:00.000Z") for i in range(5)])
        grown = wait_integrated(hub, before + 5)
        code, out = verify(hub, "--state", world["state"])
        assert code == 0, out
        assert f"consistent with saved size {world['sizes'][1]}" in out, out
        ccode, cout = concord_verify(hub, "--state", world["concord_state"])
        assert ccode == 0, cout
    assert json.load(open(world["state"]))["checkpoint"].split("\n")[1] == str(grown)
    with running(world["copies"]["old"]) as hub:  # the data directory as it was before
        old_size = checkpoint_size(hub)
        code, out = verify(hub, "--state", world["state"])
        assert code == 1, out
        if old_size < grown:
            assert f"rollback: the log shrank from size {grown}" in out, out
        else:  # restarts log admin entries; a regrown old copy is a fork instead
            assert "consistency proof" in out or "fork" in out, out
        ccode, cout = concord_verify(hub, "--state", world["concord_state"])
    print(out, cout, sep="\n")
    assert ccode == 1, f"concord ledger verify --state accepted the rollback:\n{cout}"
    # the failed run must not have overwritten the saved checkpoint
    assert json.load(open(world["state"]))["checkpoint"].split("\n")[1] == str(grown)


# --------------------------------------------------------------------------
# the verifier's building blocks, against definitions written out separately

def _mth(leaves):  # RFC 9162 2.1.1, recursive definition
    if len(leaves) == 0:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return ledger_verifier.leaf_hash(leaves[0])
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    return ledger_verifier.node_hash(_mth(leaves[:k]), _mth(leaves[k:]))


def _path(m, leaves):  # RFC 9162 2.1.3.1
    if len(leaves) == 1:
        return []
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    if m < k:
        return _path(m, leaves[:k]) + [_mth(leaves[k:])]
    return _path(m - k, leaves[k:]) + [_mth(leaves[:k])]


def _subproof(m, leaves, b):  # RFC 9162 2.1.4.1
    n = len(leaves)
    if m == n:
        return [] if b else [_mth(leaves)]
    k = 1 << ((n - 1).bit_length() - 1)
    if m <= k:
        return _subproof(m, leaves[:k], b) + [_mth(leaves[k:])]
    return _subproof(m - k, leaves[k:], False) + [_mth(leaves[:k])]


def test_proof_checks_match_rfc9162():
    leaves = [f"entry {i}".encode() for i in range(40)]
    for size in range(1, 41):
        root = _mth(leaves[:size])
        assert ledger_verifier.merkle_root([ledger_verifier.leaf_hash(e) for e in leaves[:size]]) == root
        for index in range(size):
            proof = _path(index, leaves[:size])
            ledger_verifier.verify_inclusion(index, size, ledger_verifier.leaf_hash(leaves[index]), proof, root)
            with pytest.raises(ledger_verifier.VerificationError):
                wrong = ledger_verifier.leaf_hash(leaves[(index + 1) % 40])
                ledger_verifier.verify_inclusion(index, size, wrong, proof, root)
            if proof:
                with pytest.raises(ledger_verifier.VerificationError):
                    ledger_verifier.verify_inclusion(index, size, ledger_verifier.leaf_hash(leaves[index]),
                                                     proof[:-1], root)
        for first in range(1, size):
            proof = _subproof(first, leaves[:size], True)
            old = _mth(leaves[:first])
            ledger_verifier.verify_consistency(first, size, old, root, proof)
            forked = _mth(leaves[:first - 1] + [b"forged"])
            with pytest.raises(ledger_verifier.VerificationError):
                ledger_verifier.verify_consistency(first, size, forked, root, proof)
            with pytest.raises(ledger_verifier.VerificationError):
                ledger_verifier.verify_consistency(first, size, old, root, proof[:-1])
            with pytest.raises(ledger_verifier.VerificationError):
                ledger_verifier.verify_consistency(size, first, root, old, proof)


def test_jcs_and_tile_paths():
    jcs = ledger_verifier.jcs
    # RFC 8785 appendix B and section 3.2.3 samples
    for value, text in [(0.0, "0"), (-0.0, "0"), (1e21, "1e+21"), (1e20, "100000000000000000000"),
                        (1e-7, "1e-7"), (0.000001, "0.000001"), (333333333.3333333, "333333333.3333333"),
                        (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
                        (295147905179352830000.0, "295147905179352830000"), (4.5, "4.5"), (2 ** 53 + 1, "9007199254740992")]:
        assert jcs(value) == text.encode(), value
    assert jcs({"\u20ac": 1, "\r": 2, "\ufb33": 3, "1": 4, "\U0001F600": 5, "\u0080": 6, "\u00f6": 7}) == \
        '{"\\r":2,"1":4,"\u0080":6,"\u00f6":7,"\u20ac":1,"\U0001F600":5,"\ufb33":3}'.encode()
    assert jcs(["/", "\u2028", "\x1f", "\"\\"]) == '["/","\u2028","\\u001f","\\"\\\\"]'.encode()
    assert ledger_verifier.tile_path(0, 1234067, 256) == "/ledger/tile/0/x001/x234/067"
    assert ledger_verifier.tile_path("entries", 2, 102) == "/ledger/tile/entries/002.p/102"


def test_checkpoint_signature_checks():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    name = "test.example/log"
    keyid = hashlib.sha256(name.encode() + b"\n\x01" + public).digest()[:4]
    encoded = base64.b64encode(b"\x01" + public).decode()
    vkey = ledger_verifier.VerifierKey(f"{name}+{keyid.hex()}+{encoded}")
    body = f"{name}\n7\n{base64.b64encode(bytes(32)).decode()}\n"
    sig = base64.b64encode(keyid + private.sign(body.encode())).decode()
    witness = "\u2014 witness.example " + base64.b64encode(b"\xaa" * 76).decode() + "\n"
    note = f"{body}\n\u2014 {name} {sig}\n" + witness
    assert ledger_verifier.parse_checkpoint(note, vkey).size == 7
    for bad in (note.replace("\n7\n", "\n8\n"), note.replace(f"\u2014 {name} ", "\u2014 other "),
                note.replace(name, "other.example/log")):
        with pytest.raises(ledger_verifier.VerificationError):
            ledger_verifier.parse_checkpoint(bad, vkey)
