"""`concord detect` against a real demo hub: indicators read over TAXII, sightings
published back, then read with the OASIS taxii2-client."""
import json
import os
import subprocess
import urllib.request

from taxii2client.v21 import Server

from conftest import ROOT, concord_binary

FEED = "Regional threat feed"
SAMPLE = os.path.join(ROOT, "Examples", "events", "ecs-sample.jsonl")


def detect(hub, *extra):
    base = hub.url.split("/taxii2/")[0]
    command = [concord_binary(), "detect", "--url", base, "--token", hub.tokens["city-cert"], "--collection", FEED,
               "--events", SAMPLE, "--mapping", "ecs", "--format", "jsonl", *extra]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def whoami(hub):
    request = urllib.request.Request(hub.url + "api/concord/whoami/", headers={
        "Authorization": "Bearer " + hub.tokens["city-cert"], "Accept": "application/taxii+json;version=2.1"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def feed(hub):
    root = Server(hub.url, user="city-cert", password=hub.tokens["city-cert"]).api_roots[0]
    return next(c for c in root.collections if c.title == FEED)


def sightings_by_indicator(hub):
    """The sightings detection published (the demo feed has sightings of its own)."""
    objects = feed(hub).get_objects(type="sighting").get("objects", [])
    return {s["sighting_of_ref"]: s for s in objects if s["id"] not in DEMO_SIGHTINGS}


# The demo feed's own sightings, recorded before the first run.
DEMO_SIGHTINGS = set()


def test_detect_publishes_aggregated_sightings(hub):
    DEMO_SIGHTINGS.update(s["id"] for s in feed(hub).get_objects(type="sighting").get("objects", []))
    result = detect(hub, "--publish")
    assert result.returncode == 0, result.stderr
    detections = [json.loads(line) for line in result.stdout.splitlines()]
    names = {d["name"] for d in detections}
    assert {"PumpJack C2 address 0", "BlackoutRAT C2 domain 1", "FareSkim dropper hash 2", "TriageLock phishing URL 3",
            "ValveWorm C2 address (v6) 4", "PumpJack C2 address 10", "BlackoutRAT C2 domain 6"} <= names
    assert "published 7 sightings" in result.stderr and "0 refused" in result.stderr, result.stderr

    sightings = sightings_by_indicator(hub)
    pumpjack = next(d["indicator"] for d in detections if d["name"] == "PumpJack C2 address 0")
    sighting = sightings[pumpjack]
    assert sighting["count"] == 2
    assert sighting["first_seen"] == "2024-10-01T08:03:30.000000Z"
    assert sighting["last_seen"] == "2024-10-01T08:35:00.000000Z"
    observed = feed(hub).get_object(sighting["observed_data_refs"][0])["objects"][0]
    assert observed["number_observed"] == 2
    address = feed(hub).get_object(observed["object_refs"][0])["objects"][0]
    assert address == {"type": "ipv4-addr", "spec_version": "2.1", "id": address["id"], "value": "203.0.113.1"}
    assert len(sightings) == 7
    # attributed to the token's organization, which the hub reported (no --identity given)
    identity = whoami(hub)["identity"]
    assert all(s["where_sighted_refs"] == [identity] and s["created_by_ref"] == identity for s in sightings.values())


def test_detect_again_does_not_duplicate(hub):
    before = sightings_by_indicator(hub)
    result = detect(hub, "--publish")
    assert result.returncode == 0, result.stderr
    after = sightings_by_indicator(hub)
    assert after.keys() == before.keys()
    assert {s["id"] for s in after.values()} == {s["id"] for s in before.values()}
    versions = feed(hub).object_versions(next(iter(after.values()))["id"])
    assert len(versions["versions"]) == 1


def test_small_pages_give_the_same_indicators(hub):
    whole = detect(hub)
    paged = detect(hub, "--page-size", "7")
    assert paged.returncode == 0, paged.stderr
    assert paged.stdout == whole.stdout
    assert "100 loaded" in paged.stderr
