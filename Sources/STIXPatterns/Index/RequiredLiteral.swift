/// The longest run of plain ASCII text that every value matching a `LIKE` or
/// `MATCHES` operand must contain, so the index can look it up by trigram
/// instead of running the pattern on every value.
///
/// Only ASCII counts (in a regex, only letters, digits and a few punctuation
/// marks); values are normalized (NFC) before the check, as the matcher
/// normalizes them, so the check is exact on what the matcher sees. Runs shorter
/// than three bytes are useless to a trigram index and give nil.
enum RequiredLiteral {
    static let minimumLength = 3

    /// `%` and `_` are the only wildcards; every other ASCII character is literal.
    static func like(_ pattern: String) -> [UInt8]? {
        var runs: [[UInt8]] = [[]]
        for byte in Normalization.nfc(pattern).utf8 {
            let literal = byte < 0x80 && byte != UInt8(ascii: "%") && byte != UInt8(ascii: "_")
            if literal { runs[runs.count - 1].append(byte) } else { runs.append([]) }
        }
        return longest(runs)
    }

    /// A conservative reading of a Python regex: no alternation, no inline
    /// flags; text inside groups or classes, escapes other than escaped
    /// punctuation, and characters made optional by `?`, `*` or `{` end a run.
    static func regex(_ pattern: String) -> [UInt8]? {
        let bytes = Array(Normalization.nfc(pattern).utf8)
        if bytes.contains(UInt8(ascii: "|")) || containsInlineFlags(bytes) { return nil }
        var runs: [[UInt8]] = [[]]
        var depth = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var literal: UInt8?
            var width = 1
            switch byte {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth = max(0, depth - 1)
            case UInt8(ascii: "["): index = classEnd(bytes, from: index)
            case UInt8(ascii: "\\"):
                width = 2
                if index + 1 < bytes.count, isEscapedPunctuation(bytes[index + 1]) { literal = bytes[index + 1] }
            default:
                if isPlain(byte) { literal = byte }
            }
            let next = index + width < bytes.count ? bytes[index + width] : nil
            let optional = next == UInt8(ascii: "?") || next == UInt8(ascii: "*") || next == UInt8(ascii: "{")
            if let literal, depth == 0, !optional { runs[runs.count - 1].append(literal) } else { runs.append([]) }
            index += width
        }
        return longest(runs)
    }

    static func longest(_ runs: [[UInt8]]) -> [UInt8]? {
        guard let best = runs.max(by: { $0.count < $1.count }), best.count >= minimumLength else { return nil }
        return best
    }

    static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":"),
             UInt8(ascii: "@"), UInt8(ascii: "="), UInt8(ascii: "&"), UInt8(ascii: ","), UInt8(ascii: "'"):
            true
        default:
            false
        }
    }

    /// `\.`, `\-`, `\/` and the like stand for the character itself.
    static func isEscapedPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "@"),
             UInt8(ascii: "="), UInt8(ascii: "&"), UInt8(ascii: ","):
            true
        default:
            false
        }
    }

    static func containsInlineFlags(_ bytes: [UInt8]) -> Bool {
        zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "(") && $1 == UInt8(ascii: "?") }
    }

    /// The index of the `]` closing the class that opens at `start` (or the last byte).
    static func classEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "^") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1 }
        while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
            index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        return min(index, bytes.count - 1)
    }
}
