/// Evaluates observation expressions over bindings, bottom-up.
///
/// Each expression yields its distinct bindings. Two kinds of constraint
/// from enclosing qualifiers are pushed down, because every enclosing
/// binding contains the inner one: a `WITHIN` window (a combination that
/// is already too wide can only get wider) and a `START`/`STOP` mask of
/// usable observations. `needAll` is false where only the existence of a
/// binding matters (the root, and `OR` branches of the root), which lets
/// `AND`, `FOLLOWEDBY` and `REPEATS` stop at the first binding found.
struct BindingSearch {
    /// Bindings per expression, or search steps, beyond which matching gives up.
    static let limit = 200_000
    static let stepLimit = 5_000_000

    let leaves: [[Binding]]
    let capacity: [Int32]
    let intervals: [(first: Int64, last: Int64)]
    var nextLeaf = 0
    var steps = 0

    struct Context {
        var needAll: Bool
        var window: Int64?
        var usable: [Bool]?

        func fits(_ binding: Binding) -> Bool {
            guard let window else { return true }
            return binding.latestFirst <= binding.earliestLast &+ window
        }
    }

    mutating func evaluate(_ expression: CompiledObservation, _ context: Context) throws(PatternMatchError) -> [Binding] {
        var inner = context
        inner.needAll = true
        switch expression {
        case .comparison:
            defer { nextLeaf += 1 }
            guard let usable = context.usable else { return leaves[nextLeaf] }
            return leaves[nextLeaf].filter { usable[Int($0.counts[0].observation)] }
        case .or(let left, let right):
            let lhs = try evaluate(left, context)
            return unique(lhs + (try evaluate(right, context)))
        case .and(let left, let right):
            let lhs = try evaluate(left, inner)
            return try join(lhs, try evaluate(right, inner), context) { _, _ in true }
        case .followedBy(let left, let right):
            let lhs = try evaluate(left, inner)
            return try join(lhs, try evaluate(right, inner), context) { $0.latestFirst <= $1.earliestLast }
        case .within(let child, let microseconds):
            inner.window = min(context.window ?? .max, microseconds)
            var narrowed = context
            narrowed.window = inner.window
            return try evaluate(child, narrowed).filter { narrowed.fits($0) }
        case .startStop(let child, let start, let stop):
            guard start < stop else {
                _ = try evaluate(child, inner)
                return []
            }
            var narrowed = context
            narrowed.usable = usable(start, stop, within: context.usable)
            return try evaluate(child, narrowed)
        case .repeats(let child, let times):
            let bindings = try evaluate(child, inner)
            return try repeated(bindings, times: times, context)
        }
    }

    mutating func join(_ lhs: [Binding], _ rhs: [Binding], _ context: Context,
                       _ allowed: (Binding, Binding) -> Bool) throws(PatternMatchError) -> [Binding] {
        var seen = Set<Binding>()
        var result: [Binding] = []
        for left in lhs {
            steps += rhs.count
            guard steps <= BindingSearch.stepLimit else { throw tooComplex }
            for right in rhs where allowed(left, right) {
                guard let joined = left.combined(with: right, capacity: capacity), context.fits(joined),
                      seen.insert(joined).inserted else { continue }
                result.append(joined)
                if !context.needAll { return result }
                guard result.count <= BindingSearch.limit else { throw tooComplex }
            }
        }
        return result
    }

    /// Observations whose interval overlaps [start, stop), as the reference
    /// tests it (touching `start` counts, touching `stop` does not).
    func usable(_ start: PatternTimestamp, _ stop: PatternTimestamp, within mask: [Bool]?) -> [Bool] {
        intervals.indices.map { index in
            let interval = intervals[index]
            return (mask?[index] ?? true) && interval.first < stop.microseconds && start.microseconds <= interval.last
        }
    }

    func unique(_ bindings: [Binding]) -> [Binding] {
        var seen = Set<Binding>()
        return bindings.filter { seen.insert($0).inserted }
    }

    var tooComplex: PatternMatchError {
        PatternMatchError(.tooComplex, "the pattern has too many possible bindings over these observations")
    }
}
