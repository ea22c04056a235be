/// Why a valid pattern could not be evaluated against some observations.
///
/// The reference matcher (OASIS stix2-matcher) raises an error rather than
/// answering "no match" for malformed observation data (a missing
/// `first_observed`, an `_hex` property that is not hex, a `_ref` that is not a
/// string, an IP address that cannot be parsed for `ISSUBSET`…). Concord keeps
/// that behaviour so both give the same verdicts.
public struct PatternMatchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    public enum Code: String, Sendable, Hashable {
        /// The observations are not shaped as observed-data plus SCOs.
        case invalidObservation = "invalid-observation"
        /// A property value the pattern needed could not be interpreted.
        case invalidValue = "invalid-value"
        /// The search for bindings grew beyond the safety limit.
        case tooComplex = "too-complex"
    }

    /// The kind of problem.
    public let code: Code
    /// What went wrong, in words.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
