import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// The query parameters of TAXII listings, parsed and checked: `added_after`,
/// `limit`, `next`, `match[id]`, `match[type]`, `match[version]`,
/// `match[spec_version]`. Anything malformed is a 400 naming the parameter.
struct TAXIIQuery {
    var filter = ObjectFilter()
    var limit: Int?
    var next: String?

    /// Parses the query of `request`; `defaultVersions` is TAXII's default for the endpoint.
    init(_ request: Request, defaultVersions: VersionSelection = .last) throws(TAXIIError) {
        let query = QueryParameters(request.uri.query ?? "")
        try query.requireKnown(["added_after", "limit", "next", "match[id]", "match[type]", "match[version]", "match[spec_version]"])
        filter.versions = defaultVersions
        if let text = query["added_after"] {
            guard let date = TAXIITimestamp.date(from: text) else {
                throw Self.bad("added_after", "'\(text)' is not a timestamp like 2024-05-01T10:00:00.000Z")
            }
            filter.addedAfter = date
        }
        if let text = query["limit"] {
            guard let value = Int(text), value > 0 else { throw Self.bad("limit", "'\(text)' is not a positive integer") }
            limit = value
        }
        next = query["next"]
        filter.ids = Self.list(query, "match[id]")
        filter.types = Self.list(query, "match[type]")
        filter.specVersions = Self.list(query, "match[spec_version]")
        if let versions = query["match[version]"] {
            filter.versions = try Self.versions(versions)
        }
        for id in filter.ids where !id.contains("--") {
            throw Self.bad("match[id]", "'\(id)' is not a STIX identifier (type--UUID)")
        }
    }

    var pageStart: Exchange.PageStart {
        if let next { return .cursor(id: next) }
        return .first(filter: filter, limit: limit)
    }

    static func list(_ query: QueryParameters, _ name: String) -> [String] {
        query.all(name).flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `match[version]`: `last`, `first`, `all` or timestamps, comma-separated.
    static func versions(_ text: String) throws(TAXIIError) -> VersionSelection {
        var selection = VersionSelection()
        for item in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            switch item {
            case "last": selection.last = true
            case "first": selection.first = true
            case "all": selection.all = true
            default:
                guard TAXIITimestamp.date(from: item) != nil else {
                    throw bad("match[version]", "'\(item)' is not last, first, all or a timestamp")
                }
                selection.versionKeys.append(VersionKey.make(item))
            }
        }
        guard selection != VersionSelection() else { throw bad("match[version]", "it is empty") }
        return selection
    }

    static func bad(_ parameter: String, _ reason: String) -> TAXIIError {
        TAXIIError(.badRequest, "Bad request", "query parameter \(parameter): \(reason)")
    }
}
