/// One element of a STIX input: an object to validate, or an element that is
/// not even well-formed JSON.
public enum STIXInputItem: Sendable {
    /// A parsed element at a 0-based position in its input.
    case object(index: Int, value: JSONValue)
    /// An element that could not be parsed; the others are still read.
    case malformed(index: Int, error: JSONSyntaxError)

    /// The element's 0-based position in its input.
    public var index: Int {
        switch self {
        case .object(let index, _), .malformed(let index, _): index
        }
    }
}
