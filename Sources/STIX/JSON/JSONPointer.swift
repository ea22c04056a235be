/// An RFC 6901 JSON pointer such as `/external_references/0/url`.
///
/// Validation findings use pointers relative to the STIX object they concern,
/// so a finding can be located in any tool that understands RFC 6901.
public struct JSONPointer: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The unescaped reference tokens, outermost first.
    public private(set) var tokens: [String]

    /// The pointer to the whole document (`""`).
    public static let root = JSONPointer(tokens: [])

    /// Creates a pointer from unescaped tokens.
    public init(tokens: [String]) {
        self.tokens = tokens
    }

    /// This pointer extended by a member name.
    public func appending(_ key: String) -> JSONPointer {
        JSONPointer(tokens: tokens + [key])
    }

    /// This pointer extended by an array index.
    public func appending(_ index: Int) -> JSONPointer {
        JSONPointer(tokens: tokens + [String(index)])
    }

    /// The pointer text, with `~` written `~0` and `/` written `~1`.
    public var description: String {
        tokens.map { "/" + $0.replacing("~", with: "~0").replacing("/", with: "~1") }.joined()
    }

    /// Decodes a pointer from its text form.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard text.isEmpty || text.hasPrefix("/") else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a JSON pointer starts with '/'"))
        }
        tokens = Self.tokens(of: text)
    }

    /// Encodes the pointer as its text form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension JSONPointer: ExpressibleByStringLiteral {
    /// Creates a pointer from its text form, e.g. `"/objects/0/id"`.
    public init(stringLiteral text: String) {
        tokens = Self.tokens(of: text)
    }

    /// The unescaped tokens of a pointer's text form.
    static func tokens(of text: String) -> [String] {
        text.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            String($0).replacing("~1", with: "/").replacing("~0", with: "~")
        }
    }
}
