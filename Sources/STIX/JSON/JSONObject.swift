/// A JSON object whose members keep the order in which they were written.
///
/// STIX objects are small (rarely more than a few dozen members), so a
/// member list searched in order is both faster and lighter than a hash
/// table, and it lets error messages follow the source order.
public struct JSONObject: Sendable, Hashable {
    /// One `"key": value` pair of an object.
    public struct Member: Sendable, Hashable {
        /// The member's name.
        public var key: String
        /// The member's value.
        public var value: JSONValue

        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in source order. Keys are unique.
    public private(set) var members: [Member]

    /// Creates an empty object.
    public init() {
        members = []
    }

    /// Creates an object from members whose keys are already known to be unique.
    public init(uniqueMembers: [Member]) {
        members = uniqueMembers
    }

    /// The value of the member named `key`, or `nil`.
    ///
    /// Names are compared by code points, as in JSON: `"\u{e9}"` and
    /// `"e\u{301}"` are different names. Setting a value replaces an existing
    /// member in place or appends a new one; setting `nil` removes the member.
    public subscript(key: String) -> JSONValue? {
        get {
            for member in members where member.key.utf8.elementsEqual(key.utf8) { return member.value }
            return nil
        }
        set {
            let index = members.firstIndex { $0.key.utf8.elementsEqual(key.utf8) }
            switch (index, newValue) {
            case let (index?, value?): members[index].value = value
            case let (index?, nil): members.remove(at: index)
            case let (nil, value?): members.append(Member(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// The member names in source order.
    public var keys: [String] { members.map(\.key) }

    /// The number of members.
    public var count: Int { members.count }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Creates an object from a literal; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init()
        for (key, value) in elements { self[key] = value }
    }
}
