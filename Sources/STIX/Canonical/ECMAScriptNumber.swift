/// Formats doubles exactly as ECMAScript's `Number.prototype.toString` does,
/// which RFC 8785 requires for canonical numbers.
///
/// Swift's `description` already yields the shortest digits that round-trip;
/// only the layout (where the point goes, when to switch to exponent form,
/// how the exponent is spelled) differs, and that is what this type rewrites.
public enum ECMAScriptNumber {
    /// The ECMAScript spelling of `value`; `-0` is `0`. Non-finite values have
    /// no JSON spelling and are written `null`, as `JSON.stringify` does.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return "0" }
        let (digits, exponent) = shortestDigits(of: abs(value))
        let sign = value < 0 ? "-" : ""
        return sign + layout(digits: digits, pointPosition: exponent)
    }

    /// The shortest round-trip decimal digits of a positive finite `value`,
    /// and `n` such that value = 0.digits × 10^n.
    static func shortestDigits(of value: Double) -> (digits: [UInt8], pointPosition: Int) {
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1])! : 0
        var digits: [UInt8] = []
        var integerDigitCount = 0
        var seenPoint = false
        for byte in parts[0].utf8 {
            if byte == UInt8(ascii: ".") { seenPoint = true; continue }
            digits.append(byte)
            if !seenPoint { integerDigitCount += 1 }
        }
        var pointPosition = integerDigitCount + exponent
        while digits.first == UInt8(ascii: "0") {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, pointPosition)
    }

    /// Lays out digits d1…dk with value 0.d1…dk × 10^n per ECMA-262 Number::toString.
    static func layout(digits: [UInt8], pointPosition n: Int) -> String {
        let k = digits.count
        let text = String(decoding: digits, as: UTF8.self)
        if k <= n && n <= 21 {
            return text + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            return String(text.prefix(n)) + "." + String(text.dropFirst(n))
        }
        if -6 < n && n <= 0 {
            return "0." + String(repeating: "0", count: -n) + text
        }
        let exponent = n - 1
        let exponentText = (exponent < 0 ? "-" : "+") + String(abs(exponent))
        let mantissa = k == 1 ? text : String(text.prefix(1)) + "." + String(text.dropFirst(1))
        return mantissa + "e" + exponentText
    }
}
