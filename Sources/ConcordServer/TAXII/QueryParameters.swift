import Foundation
import HTTPTypes

/// A URL query decoded as clients send it: `+` is a space and both names and
/// values are percent-decoded, so `match%5Btype%5D=malware` is `match[type]`.
struct QueryParameters {
    private(set) var pairs: [(name: String, value: String)] = []

    init(_ query: String) {
        for item in query.split(separator: "&") where !item.isEmpty {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            pairs.append((Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : ""))
        }
    }

    /// The first value of `name`.
    subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value of `name`, in order.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// Throws a 400 naming the first parameter that is not in `known`, so a
    /// misspelled filter is an error instead of being silently ignored.
    func requireKnown(_ known: Set<String>) throws(TAXIIError) {
        if let unknown = pairs.first(where: { !known.contains($0.name) }) {
            throw TAXIIError(.badRequest, "Bad request",
                             "unknown query parameter \(unknown.name); this endpoint takes \(known.sorted().joined(separator: ", "))")
        }
    }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
