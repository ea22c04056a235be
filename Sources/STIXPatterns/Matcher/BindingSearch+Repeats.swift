extension BindingSearch {
    /// REPEATS: sums of `times` child bindings that fit the capacities. When
    /// only existence matters, a depth-first search stops at the first one.
    mutating func repeated(_ bindings: [Binding], times: Int, _ context: Context) throws(PatternMatchError) -> [Binding] {
        guard times > 1 else { return bindings }
        if !context.needAll {
            return try firstCombination(bindings, remaining: times, from: 0, current: nil, context).map { [$0] } ?? []
        }
        var current = bindings
        var step = context
        step.needAll = true
        for _ in 2...times {
            current = try join(current, bindings, step) { _, _ in true }
            if current.isEmpty { return [] }
        }
        return current
    }

    /// Chooses bindings in index order (an index may repeat while capacity
    /// allows), so each multiset is tried once.
    mutating func firstCombination(_ items: [Binding], remaining: Int, from: Int, current: Binding?,
                                   _ context: Context) throws(PatternMatchError) -> Binding? {
        guard remaining > 0 else { return current }
        for index in from..<items.count {
            steps += 1
            guard steps <= BindingSearch.stepLimit else { throw tooComplex }
            let candidate = current.map { $0.combined(with: items[index], capacity: capacity) } ?? items[index]
            guard let next = candidate, context.fits(next) else { continue }
            if let found = try firstCombination(items, remaining: remaining - 1, from: index, current: next, context) {
                return found
            }
        }
        return nil
    }
}
