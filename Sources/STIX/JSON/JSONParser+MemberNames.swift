extension JSONParser {
    /// The member names of one object seen so far, for rejecting duplicates.
    ///
    /// Names are compared by their code points, as RFC 8259 and RFC 8785 do:
    /// `"\u00e9"` and `"e\u0301"` are different names even though Swift's
    /// `String` equality treats them as equal. Small objects are searched in
    /// order; larger ones use a hash set so parsing stays linear.
    struct MemberNames {
        static let linearSearchLimit = 16
        var set: Set<ExactString>?

        /// Records `name`; `false` when `members` already has a member with that exact name.
        mutating func insert(_ name: String, among members: [JSONObject.Member]) -> Bool {
            if members.count < Self.linearSearchLimit {
                return !members.contains { $0.key.utf8.elementsEqual(name.utf8) }
            }
            if set == nil { set = Set(members.map { ExactString($0.key) }) }
            return set!.insert(ExactString(name)).inserted
        }
    }
}

/// A string compared and hashed by its UTF-8 bytes rather than by Unicode
/// canonical equivalence.
struct ExactString: Hashable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (lhs: ExactString, rhs: ExactString) -> Bool {
        lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
