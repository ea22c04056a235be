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
    /// read straight from the UTF-8 bytes without allocating; nil sends other
    /// spellings to the general (strptime-compatible) parser.
    static func parseCanonical(_ text: String) -> Int64? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ parseCanonical(bytes: $0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { parseCanonical(bytes: $0) }
    }

    private static func parseCanonical(bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count >= 20, bytes[bytes.count - 1] == UInt8(ascii: "Z"),
              bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":") else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for index in from..<(from + count) {
                let digit = Int(bytes[index]) &- 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour <= 23, minute <= 59 else { return nil }
        var micro = 0
        if bytes.count > 20 {
            let digits = bytes.count - 21
            guard bytes[19] == UInt8(ascii: "."), digits >= 1, let fraction = number(20, min(digits, 6)),
                  digits <= 6 || number(26, digits - 6) != nil else { return nil }
            var scale = 1
            for _ in min(digits, 6)..<6 { scale *= 10 }
            micro = fraction * scale
        }
        return microseconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second, micro: micro)
    }

    static func microseconds(_ f: TimestampGrammar.Fields) -> Int64? {
        microseconds(year: f.year, month: f.month, day: f.day, hour: f.hour, minute: f.minute, second: f.second,
                     micro: f.microsecond)
    }

    /// Microseconds since the epoch, or nil for an impossible date (or a leap second, which Python rejects).
    static func microseconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, micro: Int) -> Int64? {
        guard year >= 1, second <= 59, day <= daysInMonth(year: year, month: month) else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return seconds * 1_000_000 + Int64(micro)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
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
