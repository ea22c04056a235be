/// A failure of a ``Store`` operation, with a stable code and context.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier of a kind of store failure; compare errors by code.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A name or id that must be unique is taken.
        public static let alreadyExists = Code(rawValue: "already-exists")
        /// The referenced organization, token or collection does not exist.
        public static let notFound = Code(rawValue: "not-found")
        /// Another writer changed what this write depended on.
        public static let conflict = Code(rawValue: "conflict")
        /// The store could not be opened or migrated.
        public static let unavailable = Code(rawValue: "unavailable")
        /// The database failed underneath.
        public static let backend = Code(rawValue: "backend")
    }

    /// What kind of failure.
    public var code: Code
    /// What failed, in words, naming the thing concerned.
    public var message: String

    /// Creates a store error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
