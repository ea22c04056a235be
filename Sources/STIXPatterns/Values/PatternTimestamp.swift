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
