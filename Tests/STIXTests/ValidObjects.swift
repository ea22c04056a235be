import STIX

/// One valid example of every object type the validator knows, as JSON text.
enum ValidObjects {
    static let common = #""spec_version": "2.1", "created": "2020-01-01T00:00:00.000Z", "modified": "2021-01-01T00:00:00.000Z""#
    static let uuid = "12345678-1234-4234-8234-123456789abc"

    static func sdo(_ type: String, _ body: String) -> String {
        #"{"type": "\#(type)", "id": "\#(type)--\#(uuid)", \#(common), \#(body)}"#
    }

    static func sco(_ type: String, _ body: String) -> String {
        #"{"type": "\#(type)", "id": "\#(type)--\#(uuid)", "spec_version": "2.1", \#(body)}"#
    }

    static let byType: [String: String] = [
        "attack-pattern": sdo("attack-pattern", #""name": "Spear phishing", "kill_chain_phases": [{"kill_chain_name": "lockheed", "phase_name": "delivery"}]"#),
        "campaign": sdo("campaign", #""name": "Green Group", "first_seen": "2020-01-01T00:00:00Z", "last_seen": "2020-02-01T00:00:00Z""#),
        "course-of-action": sdo("course-of-action", #""name": "Block port 445""#),
        "grouping": sdo("grouping", #""context": "suspicious-activity", "object_refs": ["indicator--\#(uuid)"]"#),
        "identity": sdo("identity", #""name": "ACME", "identity_class": "organization""#),
        "incident": sdo("incident", #""name": "Breach""#),
        "indicator": sdo("indicator", #""pattern": "[ipv4-addr:value = '198.51.100.1']", "pattern_type": "stix", "valid_from": "2020-01-01T00:00:00Z""#),
        "infrastructure": sdo("infrastructure", #""name": "C2 server""#),
        "intrusion-set": sdo("intrusion-set", #""name": "APT Example""#),
        "location": sdo("location", #""region": "europe""#),
        "malware": sdo("malware", #""name": "Cryptolocker", "is_family": true"#),
        "malware-analysis": sdo("malware-analysis", #""product": "av-scanner", "result": "malicious""#),
        "note": sdo("note", #""content": "Seen twice", "object_refs": ["campaign--\#(uuid)"]"#),
        "observed-data": sdo("observed-data", #""first_observed": "2020-01-01T00:00:00Z", "last_observed": "2020-01-01T00:00:00Z", "number_observed": 1, "object_refs": ["ipv4-addr--\#(uuid)"]"#),
        "opinion": sdo("opinion", #""opinion": "agree", "object_refs": ["report--\#(uuid)"]"#),
        "report": sdo("report", #""name": "Q1 report", "published": "2020-01-01T00:00:00Z", "object_refs": ["indicator--\#(uuid)"]"#),
        "threat-actor": sdo("threat-actor", #""name": "Evil Org""#),
        "tool": sdo("tool", #""name": "nmap""#),
        "vulnerability": sdo("vulnerability", #""name": "CVE-2020-0001", "external_references": [{"source_name": "cve", "external_id": "CVE-2020-0001"}]"#),
        "relationship": sdo("relationship", #""relationship_type": "uses", "source_ref": "malware--\#(uuid)", "target_ref": "tool--\#(uuid)""#),
        "sighting": sdo("sighting", #""sighting_of_ref": "indicator--\#(uuid)", "where_sighted_refs": ["identity--\#(uuid)"], "count": 2"#),
        "language-content": sdo("language-content", #""object_ref": "campaign--\#(uuid)", "contents": {"de": {"name": "Grüne Gruppe"}}"#),
        "extension-definition": sdo("extension-definition", #""created_by_ref": "identity--\#(uuid)", "name": "x", "schema": "https://example.com/s.json", "version": "1.0", "extension_types": ["property-extension"]"#),
        "marking-definition": #"{"type": "marking-definition", "id": "marking-definition--\#(uuid)", "spec_version": "2.1", "created": "2020-01-01T00:00:00.000Z", "definition_type": "statement", "definition": {"statement": "Copyright ACME"}}"#,
        "tlp-white": #"{"type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", "created": "2017-01-20T00:00:00.000Z", "definition_type": "tlp", "name": "TLP:WHITE", "definition": {"tlp": "white"}}"#,
        "tlp2-clear": #"{"type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "created": "2022-10-01T00:00:00.000Z", "name": "TLP:CLEAR", "extensions": {"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d": {"extension_type": "property-extension", "tlp_2_0": "clear"}}}"#,
        "artifact": sco("artifact", #""mime_type": "application/zip", "payload_bin": "ZGVhZGJlZWY=""#),
        "autonomous-system": sco("autonomous-system", #""number": 15139"#),
        "directory": sco("directory", #""path": "C:\\Windows", "path_enc": "UTF-8""#),
        "domain-name": sco("domain-name", #""value": "example.com""#),
        "email-addr": sco("email-addr", #""value": "john@example.com""#),
        "email-message": sco("email-message", #""is_multipart": false, "subject": "Hello", "body": "Hi""#),
        "file": sco("file", #""name": "a.exe", "hashes": {"SHA-256": "\#(String(repeating: "ab", count: 32))"}, "extensions": {"windows-pebinary-ext": {"pe_type": "exe", "time_date_stamp": "2020-01-01T00:00:00Z"}}"#),
        "ipv4-addr": sco("ipv4-addr", #""value": "198.51.100.0/24""#),
        "ipv6-addr": sco("ipv6-addr", #""value": "2001:db8::1""#),
        "mac-addr": sco("mac-addr", #""value": "d2:fb:49:24:37:18""#),
        "mutex": sco("mutex", #""name": "__CLEANSWEEP__""#),
        "network-traffic": sco("network-traffic", #""src_ref": "ipv4-addr--\#(uuid)", "protocols": ["tcp"], "src_port": 80, "extensions": {"tcp-ext": {"src_flags_hex": "00"}}"#),
        "process": sco("process", #""pid": 1221, "command_line": "calc.exe""#),
        "software": sco("software", #""name": "Word", "cpe": "cpe:2.3:a:microsoft:word:2000:*:*:*:*:*:*:*", "languages": ["en"]"#),
        "url": sco("url", #""value": "https://example.com/research""#),
        "user-account": sco("user-account", #""user_id": "1001", "account_login": "jdoe""#),
        "windows-registry-key": sco("windows-registry-key", #""key": "HKEY_LOCAL_MACHINE\\System""#),
        "x509-certificate": sco("x509-certificate", #""serial_number": "36:f7:d4:32""#),
        "x509-self-signed": sco("x509-certificate", #""is_self_signed": true"#),
        "custom-sdo": #"{"type": "x-acme-widget", "id": "x-acme-widget--\#(uuid)", \#(common), "x_acme_size": 3}"#,
        "custom-sco": #"{"type": "x-acme-thing", "id": "x-acme-thing--\#(uuid)", "value": "v"}"#,
    ]

    /// The parsed example for `key`.
    static func object(_ key: String) -> JSONObject {
        guard let text = byType[key], case .object(let object)? = try? JSONParser.parse(text) else {
            fatalError("fixture \(key) is not a JSON object")
        }
        return object
    }
}
