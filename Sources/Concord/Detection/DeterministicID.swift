import Crypto
import Foundation
import STIX

/// UUIDv5 identifiers (RFC 9562, SHA-1 in a namespace), so the same
/// observable or the same sighting window always gets the same STIX id and
/// publishing again does not duplicate it.
enum DeterministicID {
    /// The STIX 2.1 namespace for SCO identifiers (STIX 2.1 §2.9).
    static let stixNamespace = UUID(uuidString: "00abedb4-aa42-466c-9c01-fed23315a9b7")!
    /// Concord's namespace for the sightings and observed-data that detection makes.
    static let detectionNamespace = UUID(uuidString: "5e1d7a36-2f0c-5b8e-9d4a-6c3b1f0e8a27")!

    static func uuid(_ name: String, namespace: UUID) -> String {
        let space = namespace.uuid
        var bytes = withUnsafeBytes(of: space) { Array($0) }
        bytes += Array(name.utf8)
        var digest = Array(Insecure.SHA1.hash(data: bytes).prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        let hex = digest.map { String(format: "%02x", $0) }.joined()
        return [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
            .joined(separator: "-")
    }

    /// The id of an SCO from its ID contributing properties (STIX 2.1 §2.9;
    /// for types without them, all its properties).
    static func observableID(_ object: JSONObject) -> String {
        let type = object["type"]?.stringValue ?? "x-unknown"
        let contributing: [String]
        switch type {
        case "ipv4-addr", "ipv6-addr", "domain-name", "url", "mac-addr", "email-addr": contributing = ["value"]
        case "file": contributing = object["hashes"] != nil ? ["hashes"] : ["name", "parent_directory_ref"]
        case "user-account": contributing = ["account_type", "user_id", "account_login"]
        case "windows-registry-key": contributing = ["key", "values"]
        default: contributing = object.keys.filter { $0 != "id" && $0 != "type" && $0 != "spec_version" }
        }
        var members = JSONObject()
        for key in contributing { if let value = object[key] { members[key] = value } }
        return type + "--" + uuid(CanonicalJSON.string(.object(members)), namespace: stixNamespace)
    }
}
