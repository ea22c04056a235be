/// A cheap condition that an observation must meet for a comparison
/// expression to match it: some value at a path equals a key, lies in a CIDR
/// block, or contains a literal. A list of requirements means "at least one
/// holds"; it is always necessary, never sufficient, so the full matcher
/// still decides.
struct Requirement: Sendable {
    enum Kind: Sendable {
        /// The value equals this key (`=`, `IN`).
        case value(IndexValue)
        /// The value, read as an address or block, lies inside this block (`ISSUBSET`).
        case network(IPNetwork)
        /// The value contains these ASCII bytes (`LIKE`, `MATCHES`).
        case substring([UInt8])
    }

    var path: IndexedPath
    var kind: Kind

    /// What checking the requirement costs, to choose the cheaper side of an `AND`.
    var cost: Int {
        switch kind {
        case .value: 1
        case .network: 2
        case .substring: 4
        }
    }

    /// Requirements one of which must hold for `expression` to match an
    /// observation, or nil when nothing cheap is necessary.
    static func requirements(of expression: ComparisonExpression) -> [Requirement]? {
        switch expression {
        case .test(let test):
            return requirements(of: test)
        case .or(let left, let right):
            guard let left = requirements(of: left), let right = requirements(of: right) else { return nil }
            return left + right
        case .and(let left, let right):
            switch (requirements(of: left), requirements(of: right)) {
            case (nil, nil): return nil
            case (let only?, nil), (nil, let only?): return only
            case (let left?, let right?):
                return left.map(\.cost).reduce(0, +) <= right.map(\.cost).reduce(0, +) ? left : right
            }
        }
    }

    static func requirements(of test: PropertyTest) -> [Requirement]? {
        guard !test.negated, let path = IndexedPath(test.path) else { return nil }
        switch test.comparison {
        case .equal(let literal):
            return IndexValue(literal).map { [Requirement(path: path, kind: .value($0))] }
        case .in(let literals):
            let keys = literals.compactMap(IndexValue.init)
            guard keys.count == literals.count else { return nil }
            return keys.map { Requirement(path: path, kind: .value($0)) }
        case .isSubset(let block):
            return IPNetwork(block, requirePrefix: true).map { [Requirement(path: path, kind: .network($0))] }
        case .like(let pattern):
            return RequiredLiteral.like(pattern).map { [Requirement(path: path, kind: .substring($0))] }
        case .matches(let regex):
            return RequiredLiteral.regex(regex).map { [Requirement(path: path, kind: .substring($0))] }
        default:
            return nil
        }
    }
}
