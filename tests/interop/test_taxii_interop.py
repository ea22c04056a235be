"""The OASIS taxii2-client against a real `concord serve --demo` on loopback."""
import json
import time

import pytest
import requests
from taxii2client.v21 import ApiRoot, Collection, Server, as_pages
from taxii2client.exceptions import TAXIIServiceException

WRITABLE = "Regional threat feed"


def server(hub, org):
    return Server(hub.url, user=org, password=hub.tokens[org])


def collection(hub, org, title):
    root = server(hub, org).api_roots[0]
    return next(c for c in root.collections if c.title == title)


def indicator(n, modified="2024-05-01T10:00:00.000Z", marking=None):
    obj = {
        "type": "indicator", "spec_version": "2.1",
        "id": f"indicator--aaaaaaaa-bbbb-4ccc-8ddd-{n:012d}",
        "created": "2024-05-01T10:00:00.000Z", "modified": modified,
        "name": f"interop {n}", "pattern": f"[ipv4-addr:value = '192.0.2.{n % 250}']",
        "pattern_type": "stix", "valid_from": "2024-05-01T10:00:00Z",
    }
    if marking:
        obj["object_marking_refs"] = [marking]
    return obj


def test_discovery_and_api_root(hub):
    s = server(hub, "city-cert")
    assert s.title == "Concord"
    root = s.api_roots[0]
    assert root.max_content_length > 0
    assert "application/taxii+json;version=2.1" in root.versions
    titles = {c.title for c in root.collections}
    assert {"Regional threat feed", "Water sector", "Incident coordination", "Public advisories"} <= titles


def test_grants_shape_the_collection_list(hub):
    titles = {c.title for c in server(hub, "transit-operator").api_roots[0].collections}
    assert "Water sector" not in titles, "transit has no grant on the water collection"
    water = collection(hub, "hospital", "Water sector")
    assert water.can_read and not water.can_write


def test_add_with_status_polling(hub):
    feed = collection(hub, "city-cert", WRITABLE)
    envelope = {"objects": [indicator(1), indicator(2), {"type": "indicator", "id": "indicator--bad"}]}
    status = feed.add_objects(json.dumps(envelope), wait_for_completion=True, poll_interval=0.2, timeout=10)
    assert status.status == "complete"
    assert status.success_count == 2 and status.failure_count == 1
    assert status.failures[0]["message"]
    status.refresh()
    assert status.total_count == 3


def test_paging_matches_manifest(hub):
    feed = collection(hub, "city-cert", WRITABLE)
    paged = [obj["id"] for page in as_pages(feed.get_objects, per_request=37) for obj in page.get("objects", [])]
    manifest = [rec["id"] for page in as_pages(feed.get_manifest, per_request=50) for rec in page.get("objects", [])]
    assert len(paged) == len(set(paged)) > 100
    assert sorted(paged) == sorted(manifest)


def test_every_filter(hub):
    feed = collection(hub, "city-cert", WRITABLE)
    versions = ["2024-05-01T10:00:00.000Z", "2024-06-01T10:00:00.000Z", "2024-07-01T10:00:00.000Z"]
    feed.add_objects(json.dumps({"objects": [indicator(50, v) for v in versions]}))
    oid = indicator(50)["id"]
    assert [o["modified"] for o in feed.get_object(oid)["objects"]] == [versions[-1]]
    assert [o["modified"] for o in feed.get_object(oid, version="first")["objects"]] == [versions[0]]
    assert sorted(o["modified"] for o in feed.get_object(oid, version="all")["objects"]) == versions
    assert [o["modified"] for o in feed.get_object(oid, version=versions[1])["objects"]] == [versions[1]]
    assert feed.object_versions(oid)["versions"] == versions
    by_type = feed.get_objects(type="malware")["objects"]
    assert by_type and all(o["type"] == "malware" for o in by_type)
    two = feed.get_objects(type=["malware", "threat-actor"])["objects"]
    assert {o["type"] for o in two} == {"malware", "threat-actor"}
    assert [o["id"] for o in feed.get_objects(id=oid)["objects"]] == [oid]
    assert feed.get_objects(spec_version="2.0").get("objects", []) == []
    manifest = feed.get_manifest(id=oid)["objects"]
    assert manifest[0]["version"] == versions[-1]
    after = manifest[0]["date_added"]
    newer = feed.get_objects(added_after=after).get("objects", [])
    assert oid not in [o["id"] for o in newer]


def test_tlp_red_reaches_only_named_recipients(hub):
    red = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"
    hospital_view = collection(hub, "hospital", WRITABLE).get_objects(type="indicator", limit=1000)["objects"]
    transit_view = collection(hub, "transit-operator", WRITABLE).get_objects(type="indicator", limit=1000)["objects"]
    hospital_red = [o for o in hospital_view if red in o.get("object_marking_refs", [])]
    assert hospital_red, "the demo names the hospital as recipient of TLP:RED indicators"
    transit_red = [o for o in transit_view if red in o.get("object_marking_refs", [])]
    transit_identity = None
    for o in transit_red:
        transit_identity = transit_identity or o.get("created_by_ref")
        assert o.get("created_by_ref") == transit_identity, "transit sees only its own TLP:RED objects"


def test_delete(hub):
    feed = collection(hub, "city-cert", WRITABLE)
    feed.add_objects(json.dumps({"objects": [indicator(77)]}))
    oid = indicator(77)["id"]
    other = collection(hub, "water-utility", WRITABLE)
    with pytest.raises(requests.exceptions.HTTPError) as refused:
        other.delete_object(oid)
    assert refused.value.response.status_code == 404
    feed.delete_object(oid)
    with pytest.raises(requests.exceptions.HTTPError) as gone:
        feed.get_object(oid)
    assert gone.value.response.status_code == 404


def test_bad_credentials(hub):
    with pytest.raises(requests.exceptions.HTTPError) as bad:
        Server(hub.url, user="city-cert", password="concord_nope_nope").api_roots
    assert bad.value.response.status_code == 401
    assert "Basic" in bad.value.response.headers["WWW-Authenticate"]
    with pytest.raises(requests.exceptions.HTTPError):
        Server(hub.url, user="hospital", password=hub.tokens["city-cert"]).api_roots[0].collections


def test_public_collection_needs_no_token(hub):
    root = ApiRoot(hub.url.replace("/taxii2/", "/taxii2/api/"))
    public = next(c for c in root.collections if c.title == "Public advisories")
    objects = public.get_objects()["objects"]
    assert objects and all(
        o.get("object_marking_refs", ["marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"]) ==
        ["marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"] for o in objects)
