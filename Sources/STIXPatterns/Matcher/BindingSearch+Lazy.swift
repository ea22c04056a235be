extension BindingSearch {
    typealias Continuation = (Binding) throws(PatternMatchError) -> Bool

    /// Calls `body` with bindings of `node` that fit the instances still
    /// unused, until `body` returns true (found) or none are left.
    func search(_ node: Int, _ body: Continuation) throws(PatternMatchError) -> Bool {
        if let set = try materialize(node) {
            for binding in set where available(binding) {
                try tick()
                use(binding, 1)
                defer { use(binding, -1) }
                if try body(binding) { return true }
            }
            return false
        }
        let children = plan.nodes[node].children
        switch plan.nodes[node].kind {
        case .leaf:
            return false
        case .or:
            if try search(children[0], body) { return true }
            return try search(children[1], body)
        case .and, .followedBy:
            return try pairs(node, children, body)
        case .within:
            return try search(children[0]) { (binding) throws(PatternMatchError) -> Bool in
                guard self.fits(binding, node) else { return false }
                return try body(binding)
            }
        case .startStop(let start, let stop):
            guard start < stop else { return false }
            return try search(children[0], body)
        case .repeats(let times):
            guard let base = try materialize(children[0]) else {
                return try repeatLazily(children[0], remaining: times, partial: nil, node, body)
            }
            return try combinations(base, from: 0, remaining: times, partial: nil, node, body)
        }
    }

    private func pairs(_ node: Int, _ children: [Int], _ body: Continuation) throws(PatternMatchError) -> Bool {
        let ordered: Bool = if case .followedBy = plan.nodes[node].kind { true } else { false }
        return try searchNested(children, ordered: ordered, node: node, body)
    }

    private func searchNested(_ children: [Int], ordered: Bool, node: Int, _ body: Continuation) throws(PatternMatchError) -> Bool {
        try search(children[0]) { (left) throws(PatternMatchError) -> Bool in
            try self.search(children[1]) { (right) throws(PatternMatchError) -> Bool in
                guard !ordered || left.latestFirst <= right.earliestLast,
                      let joined = left.combined(with: right, capacity: nil), self.fits(joined, node) else { return false }
                return try body(joined)
            }
        }
    }

    /// REPEATS over a child too large to list: disjoint child bindings found
    /// one after another (orderings are not deduplicated, so the step budget
    /// bounds a fruitless search).
    private func repeatLazily(_ child: Int, remaining: Int, partial: Binding?,
                              _ node: Int, _ body: Continuation) throws(PatternMatchError) -> Bool {
        try search(child) { (binding) throws(PatternMatchError) -> Bool in
            guard let next = partial.map({ $0.combined(with: binding, capacity: nil) }) ?? binding,
                  self.fits(next, node) else { return false }
            if remaining <= 1 { return try body(next) }
            return try self.repeatLazily(child, remaining: remaining - 1, partial: next, node, body)
        }
    }

    /// Multisets of `times` bindings, chosen in index order so each is tried once.
    private func combinations(_ base: [Binding], from: Int, remaining: Int, partial: Binding?,
                                       _ node: Int, _ body: Continuation) throws(PatternMatchError) -> Bool {
        for index in from..<base.count where available(base[index]) {
            try tick()
            let candidate = base[index]
            guard let next = partial.map({ $0.combined(with: candidate, capacity: nil) }) ?? candidate,
                  fits(next, node) else { continue }
            use(candidate, 1)
            defer { use(candidate, -1) }
            let found = remaining <= 1
                ? try body(next)
                : try combinations(base, from: index, remaining: remaining - 1, partial: next, node, body)
            if found { return true }
        }
        return false
    }

    func available(_ binding: Binding) -> Bool {
        binding.counts.allSatisfy { usage[Int($0.observation)] + $0.count <= capacity[Int($0.observation)] }
    }

    func use(_ binding: Binding, _ sign: Int32) {
        for entry in binding.counts { usage[Int(entry.observation)] += sign * entry.count }
    }
}
