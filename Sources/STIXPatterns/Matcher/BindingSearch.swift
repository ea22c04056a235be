/// Evaluates observation expressions over bindings, bottom-up.
///
/// Each expression yields its distinct bindings. `needAll` is false where
/// only the existence of a binding matters (the root, and `OR` branches of
/// the root), which lets `AND`, `FOLLOWEDBY` and `REPEATS` stop at the first.
struct BindingSearch {
    /// Bindings per observation expression beyond which matching gives up.
    static let limit = 200_000

    let leaves: [[Binding]]
    let capacity: [Int32]
    let intervals: [(first: Int64, last: Int64)]
    var nextLeaf = 0

    mutating func evaluate(_ expression: CompiledObservation, needAll: Bool) throws(PatternMatchError) -> [Binding] {
        switch expression {
        case .comparison:
            defer { nextLeaf += 1 }
            return leaves[nextLeaf]
        case .or(let left, let right):
            let lhs = try evaluate(left, needAll: needAll)
            let rhs = try evaluate(right, needAll: needAll)
            return unique(lhs + rhs)
        case .and(let left, let right):
            let lhs = try evaluate(left, needAll: true)
            let rhs = try evaluate(right, needAll: true)
            return try join(lhs, rhs, needAll: needAll) { _, _ in true }
        case .followedBy(let left, let right):
            let lhs = try evaluate(left, needAll: true)
            let rhs = try evaluate(right, needAll: true)
            return try join(lhs, rhs, needAll: needAll) { $0.latestFirst <= $1.earliestLast }
        case .within(let inner, let microseconds):
            return try evaluate(inner, needAll: true).filter { within($0, microseconds) }
        case .startStop(let inner, let start, let stop):
            let bindings = try evaluate(inner, needAll: true)
            guard start < stop else { return [] }
            return bindings.filter { overlaps($0, start: start, stop: stop) }
        case .repeats(let inner, let times):
            return try repeated(try evaluate(inner, needAll: true), times: times, needAll: needAll)
        }
    }

    func join(_ lhs: [Binding], _ rhs: [Binding], needAll: Bool,
              _ allowed: (Binding, Binding) -> Bool) throws(PatternMatchError) -> [Binding] {
        var seen = Set<Binding>()
        var result: [Binding] = []
        for left in lhs {
            for right in rhs where allowed(left, right) {
                guard let joined = left.combined(with: right, capacity: capacity), seen.insert(joined).inserted else { continue }
                result.append(joined)
                if !needAll { return result }
                guard result.count <= BindingSearch.limit else { throw tooComplex }
            }
        }
        return result
    }

    func repeated(_ bindings: [Binding], times: Int, needAll: Bool) throws(PatternMatchError) -> [Binding] {
        guard times > 1 else { return bindings }
        var current = bindings
        for step in 2...times {
            current = try join(current, bindings, needAll: needAll || step < times) { _, _ in true }
            if current.isEmpty { return [] }
        }
        return current
    }

    /// WITHIN: some window of the duration touches every observation's interval.
    func within(_ binding: Binding, _ microseconds: Int64) -> Bool {
        binding.latestFirst <= binding.earliestLast &+ microseconds
    }

    /// START/STOP: every observation's interval overlaps [start, stop).
    func overlaps(_ binding: Binding, start: PatternTimestamp, stop: PatternTimestamp) -> Bool {
        binding.counts.allSatisfy { entry in
            let interval = intervals[Int(entry.observation)]
            return interval.first < stop.microseconds && start.microseconds <= interval.last
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
