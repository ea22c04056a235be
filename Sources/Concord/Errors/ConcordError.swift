public import ConcordStore

/// A failure of an exchange operation, with a stable code and a message that
/// names what was wrong. The HTTP layer maps codes to statuses in one place;
/// the CLI maps them to exit codes.
public struct ConcordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier of a kind of failure; compare errors by code.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// An argument is malformed or out of range.
        public static let invalidArgument = Code(rawValue: "invalid-argument")
        /// A named organization, token or collection does not exist.
        public static let notFound = Code(rawValue: "not-found")
        /// A name that must be unique is taken.
        public static let alreadyExists = Code(rawValue: "already-exists")
        /// The caller may not do this.
        public static let forbidden = Code(rawValue: "forbidden")
        /// The store failed.
        public static let storage = Code(rawValue: "storage")
    }

    /// What kind of failure.
    public var code: Code
    /// What failed and why, naming the thing concerned.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The same failure told by the store, with the store's code translated.
    public init(_ error: StoreError) {
        switch error.code {
        case .alreadyExists: self.init(.alreadyExists, error.message)
        case .notFound: self.init(.notFound, error.message)
        default: self.init(.storage, error.message)
        }
    }

    public var description: String { message }
}

/// Runs a store call, turning whatever it throws into a ``ConcordError``
/// (store errors keep their meaning through ``ConcordError/init(_:)``).
func storing<T>(_ body: () async throws -> T) async throws(ConcordError) -> T {
    do {
        return try await body()
    } catch let error as ConcordError {
        throw error
    } catch let error as StoreError {
        throw ConcordError(error)
    } catch {
        throw ConcordError(.storage, "\(error)")
    }
}
