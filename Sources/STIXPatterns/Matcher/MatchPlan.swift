/// An observation expression flattened into numbered nodes, so the search
/// can memoize per node. Comparison expressions become leaves, numbered
/// left to right (the order in which the reference evaluates them).
///
/// A class, so that a ``Pattern`` copied per match costs one reference count.
final class MatchPlan: Sendable {
    enum Kind: Sendable {
        case leaf(Int)
        case and, or, followedBy
        case within(Int64)
        case repeats(Int)
        case startStop(PatternTimestamp, PatternTimestamp)
    }

    struct Node: Sendable {
        var kind: Kind
        var children: [Int]
    }

    let nodes: [Node]
    let comparisons: [CompiledComparison]
    let root: Int
    /// The tests of all comparisons, left to right.
    let tests: [CompiledTest]
    /// The tests (of the first 64) the raw-input screen cannot decide, as a
    /// bit set: all but ``CompiledTest/Quick`` tests on plain keys.
    let undecidedTests: UInt64

    init(_ expression: ObservationExpression) {
        var builder = Builder()
        root = builder.add(expression)
        nodes = builder.nodes
        comparisons = builder.comparisons
        tests = builder.comparisons.flatMap(\.tests)
        var undecided: UInt64 = 0
        for index in tests.indices.prefix(UInt64.bitWidth) where tests[index].plainKeys == nil || tests[index].quick == nil {
            undecided |= 1 << UInt64(index)
        }
        undecidedTests = undecided
    }

    /// Numbers the nodes, children before parents.
    private struct Builder {
        var nodes: [Node] = []
        var comparisons: [CompiledComparison] = []

        mutating func add(_ expression: ObservationExpression) -> Int {
            let node: Node
            switch expression {
            case .comparison(let comparison):
                comparisons.append(CompiledComparison(comparison))
                node = Node(kind: .leaf(comparisons.count - 1), children: [])
            case .and(let l, let r): node = Node(kind: .and, children: [add(l), add(r)])
            case .or(let l, let r): node = Node(kind: .or, children: [add(l), add(r)])
            case .followedBy(let l, let r): node = Node(kind: .followedBy, children: [add(l), add(r)])
            case .within(let inner, let micros): node = Node(kind: .within(micros), children: [add(inner)])
            case .repeats(let inner, let times): node = Node(kind: .repeats(times), children: [add(inner)])
            case .startStop(let inner, let start, let stop): node = Node(kind: .startStop(start, stop), children: [add(inner)])
            }
            nodes.append(node)
            return nodes.count - 1
        }
    }

    /// Whether `node` can have a binding at all, given which comparisons
    /// some observation satisfies: a cheap necessary condition that settles
    /// most non-matches without a search.
    func canMatch(_ node: Int, satisfied: (Int) -> Bool) -> Bool {
        let children = nodes[node].children
        switch nodes[node].kind {
        case .leaf(let index): return satisfied(index)
        case .or: return canMatch(children[0], satisfied: satisfied) || canMatch(children[1], satisfied: satisfied)
        case .and, .followedBy: return canMatch(children[0], satisfied: satisfied) && canMatch(children[1], satisfied: satisfied)
        case .within, .repeats, .startStop: return canMatch(children[0], satisfied: satisfied)
        }
    }
}
