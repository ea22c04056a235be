extension ObservationExpression {
    /// The comparison expressions (`[ … ]`) in the expression, left to right.
    var leaves: [ComparisonExpression] {
        switch self {
        case .comparison(let comparison): [comparison]
        case .and(let left, let right), .or(let left, let right), .followedBy(let left, let right):
            left.leaves + right.leaves
        case .within(let inner, _), .repeats(let inner, _), .startStop(let inner, _, _):
            inner.leaves
        }
    }

    /// Whether a match can need more than one observation (`AND`,
    /// `FOLLOWEDBY`, `REPEATS`). Patterns without these match a set of
    /// observations exactly when they match one of them alone.
    var spansObservations: Bool {
        switch self {
        case .comparison: false
        case .and, .followedBy, .repeats: true
        case .or(let left, let right): left.spansObservations || right.spansObservations
        case .within(let inner, _), .startStop(let inner, _, _): inner.spansObservations
        }
    }

    /// The `WITHIN` bound on the whole expression, when there is one.
    var outerWindow: Int64? {
        switch self {
        case .within(let inner, let microseconds): min(microseconds, inner.outerWindow ?? .max)
        case .startStop(let inner, _, _): inner.outerWindow
        default: nil
        }
    }
}

extension ObservationExpression {
    /// Whether observations that met prerequisites of only the leaves in
    /// `mask` (bit n for the n-th `[ … ]`) could satisfy the expression: a
    /// cheap necessary condition checked before the full matcher.
    func couldMatch(leaves mask: UInt64) -> Bool {
        var next = 0
        return couldMatch(mask, &next)
    }

    private func couldMatch(_ mask: UInt64, _ next: inout Int) -> Bool {
        switch self {
        case .comparison:
            defer { next += 1 }
            return next >= 64 || mask & (UInt64(1) << UInt64(next)) != 0
        case .and(let left, let right), .followedBy(let left, let right):
            let first = left.couldMatch(mask, &next)
            let second = right.couldMatch(mask, &next)
            return first && second
        case .or(let left, let right):
            let first = left.couldMatch(mask, &next)
            let second = right.couldMatch(mask, &next)
            return first || second
        case .within(let inner, _), .repeats(let inner, _), .startStop(let inner, _, _):
            return inner.couldMatch(mask, &next)
        }
    }
}
