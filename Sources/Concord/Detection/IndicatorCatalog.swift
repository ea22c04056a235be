public import Foundation
public import STIX
public import STIXPatterns

/// The indicators detection uses, compiled into an ``IndicatorIndex``, with
/// their names and the count of indicators left out and why.
///
/// Only indicators with `pattern_type` `stix` that are not revoked and are
/// valid at the given instant (`valid_from` ≤ now < `valid_until`) are used;
/// of several versions of one indicator, the latest `modified` wins.
public struct IndicatorCatalog: Sendable {
    /// Why an indicator was left out.
    public enum SkipReason: String, Sendable, CaseIterable {
        /// The pattern is in another language (Sigma, YARA, Snort, …).
        case notSTIXPattern = "pattern_type is not stix"
        /// The producer withdrew it.
        case revoked = "revoked"
        /// It becomes valid later.
        case notYetValid = "valid_from is in the future"
        /// It is no longer valid.
        case expired = "valid_until has passed"
        /// The pattern does not parse.
        case invalidPattern = "invalid pattern"
        /// It has no pattern at all.
        case noPattern = "no pattern"
    }

    /// The compiled index.
    public private(set) var index = IndicatorIndex()
    /// Indicator names (empty when unnamed), by index position.
    public private(set) var names: [String] = []
    /// Indicators left out, by reason.
    public private(set) var skipped: [SkipReason: Int] = [:]
    /// Patterns that failed to compile: indicator id and the parser's message (the first few).
    public private(set) var invalidPatterns: [(id: String, message: String)] = []

    /// The indicator chosen so far per id, before compiling.
    var selected: [String: Candidate] = [:]
    var order: [String] = []

    struct Candidate: Sendable {
        var name: String
        var pattern: String
        var modified: String
    }

    let now: Date

    /// Starts an empty catalog that judges validity at `now`.
    public init(now: Date = Date()) {
        self.now = now
    }

    /// Considers one STIX object; anything but an indicator is ignored.
    public mutating func consider(_ value: JSONValue) {
        guard let object = value.objectValue, object["type"]?.stringValue == "indicator",
              let id = object["id"]?.stringValue else { return }
        if let reason = IndicatorCatalog.reasonToSkip(object, now: now) {
            skipped[reason, default: 0] += 1
            return
        }
        let modified = object["modified"]?.stringValue ?? ""
        if let existing = selected[id] {
            guard modified > existing.modified else { return }
        } else {
            order.append(id)
        }
        selected[id] = Candidate(name: object["name"]?.stringValue ?? "", pattern: object["pattern"]?.stringValue ?? "",
                                 modified: modified)
    }

    /// Compiles the chosen indicators into the index.
    public mutating func compile() {
        for id in order {
            guard let candidate = selected[id] else { continue }
            do throws(PatternError) {
                index.add(id: id, pattern: try Pattern(parsing: candidate.pattern))
                names.append(candidate.name)
            } catch {
                skipped[.invalidPattern, default: 0] += 1
                if invalidPatterns.count < 10 { invalidPatterns.append((id, error.description)) }
            }
        }
        selected = [:]
        order = []
    }

    static func reasonToSkip(_ indicator: JSONObject, now: Date) -> SkipReason? {
        guard indicator["pattern_type"]?.stringValue == "stix" else { return .notSTIXPattern }
        guard indicator["pattern"]?.stringValue != nil else { return .noPattern }
        if indicator["revoked"]?.boolValue == true { return .revoked }
        let instant = PatternTimestamp(microseconds: Int64(now.timeIntervalSince1970 * 1_000_000))
        if let from = indicator["valid_from"]?.stringValue.flatMap(PatternTimestamp.init(parsing:)), from > instant { return .notYetValid }
        if let until = indicator["valid_until"]?.stringValue.flatMap(PatternTimestamp.init(parsing:)), until <= instant { return .expired }
        return nil
    }
}
