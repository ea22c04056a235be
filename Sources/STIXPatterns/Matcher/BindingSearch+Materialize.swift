extension BindingSearch {
    /// All distinct bindings of `node`, or nil when there would be more than
    /// ``setLimit`` (the caller then searches lazily).
    func materialize(_ node: Int) throws(PatternMatchError) -> [Binding]? {
        if let cached = memo[node] { return cached }
        let result = try compute(node)
        memo[node] = .some(result)
        return result
    }

    private func compute(_ node: Int) throws(PatternMatchError) -> [Binding]? {
        let children = plan.nodes[node].children
        switch plan.nodes[node].kind {
        case .leaf(let index):
            guard let mask = masks[node] else { return leaves[index] }
            return leaves[index].filter { mask[Int($0.counts[0].observation)] }
        case .or:
            guard let lhs = try materialize(children[0]), let rhs = try materialize(children[1]) else { return nil }
            var seen = Set<Binding>()
            let union = (lhs + rhs).filter { seen.insert($0).inserted }
            return union.count <= BindingSearch.setLimit ? union : nil
        case .and, .followedBy:
            guard let lhs = try materialize(children[0]), let rhs = try materialize(children[1]) else { return nil }
            return try join(lhs, rhs, node)
        case .within:
            return try materialize(children[0])?.filter { fits($0, node) }
        case .startStop(let start, let stop):
            guard start < stop else { return [] }
            return try materialize(children[0])
        case .repeats(let times):
            guard let base = try materialize(children[0]) else { return nil }
            var current: [Binding]? = base
            for _ in 1..<max(times, 1) {
                guard let partial = current else { return nil }
                current = try join(partial, base, node)
            }
            return current
        }
    }

    private func join(_ lhs: [Binding], _ rhs: [Binding], _ node: Int) throws(PatternMatchError) -> [Binding]? {
        let ordered: Bool = if case .followedBy = plan.nodes[node].kind { true } else { false }
        var seen = Set<Binding>()
        var result: [Binding] = []
        for left in lhs {
            try tick(rhs.count)
            for right in rhs where !ordered || left.latestFirst <= right.earliestLast {
                guard let joined = left.combined(with: right, capacity: capacity), fits(joined, node),
                      seen.insert(joined).inserted else { continue }
                result.append(joined)
                if result.count > BindingSearch.setLimit { return nil }
            }
        }
        return result
    }
}
