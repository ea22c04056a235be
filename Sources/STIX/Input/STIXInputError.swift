/// Why an input could not be read as STIX at all (as opposed to findings
/// about the objects in it).
public struct STIXInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The underlying JSON syntax problem.
    public var syntax: JSONSyntaxError

    /// Creates an input error.
    public init(syntax: JSONSyntaxError) {
        self.syntax = syntax
    }

    /// `not valid JSON: line L, column C: reason`.
    public var description: String { "not valid JSON: \(syntax)" }
}
