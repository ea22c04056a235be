public import Foundation

/// A sortable spelling of STIX versions and TAXII dates.
///
/// STIX timestamps may carry any number of fractional digits, so
/// `…:00Z` and `…:00.000Z` are the same instant but do not sort as text.
/// A version key always has nine fractional digits, so keys compare as
/// instants when compared as strings, in any database.
public enum VersionKey {
    /// The key of a STIX timestamp, or the text itself when it is not one.
    public static func make(_ timestamp: String) -> String {
        let utf8 = Array(timestamp.utf8)
        guard utf8.count >= 20, utf8.last == UInt8(ascii: "Z"), utf8[10] == UInt8(ascii: "T") else { return timestamp }
        let seconds = utf8[0..<19]
        var fraction: ArraySlice<UInt8> = []
        if utf8.count > 20 {
            guard utf8[19] == UInt8(ascii: "."), utf8.count > 21 else { return timestamp }
            fraction = utf8[20..<(utf8.count - 1)]
            guard fraction.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return timestamp }
        }
        let digits = Array(fraction.prefix(9)) + Array(repeating: UInt8(ascii: "0"), count: max(0, 9 - fraction.count))
        return String(decoding: seconds, as: UTF8.self) + "." + String(decoding: digits, as: UTF8.self) + "Z"
    }

    /// The key of a date (TAXII `date_added`), to the microsecond.
    public static func make(_ date: Date) -> String {
        make(TAXIITimestamp.string(from: date))
    }
}

/// TAXII timestamps: RFC 3339 in UTC with microseconds, e.g. `2024-05-01T10:00:00.123456Z`.
public enum TAXIITimestamp {
    /// The TAXII spelling of `date`, truncated to the microsecond.
    public static func string(from date: Date) -> String {
        let microseconds = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        let seconds = microseconds.quotientAndRemainder(dividingBy: 1_000_000)
        var whole = seconds.quotient
        var fraction = seconds.remainder
        if fraction < 0 { whole -= 1; fraction += 1_000_000 }
        let components = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                                     from: Date(timeIntervalSince1970: TimeInterval(whole)))
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", components.year ?? 0, components.month ?? 0,
                      components.day ?? 0, components.hour ?? 0, components.minute ?? 0, components.second ?? 0, Int(fraction))
    }

    /// Parses a STIX/TAXII timestamp (`YYYY-MM-DDTHH:MM:SS[.fraction]Z`); `nil` when malformed.
    public static func date(from text: String) -> Date? {
        let key = VersionKey.make(text)
        guard key.utf8.count == 30 else { return nil }
        let parts = key.split(whereSeparator: { "-T:.Z".contains($0) }).compactMap { Int($0) }
        guard parts.count == 7, (1...12).contains(parts[1]), (1...31).contains(parts[2]), parts[3] < 24, parts[4] < 60, parts[5] < 61 else {
            return nil
        }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        (components.hour, components.minute, components.second) = (parts[3], parts[4], parts[5])
        guard let whole = Calendar.utc.date(from: components), Calendar.utc.component(.day, from: whole) == parts[2] else { return nil }
        let microseconds = parts[6] / 1000
        return Date(timeIntervalSince1970: whole.timeIntervalSince1970 + Double(microseconds) / 1_000_000)
    }
}

extension Calendar {
    /// The Gregorian calendar in UTC.
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()
}
