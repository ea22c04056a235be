import Concord
import ConcordStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Prometheus
import STIX

/// Renders listings: envelopes of objects (stored bodies are spliced in as
/// they are, never re-encoded), manifests and version lists, with the
/// `X-TAXII-Date-Added-First`/`-Last` headers.
enum Envelope {
    static func objects(_ listing: Exchange.Listing) -> Response {
        var bytes = Array(#"{"more":"#.utf8) + Array((listing.more ? "true" : "false").utf8)
        if let next = listing.next { bytes += Array(#","next":"#.utf8) + CanonicalJSON.encode(.string(next)) }
        bytes += Array(#","objects":["#.utf8)
        for (index, version) in listing.versions.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += version.body
        }
        bytes += Array("]}".utf8)
        return TAXIIResponse.bytes(bytes, headers: dateHeaders(listing))
    }

    static func manifest(_ listing: Exchange.Listing) -> Response {
        let records: [JSONValue] = listing.versions.map { version in
            .object([
                "id": .string(version.objectID),
                "date_added": .string(TAXIITimestamp.string(from: version.dateAdded ?? Date())),
                "version": .string(taxiiVersion(version)),
                "media_type": .string("application/stix+json;version=\(version.specVersion)"),
            ])
        }
        return TAXIIResponse.json(paged(listing, key: "objects", items: records), headers: dateHeaders(listing))
    }

    static func versions(_ listing: Exchange.Listing) -> Response {
        let items = listing.versions.map { JSONValue.string(taxiiVersion($0)) }
        return TAXIIResponse.json(paged(listing, key: "versions", items: items), headers: dateHeaders(listing))
    }

    static func paged(_ listing: Exchange.Listing, key: String, items: [JSONValue]) -> JSONValue {
        var object: JSONObject = ["more": .bool(listing.more), key: .array(items)]
        if let next = listing.next { object["next"] = .string(next) }
        return .object(object)
    }

    /// The TAXII version of a stored version: its `modified`, else `created`, else its `date_added`.
    static func taxiiVersion(_ version: ObjectVersion) -> String {
        version.version.isEmpty ? TAXIITimestamp.string(from: version.dateAdded ?? Date()) : version.version
    }

    static func dateHeaders(_ listing: Exchange.Listing) -> HTTPFields {
        guard let first = listing.versions.first?.dateAdded, let last = listing.versions.last?.dateAdded else { return [:] }
        var fields = HTTPFields()
        fields[HTTPField.Name("X-TAXII-Date-Added-First")!] = TAXIITimestamp.string(from: first)
        fields[HTTPField.Name("X-TAXII-Date-Added-Last")!] = TAXIITimestamp.string(from: last)
        return fields
    }
}
