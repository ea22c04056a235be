public import STIX

/// A compiled STIX 2.1 pattern, ready to match observations.
///
/// Compiling parses and validates the text once and prepares everything a
/// match needs (regexes, `LIKE` patterns, CIDR operands), so one pattern can be
/// matched against many observation sets cheaply. Matching follows the OASIS
/// reference matcher (stix2-matcher 3.0.0, STIX 2.1 mode).
///
/// ```swift
/// let pattern = try Pattern(parsing: "[ipv4-addr:value ISSUBSET '10.0.0.0/8']")
/// let hit = pattern.matches(bundleObjects)
/// ```
public struct Pattern: Sendable {
    /// The pattern text as given.
    public var text: String { storage.text }
    /// The syntax tree.
    public var expression: ObservationExpression { storage.expression }
    var plan: MatchPlan { storage.plan }
    /// One reference, so that copying a pattern (as a loop over stored patterns does) costs one reference count.
    private let storage: Storage

    private final class Storage: Sendable {
        let text: String
        let expression: ObservationExpression
        let plan: MatchPlan

        init(text: String, expression: ObservationExpression) {
            self.text = text
            self.expression = expression
            plan = MatchPlan(expression)
        }
    }

    /// Parses and validates `text`; the error says where and what was expected.
    public init(parsing text: String) throws(PatternError) {
        storage = Storage(text: text, expression: try PatternParser.parse(text))
    }

    /// Whether the pattern matches the observations (observed-data objects and
    /// the SCOs they reference, or bundles of them). Observations the
    /// reference would reject count as no match; use ``match(_:)`` to see why.
    public func matches(_ observations: [JSONValue]) -> Bool {
        (try? match(observations)) != nil
    }

    /// The first binding found, naming the observed-data objects it uses, or
    /// nil when the pattern does not match.
    public func match(_ observations: [JSONValue]) throws(PatternMatchError) -> PatternMatch? {
        // Most observations hold nothing the pattern could select: then checking them is enough.
        if try ObservationScreen.cannotMatch(observations, plan: storage.plan) { return nil }
        return try match(ObservationSet(observations))
    }

    /// Matches against observations prepared once with ``ObservationSet/init(_:)``.
    public func match(_ observations: ObservationSet) throws(PatternMatchError) -> PatternMatch? {
        let plan = storage.plan
        // Most indicator patterns are one comparison, which usually finds nothing.
        let first = try plan.comparisons[0].evaluate(observations)
        if plan.comparisons.count == 1, first.isEmpty { return nil }
        var hits = [first]
        hits.reserveCapacity(plan.comparisons.count)
        for comparison in plan.comparisons.dropFirst() { hits.append(try comparison.evaluate(observations)) }
        guard plan.canMatch(plan.root, satisfied: { !hits[$0].isEmpty }) else { return nil }
        let list = observations.observations
        let indices: [Int]
        if case .leaf(let index) = plan.nodes[plan.root].kind {
            // A lone comparison: the first observation that satisfies it, as the search would find.
            indices = [Int(hits[index][0].observation)]
        } else {
            let leaves = hits.map { RootHits.observations($0).map { leafBinding($0, observations) } }
            let search = BindingSearch(plan: plan, leaves: leaves, capacity: list.map { Int32($0.count) },
                                       intervals: list.map { ($0.first.microseconds, $0.last.microseconds) })
            guard let binding = try search.first() else { return nil }
            indices = binding.counts.map { Int($0.observation) }
        }
        return PatternMatch(observedDataIndices: indices, observedDataIDs: indices.map { observations.id(of: list[$0]) ?? "" },
                            matchedObjectIDs: evidence(indices, hits, observations))
    }

    /// For each observation used, the keys of its roots that satisfy any comparison, in root order.
    private func evidence(_ indices: [Int], _ hits: [[RootHit]], _ observations: ObservationSet) -> [[String]] {
        let all = hits.reduce([], RootHits.union)
        return indices.map { index in
            all.filter { Int($0.observation) == index }.map {
                observations.rootKey(Int($0.root), of: observations.observations[index])
            }
        }
    }

    private func leafBinding(_ index: Int, _ observations: ObservationSet) -> Binding {
        let observation = observations.observations[index]
        return Binding(counts: [(Int32(index), 1)], latestFirst: observation.first.microseconds,
                       earliestLast: observation.last.microseconds)
    }
}

/// Which observations a successful match used.
public struct PatternMatch: Sendable, Hashable {
    /// Indexes of the observed-data objects, in input order among observed-data objects.
    public let observedDataIndices: [Int]
    /// Their `id`s (empty strings for observed-data without an id).
    public let observedDataIDs: [String]
    /// For each of those observed-data objects, the ids (2.0 style: keys) of
    /// its SCOs that satisfy at least one comparison expression of the
    /// pattern: the evidence a detection would point at.
    public let matchedObjectIDs: [[String]]
}
