/// An instant with microsecond precision (the precision the reference
/// matcher keeps), stored as microseconds since 1970-01-01T00:00:00Z.
public struct PatternTimestamp: Sendable, Hashable, Comparable {
    /// Microseconds since the Unix epoch (negative before 1970).
    public let microseconds: Int64

    /// Creates a timestamp from microseconds since the epoch.
    public init(microseconds: Int64) {
        self.microseconds = microseconds
    }

    /// Orders timestamps chronologically.
    public static func < (lhs: PatternTimestamp, rhs: PatternTimestamp) -> Bool {
        lhs.microseconds < rhs.microseconds
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.ffffff]Z` leniently in the same way as the
    /// reference (Python `strptime`): one-digit month, day, hour, minute and
    /// second are accepted, fractions beyond six digits are truncated, and
    /// lower-case letters or impossible dates are rejected.
    public init?(parsing text: String) {
        if let fast = PatternTimestamp.parseCanonical(text) {
            microseconds = fast
            return
        }
        guard !text.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { return nil }
        var scalars = Array(text.unicodeScalars)
        if let dot = scalars.firstIndex(of: ".") {
            let tail = scalars[(dot + 1)...]
            guard !tail.contains(".") else { return nil }
            if tail.count > 7, tail.last == "Z" {
                scalars = Array(scalars[...dot]) + Array(tail.prefix(6)) + ["Z"]
            }
        }
        guard let fields = TimestampGrammar.match(scalars, withFraction: scalars.contains(".")) else { return nil }
        guard let value = PatternTimestamp.microseconds(fields) else { return nil }
        microseconds = value
    }

    /// The common case, `YYYY-MM-DDTHH:MM:SS[.f…]Z` with two-digit fields,
    /// read straight from the UTF-8 bytes; nil sends other spellings to the
    /// general (strptime-compatible) parser.
    static func parseCanonical(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for index in from..<(from + count) {
                let digit = Int(bytes[index]) - 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        let separators: [(Int, Character)] = [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":")]
        guard separators.allSatisfy({ bytes[$0.0] == $0.1.asciiValue }),
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour <= 23, minute <= 59 else { return nil }
        var micro = 0
        if bytes.count > 20 {
            let digits = bytes.count - 21
            guard bytes[19] == UInt8(ascii: "."), digits >= 1, let fraction = number(20, min(digits, 6)),
                  digits <= 6 || number(26, digits - 6) != nil else { return nil }
            micro = fraction * [100_000, 10_000, 1000, 100, 10, 1][min(digits, 6) - 1]
        }
        var fields = TimestampGrammar.Fields()
        fields.values = [year, month, day, hour, minute, second]
        fields.microsecond = micro
        return microseconds(fields)
    }

    static func microseconds(_ f: TimestampGrammar.Fields) -> Int64? {
        guard f.year >= 1, f.second <= 59 else { return nil }
        let leap = f.year % 4 == 0 && (f.year % 100 != 0 || f.year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard f.day <= lengths[f.month - 1] else { return nil }
        let days = daysFromCivil(year: f.year, month: f.month, day: f.day)
        let seconds = Int64(days) * 86_400 + Int64(f.hour * 3600 + f.minute * 60 + f.second)
        return seconds * 1_000_000 + Int64(f.microsecond)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
