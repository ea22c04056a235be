/// Decides whether an observation expression has a binding, and finds one.
///
/// Two strategies work together. Small sub-results are materialized
/// bottom-up as sets of distinct bindings (memoized per node). Where a set
/// would be large, a depth-first search with a running count of used
/// instances per observation finds the first binding without listing the
/// others, the way the reference's lazy generators do.
///
/// Constraints of enclosing qualifiers are pushed down, since an enclosing
/// binding always contains the inner one: the narrowest `WITHIN` window (a
/// combination already too wide can only widen) and the `START`/`STOP`
/// observation mask.
final class BindingSearch {
    /// Largest materialized set per node; beyond it the node is searched lazily.
    static let setLimit = 4_096
    /// Work budget, after which matching gives up with an error.
    static let stepLimit = 20_000_000

    let plan: MatchPlan
    let leaves: [[Binding]]
    let capacity: [Int32]
    let intervals: [(first: Int64, last: Int64)]
    var windows: [Int64?]
    var masks: [[Bool]?]
    var memo: [Int: [Binding]?] = [:]
    var usage: [Int32]
    var steps = 0

    init(plan: MatchPlan, leaves: [[Binding]], capacity: [Int32], intervals: [(first: Int64, last: Int64)]) {
        self.plan = plan
        self.leaves = leaves
        self.capacity = capacity
        self.intervals = intervals
        windows = Array(repeating: nil, count: plan.nodes.count)
        masks = Array(repeating: nil, count: plan.nodes.count)
        usage = Array(repeating: 0, count: capacity.count)
        pushDown(plan.root, window: nil, mask: nil)
    }

    private func pushDown(_ node: Int, window: Int64?, mask: [Bool]?) {
        var window = window
        var mask = mask
        switch plan.nodes[node].kind {
        case .within(let micros): window = min(window ?? .max, micros)
        case .startStop(let start, let stop): mask = usable(start, stop, within: mask)
        default: break
        }
        windows[node] = window
        masks[node] = mask
        for child in plan.nodes[node].children { pushDown(child, window: window, mask: mask) }
    }

    /// Observations whose interval overlaps [start, stop), as the reference
    /// tests it (touching `start` counts, touching `stop` does not).
    func usable(_ start: PatternTimestamp, _ stop: PatternTimestamp, within mask: [Bool]?) -> [Bool] {
        intervals.indices.map { index in
            let interval = intervals[index]
            return (mask?[index] ?? true) && interval.first < stop.microseconds && start.microseconds <= interval.last
        }
    }

    func fits(_ binding: Binding, _ node: Int) -> Bool {
        guard let window = windows[node] else { return true }
        return binding.latestFirst <= binding.earliestLast &+ window
    }

    func tick(_ count: Int = 1) throws(PatternMatchError) {
        steps += count
        guard steps <= BindingSearch.stepLimit else {
            throw PatternMatchError(.tooComplex, "the pattern has too many possible bindings over these observations")
        }
    }

    /// The first binding of the whole pattern, or nil.
    func first() throws(PatternMatchError) -> Binding? {
        var found: Binding?
        _ = try search(plan.root) { binding in
            found = binding
            return true
        }
        return found
    }
}
