import STIX

/// The reference's comparison tables (Python semantics): numbers compare with
/// numbers, strings with strings by code point, bytes with bytes, Booleans
/// only with Booleans (for `=`), timestamps with timestamps, and bytes with
/// strings whose code points are all below 256. Anything else is unequal
/// and unordered.
enum Comparisons {
    /// The outcome of an ordering comparison.
    enum Order {
        /// No ordering exists for these types; the test is false even under `NOT`.
        case incomparable
        /// The types are comparable but this string cannot be compared with bytes; the test is false before `NOT`.
        case invalid
        /// Negative, zero or positive, like C `strcmp`.
        case ordered(Int)
    }

    static func equal(_ value: PathValue, _ literal: Literal) throws(PatternMatchError) -> Bool {
        switch (value, literal) {
        case (.json(.number(let number)), .integer), (.json(.number(let number)), .float):
            return compare(number, literal) == 0
        case (.json(.string(let text)), .string(let expected)):
            return Normalization.codePointsEqual(text, expected)
        case (.json(.string(let text)), .binary(let bytes)), (.bytes(let bytes), .string(let text)):
            return latin1(text).map { $0 == bytes } ?? false
        case (.bytes(let bytes), .binary(let expected)):
            return bytes == expected
        case (.json(.bool(let flag)), .bool(let expected)):
            return flag == expected
        case (.json(.string(let text)), .timestamp(let expected)):
            return try timestamp(text) == expected
        default:
            return false
        }
    }

    static func order(_ value: PathValue, _ literal: Literal) throws(PatternMatchError) -> Order {
        switch (value, literal) {
        case (.json(.number(let number)), .integer), (.json(.number(let number)), .float):
            return .ordered(compare(number, literal))
        case (.json(.string(let text)), .string(let expected)):
            return .ordered(Normalization.codePointCompare(text, expected))
        case (.json(.string(let text)), .binary(let bytes)):
            guard let converted = latin1(text) else { return .invalid }
            return .ordered(compareBytes(converted, bytes))
        case (.bytes(let bytes), .string(let text)):
            guard let converted = latin1(text) else { return .invalid }
            return .ordered(compareBytes(bytes, converted))
        case (.bytes(let bytes), .binary(let expected)):
            return .ordered(compareBytes(bytes, expected))
        case (.json(.string(let text)), .timestamp(let expected)):
            let instant = try timestamp(text)
            return .ordered(instant < expected ? -1 : (instant == expected ? 0 : 1))
        default:
            return .incomparable
        }
    }

    /// Compares a JSON number with a numeric literal exactly where both are integers.
    static func compare(_ number: JSONNumber, _ literal: Literal) -> Int {
        switch literal {
        case .integer(let expected):
            if let integer = number.integer { return integer < expected ? -1 : (integer == expected ? 0 : 1) }
            return sign(number.double, Double(expected))
        case .float(let expected):
            return sign(number.double, expected)
        default:
            return 0
        }
    }

    static func sign(_ lhs: Double, _ rhs: Double) -> Int {
        lhs < rhs ? -1 : (lhs > rhs ? 1 : 0)
    }

    static func compareBytes(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int {
        for (a, b) in zip(lhs, rhs) where a != b { return a < b ? -1 : 1 }
        return lhs.count < rhs.count ? -1 : (lhs.count == rhs.count ? 0 : 1)
    }

    /// The string as bytes when every code point is below 256.
    static func latin1(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            guard scalar.value < 256 else { return nil }
            bytes.append(UInt8(scalar.value))
        }
        return bytes
    }

    static func timestamp(_ text: String) throws(PatternMatchError) -> PatternTimestamp {
        guard let instant = PatternTimestamp(parsing: text) else {
            throw PatternMatchError(.invalidValue, "invalid timestamp in JSON: \(text)")
        }
        return instant
    }
}
