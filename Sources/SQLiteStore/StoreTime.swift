import Foundation

/// Dates are stored as whole microseconds since 1970, the precision TAXII's
/// `date_added` timestamps carry.
enum StoreTime {
    static func microseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    static func date(_ microseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(microseconds) / 1_000_000)
    }
}
