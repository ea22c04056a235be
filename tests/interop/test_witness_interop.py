"""Two Concord nodes on loopback, one the witness of the other: checkpoints are
cosigned, and `concord ledger verify --quorum 1` passes."""
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request

from conftest import Hub, concord_binary


def run(*args):
    result = subprocess.run([concord_binary(), *args], capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def test_witnessed_hub_verifies_with_quorum():
    hub_dir, witness_dir = tempfile.mkdtemp(prefix="concord-hub-"), tempfile.mkdtemp(prefix="concord-witness-")
    witness = hub = None
    try:
        log_key = run("ledger", "key", "--data", hub_dir, "--origin", "hub.test/concord")
        witness_key = run("witness", "key", "--data", witness_dir)
        run("witness", "trust", log_key, "--data", witness_dir)
        witness = Hub(witness_dir)
        witness_url = witness.url.replace("/taxii2/", "/witness")
        run("witness", "add", witness_url, "--key", witness_key, "--data", hub_dir)
        hub = Hub(hub_dir)
        base = hub.url.replace("/taxii2/", "")
        deadline = time.time() + 20
        note = ""
        while time.time() < deadline:
            note = urllib.request.urlopen(base + "/ledger/checkpoint").read().decode()
            if len([line for line in note.splitlines() if line.startswith("\u2014 ")]) >= 2:
                break
            time.sleep(0.2)
        signers = [line.split()[1] for line in note.splitlines() if line.startswith("\u2014 ")]
        assert "hub.test/concord" in signers and len(signers) == 2, note

        verified = subprocess.run([concord_binary(), "ledger", "verify", "--url", base, "--key", log_key,
                                   "--witness", witness_key, "--quorum", "1", "--full"], capture_output=True, text=True)
        assert verified.returncode == 0, verified.stdout + verified.stderr
        assert "witness quorum met: 1 of 1" in verified.stdout

        impostor = subprocess.run([concord_binary(), "witness", "key", "--data", tempfile.mkdtemp()], capture_output=True, text=True)
        other_key = impostor.stdout.strip().splitlines()[-1]
        refused = subprocess.run([concord_binary(), "ledger", "verify", "--url", base, "--key", log_key,
                                  "--witness", other_key, "--quorum", "1"], capture_output=True, text=True)
        assert refused.returncode == 1 and "witnesses cosigned" in refused.stderr, refused.stderr
    finally:
        for node in (hub, witness):
            if node:
                node.stop()
        shutil.rmtree(hub_dir, ignore_errors=True)
        shutil.rmtree(witness_dir, ignore_errors=True)
