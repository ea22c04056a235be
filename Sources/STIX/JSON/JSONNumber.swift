/// A JSON number, remembering whether it was written as an integer.
///
/// STIX distinguishes integer properties (`number_observed`, `size`, …) from
/// floating-point ones, and JSON Schema treats `2.0` as an integer too, so a
/// number carries both its `Double` value and, when integral and in range,
/// its exact `Int64` value.
public struct JSONNumber: Sendable, Hashable {
    /// The value as an IEEE 754 double, which is what RFC 8785 canonicalizes.
    public let double: Double
    /// The exact value when the number is integral and fits in 64 bits.
    public let integer: Int64?

    /// Creates a number from an integer.
    public init(_ integer: Int64) {
        self.integer = integer
        double = Double(integer)
    }

    /// Creates a number from a double; it is integral when it has no fraction.
    public init(_ double: Double) {
        self.double = double
        if double.isFinite, double.rounded(.towardZero) == double, abs(double) < 9.2e18 {
            integer = Int64(double)
        } else {
            integer = nil
        }
    }

    /// Whether the number has no fractional part (`3`, `3.0`, `3e2`).
    public var isInteger: Bool {
        integer != nil || (double.isFinite && double.rounded(.towardZero) == double)
    }
}

extension JSONNumber: ExpressibleByIntegerLiteral {
    /// Creates a number from an integer literal.
    public init(integerLiteral value: Int64) { self.init(value) }
}

extension JSONNumber: ExpressibleByFloatLiteral {
    /// Creates a number from a floating-point literal.
    public init(floatLiteral value: Double) { self.init(value) }
}
