import ConcordStore
import Crypto
import Foundation
import STIX

/// Generates the demo objects of one collection, deterministically.
struct DemoFeed {
    enum Theme: String {
        case regional, water, incidents, advisories
    }

    let theme: Theme

    /// A stable UUID (v4 layout) derived from a name, so demo ids never change.
    static func uuid(_ name: String) -> String {
        var bytes = Array(SHA256.hash(data: Data(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }

    static func id(_ type: String, _ name: String) -> String { "\(type)--\(uuid(type + "/" + name))" }

    /// A timestamp `day` days and `minute` minutes after 2024-09-01.
    static func time(day: Int, minute: Int = 0) -> String {
        let date = Date(timeIntervalSince1970: 1_725_148_800 + Double(day * 86_400 + minute * 60))
        return String(TAXIITimestamp.string(from: date).prefix(23)) + "Z"
    }

    /// The common properties of an SDO or SRO.
    static func base(_ type: String, _ name: String, day: Int, creator: Organization, tlp level: TLPLevel?) -> JSONObject {
        var object: JSONObject = [
            "type": .string(type), "spec_version": .string("2.1"), "id": .string(id(type, name)),
            "created": .string(time(day: day)), "modified": .string(time(day: day)),
            "created_by_ref": .string(creator.identityID),
        ]
        if let level, let marking = TLPMarkingDefinitions.tlp2[level] { object["object_marking_refs"] = .array([.string(marking)]) }
        return object
    }
}
