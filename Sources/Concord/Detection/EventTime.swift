import STIX
import STIXPatterns

/// Reads event timestamps as logs write them: RFC 3339 text with `Z` or a
/// numeric offset (`2024-09-15T10:00:00.123456+0200`, a space instead of `T`
/// accepted), or seconds since the epoch as a number or numeric text (Zeek).
enum EventTime {
    static func parse(_ value: JSONValue) -> PatternTimestamp? {
        switch value {
        case .number(let number): return epoch(number.double)
        case .string(let text): return rfc3339(Array(text.utf8)) ?? Double(text).flatMap(epoch)
        default: return nil
        }
    }

    static func epoch(_ seconds: Double) -> PatternTimestamp? {
        guard seconds.isFinite, abs(seconds) < 1e11 else { return nil }
        return PatternTimestamp(microseconds: Int64((seconds * 1_000_000).rounded()))
    }

    static func rfc3339(_ bytes: [UInt8]) -> PatternTimestamp? {
        guard bytes.count >= 19, let year = digits(bytes, 0, 4), bytes[4] == UInt8(ascii: "-"),
              let month = digits(bytes, 5, 2), bytes[7] == UInt8(ascii: "-"), let day = digits(bytes, 8, 2),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " "),
              let hour = digits(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"), let minute = digits(bytes, 14, 2),
              bytes[16] == UInt8(ascii: ":"), let second = digits(bytes, 17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var index = 19
        var fraction: Int64 = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale: Int64 = 100_000
            while index < bytes.count, let digit = digits(bytes, index, 1) {
                fraction += Int64(digit) * scale
                scale /= 10
                index += 1
            }
        }
        guard let offset = offsetSeconds(bytes, from: index) else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
        return PatternTimestamp(microseconds: seconds * 1_000_000 + fraction)
    }

    /// `Z`, `±HH:MM`, `±HHMM` or nothing (UTC).
    static func offsetSeconds(_ bytes: [UInt8], from index: Int) -> Int? {
        if index == bytes.count { return 0 }
        if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") { return index + 1 == bytes.count ? 0 : nil }
        guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") else { return nil }
        let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
        let rest = Array(bytes[(index + 1)...]).filter { $0 != UInt8(ascii: ":") }
        guard rest.count == 4, let hours = digits(rest, 0, 2), let minutes = digits(rest, 2, 2) else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
