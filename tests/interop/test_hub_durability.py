"""What the hub acknowledged survives `kill -9`, and SIGTERM stops it cleanly."""
import json
import shutil
import signal
import tempfile

from conftest import Hub
from taxii2client.v21 import Server


def indicator(n):
    return {
        "type": "indicator", "spec_version": "2.1", "id": f"indicator--cccccccc-bbbb-4ccc-8ddd-{n:012d}",
        "created": "2024-05-01T10:00:00.000Z", "modified": "2024-05-01T10:00:00.000Z",
        "pattern": f"[domain-name:value = 'host{n}.example.org']", "pattern_type": "stix",
        "valid_from": "2024-05-01T10:00:00Z",
    }


def feed(hub):
    root = Server(hub.url, user="city-cert", password=hub.tokens["city-cert"]).api_roots[0]
    return next(c for c in root.collections if c.title == "Regional threat feed")


def test_acknowledged_objects_survive_kill_9():
    data = tempfile.mkdtemp(prefix="concord-kill9-")
    try:
        first = Hub(data)
        acknowledged = []
        for batch in range(5):
            objects = [indicator(batch * 100 + n) for n in range(100)]
            status = feed(first).add_objects(json.dumps({"objects": objects}))
            assert status.success_count == 100
            acknowledged += [o["id"] for o in objects]
        first.process.send_signal(signal.SIGKILL)
        first.process.wait()

        second = Hub(data)
        try:
            stored = set()
            more, kwargs = True, {"type": "indicator", "limit": 1000}
            while more:
                page = feed(second).get_objects(**kwargs)
                stored |= {o["id"] for o in page.get("objects", [])}
                more, kwargs = page.get("more", False), {"next": page.get("next")}
            assert set(acknowledged) <= stored
        finally:
            second.stop()
        assert second.process.returncode == 0
    finally:
        shutil.rmtree(data, ignore_errors=True)
