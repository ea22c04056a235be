/// A STIX timestamp: RFC 3339 in UTC, `YYYY-MM-DDTHH:mm:ss[.s+]Z`.
///
/// ``init(_:)`` checks the textual form (two-digit fields in range, a `Z`
/// zone); ``isRealDate`` additionally checks that the day exists in its
/// month and that the second is not a leap second, which is what
/// `stix2-validator` requires of the timestamps it parses.
public struct STIXTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar year.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31 (see ``isRealDate``).
    public let day: Int
    /// The hour, 0...23.
    public let hour: Int
    /// The minute, 0...59.
    public let minute: Int
    /// The second, 0...60 (60 is rejected by ``isRealDate``).
    public let second: Int
    /// The digits after the decimal point, as written (may be empty).
    public let fraction: String

    /// Parses the text form, returning `nil` when it is not a STIX timestamp.
    public init?(_ text: String) {
        let b = Array(text.utf8)
        guard b.count >= 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[b.count - 1] == UInt8(ascii: "Z"),
              let year = Self.number(b, 0, 4), let month = Self.number(b, 5, 2), let day = Self.number(b, 8, 2),
              let hour = Self.number(b, 11, 2), let minute = Self.number(b, 14, 2),
              let second = Self.number(b, 17, 2) else { return nil }
        guard (1...12).contains(month), (1...31).contains(day), hour <= 23, minute <= 59, second <= 60 else { return nil }
        var fraction = ""
        if b.count > 20 {
            guard b[19] == UInt8(ascii: "."), b.count > 21,
                  b[20..<(b.count - 1)].allSatisfy(ASCII.isDigit) else { return nil }
            fraction = String(decoding: b[20..<(b.count - 1)], as: UTF8.self)
        }
        (self.year, self.month, self.day, self.hour, self.minute, self.second) = (year, month, day, hour, minute, second)
        self.fraction = fraction
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<(start + length)] {
            guard ASCII.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Whether the date exists (no 30 February, no year 0) and the second is not 60.
    public var isRealDate: Bool {
        year >= 1 && day <= Self.daysIn(month: month, year: year) && second <= 59
    }

    /// Whether the time is written to at least the millisecond (`.sss` or more digits).
    public var hasMillisecondPrecision: Bool { fraction.utf8.count >= 3 }

    /// Whether the time has no fractional seconds at all.
    public var hasWholeSeconds: Bool { fraction.isEmpty }

    /// The number of days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The text form, normalized to the parsed fields.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let base = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        return base + (fraction.isEmpty ? "" : "." + fraction) + "Z"
    }

    /// Orders timestamps by instant; fractions compare as decimals (`.5` equals `.500`).
    public static func < (lhs: STIXTimestamp, rhs: STIXTimestamp) -> Bool {
        let left = (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
        let right = (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
        if left != right { return left < right }
        return compareFractions(lhs.fraction, rhs.fraction) < 0
    }

    /// Equal when they denote the same instant.
    public static func == (lhs: STIXTimestamp, rhs: STIXTimestamp) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second) == (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
            && compareFractions(lhs.fraction, rhs.fraction) == 0
    }

    /// Hashes the instant, consistently with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(year); hasher.combine(month); hasher.combine(day)
        hasher.combine(hour); hasher.combine(minute); hasher.combine(second)
        var trimmed = Substring(fraction)
        while trimmed.last == "0" { trimmed = trimmed.dropLast() }
        hasher.combine(trimmed)
    }

    private static func compareFractions(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        for position in 0..<max(left.count, right.count) {
            let l = position < left.count ? left[position] : 0x30
            let r = position < right.count ? right[position] : 0x30
            if l != r { return l < r ? -1 : 1 }
        }
        return 0
    }
}
