/// A compiled SQL `LIKE` pattern, matched without a regex engine.
///
/// Semantics follow the reference, which turns the pattern into the Python
/// regex `^…$` with `%` → `.*` and `_` → `.`: wildcards match any code point
/// except a newline, and `$` also accepts one trailing newline.
struct LikePattern: Sendable {
    enum Element: Sendable {
        case scalar(UInt32)
        case one
        case any
    }

    let elements: [Element]
    /// Set when the pattern has no wildcards: plain comparison is enough.
    let literal: [UInt32]?

    /// Compiles an (already NFC-normalized) pattern.
    init(_ pattern: String) {
        var elements: [Element] = []
        for scalar in pattern.unicodeScalars {
            switch scalar {
            case "%": if case .any? = elements.last {} else { elements.append(.any) }
            case "_": elements.append(.one)
            default: elements.append(.scalar(scalar.value))
            }
        }
        self.elements = elements
        let plain = elements.allSatisfy { if case .scalar = $0 { true } else { false } }
        literal = plain ? pattern.unicodeScalars.map(\.value) : nil
    }

    /// Whether the whole (already NFC-normalized) text matches.
    func matches(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.map(\.value)
        if let literal {
            if scalars.last == 0x0A, scalars.count == literal.count + 1 { scalars.removeLast() }
            return scalars == literal
        }
        if matchesWhole(scalars) { return true }
        if scalars.last == 0x0A {
            scalars.removeLast()
            return matchesWhole(scalars)
        }
        return false
    }

    /// Dynamic programming over pattern positions: O(pattern × text), no backtracking.
    private func matchesWhole(_ text: [UInt32]) -> Bool {
        var reachable = [Bool](repeating: false, count: elements.count + 1)
        var next = reachable
        reachable[0] = true
        close(&reachable)
        for scalar in text {
            for index in next.indices { next[index] = false }
            var any = false
            for (index, element) in elements.enumerated() where reachable[index] {
                switch element {
                case .scalar(let expected): if expected == scalar { next[index + 1] = true; any = true }
                case .one: if scalar != 0x0A { next[index + 1] = true; any = true }
                case .any: if scalar != 0x0A { next[index] = true; any = true }
                }
            }
            guard any else { return false }
            close(&next)
            swap(&reachable, &next)
        }
        return reachable[elements.count]
    }

    /// A `%` may match nothing: whoever reaches it also reaches the position after it.
    private func close(_ states: inout [Bool]) {
        for (index, element) in elements.enumerated() where states[index] {
            if case .any = element { states[index + 1] = true }
        }
    }
}
