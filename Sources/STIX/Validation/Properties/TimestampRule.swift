/// Checks timestamp properties: RFC 3339 UTC form, a real calendar date and
/// the required precision.
enum TimestampRule {
    /// Checks `value` and returns the parsed timestamp when it is usable.
    @discardableResult
    static func check(_ value: JSONValue, precision: TimestampPrecision, at pointer: JSONPointer,
                      _ context: inout ValidationContext) -> STIXTimestamp? {
        guard let text = PropertyChecker.expectString(value, at: pointer, &context) else { return nil }
        let name = pointer.displayName
        guard let timestamp = STIXTimestamp(text) else {
            context.error(.invalidTimestamp, at: pointer,
                          "'\(name)' value '\(text)' is not a timestamp of the form YYYY-MM-DDTHH:mm:ss[.s+]Z")
            return nil
        }
        guard timestamp.isRealDate else {
            context.error(.invalidTimestamp, at: pointer,
                          "'\(name)' value '\(text)' is not a real date and time (day out of range for the month, or a leap second)")
            return nil
        }
        switch precision {
        case .any: break
        case .millisecond where !timestamp.hasMillisecondPrecision:
            context.error(.timestampPrecision, at: pointer,
                          "'\(name)' value '\(text)' must be precise to the millisecond (YYYY-MM-DDTHH:mm:ss.sssZ)")
        case .wholeSecond where !timestamp.hasWholeSeconds:
            context.error(.timestampPrecision, at: pointer,
                          "'\(name)' value '\(text)' must have no fractional seconds (YYYY-MM-DDTHH:mm:ssZ)")
        default: break
        }
        return timestamp
    }
}
