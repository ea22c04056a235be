/// Why detection could not run as asked: a bad mapping file, an unreadable
/// indicator source, a hub that refused. Compared by ``code``.
public struct DetectionError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure.
    public enum Code: String, Sendable {
        /// The mapping file or a built-in mapping name is unusable.
        case invalidMapping = "invalid-mapping"
        /// The indicator source could not be read.
        case unreadableSource = "unreadable-source"
        /// The hub answered with an error.
        case hubRefused = "hub-refused"
    }

    /// What kind of failure.
    public let code: Code
    /// What went wrong and where, for the user.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
