/// The regular language Python's `strptime` accepts for
/// `%Y-%m-%dT%H:%M:%S[.%f]Z`, matched with the same alternation order and
/// backtracking so that ambiguous inputs split the same way.
enum TimestampGrammar {
    struct Fields {
        var values = [Int](repeating: 0, count: 6)
        var microsecond = 0
        var year: Int { values[0] }
        var month: Int { values[1] }
        var day: Int { values[2] }
        var hour: Int { values[3] }
        var minute: Int { values[4] }
        var second: Int { values[5] }
    }

    /// One field: its alternatives, each a list of character classes.
    enum Piece: Sendable {
        case field(Int, [[ClosedRange<UInt32>]])
        case literal(Unicode.Scalar)
        case fraction
    }

    static let digit: ClosedRange<UInt32> = 0x30...0x39
    static func range(_ from: Unicode.Scalar, _ to: Unicode.Scalar) -> ClosedRange<UInt32> { from.value...to.value }

    static let head: [Piece] = [
        .field(0, [[digit, digit, digit, digit]]), .literal("-"),
        .field(1, [[range("1", "1"), range("0", "2")], [range("0", "0"), range("1", "9")], [range("1", "9")]]),
        .literal("-"),
        .field(2, [[range("3", "3"), range("0", "1")], [range("1", "2"), digit], [range("0", "0"), range("1", "9")],
                       [range("1", "9")], [range(" ", " "), range("1", "9")]]),
        .literal("T"),
        .field(3, [[range("2", "2"), range("0", "3")], [range("0", "1"), digit], [digit]]), .literal(":"),
        .field(4, [[range("0", "5"), digit], [digit]]), .literal(":"),
        .field(5, [[range("6", "6"), range("0", "1")], [range("0", "5"), digit], [digit]]),
    ]

    static func match(_ scalars: [Unicode.Scalar], withFraction: Bool) -> Fields? {
        let pieces = head + (withFraction ? [.literal("."), .fraction, .literal("Z")] : [.literal("Z")])
        var fields = Fields()
        return match(scalars, 0, pieces[...], &fields) ? fields : nil
    }

    private static func match(_ s: [Unicode.Scalar], _ at: Int, _ pieces: ArraySlice<Piece>, _ fields: inout Fields) -> Bool {
        guard let piece = pieces.first else { return at == s.count }
        let rest = pieces.dropFirst()
        switch piece {
        case .literal(let expected):
            return at < s.count && s[at] == expected && match(s, at + 1, rest, &fields)
        case .fraction:
            var length = 0
            while length < 6, at + length < s.count, digit.contains(s[at + length].value) { length += 1 }
            while length >= 1 {
                fields.microsecond = value(s[at..<(at + length)]) * pow10(6 - length)
                if match(s, at + length, rest, &fields) { return true }
                length -= 1
            }
            return false
        case .field(let key, let alternatives):
            for classes in alternatives where at + classes.count <= s.count {
                let slice = s[at..<(at + classes.count)]
                guard zip(slice, classes).allSatisfy({ $1.contains($0.value) }) else { continue }
                fields.values[key] = value(slice)
                if match(s, at + classes.count, rest, &fields) { return true }
            }
            return false
        }
    }

    private static func value(_ digits: ArraySlice<Unicode.Scalar>) -> Int {
        digits.reduce(0) { $1 == " " ? $0 : $0 * 10 + Int($1.value) - 0x30 }
    }

    private static func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { value, _ in value * 10 } }
}
