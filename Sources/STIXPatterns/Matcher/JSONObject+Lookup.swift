import STIX

extension JSONObject {
    /// The member named exactly `key` (code points, as Python compares
    /// keys). Members are read in place and lengths compared first, so a
    /// lookup copies (retains) nothing but the value it returns: this runs
    /// for every object of every match. (A closure over
    /// `withUnsafeBufferPointer` would retain the member array.)
    @inline(__always)
    func value(named key: String) -> JSONValue? {
        let count = key.utf8.count
        for index in members.indices where members[index].key.utf8.count == count {
            if Normalization.codePointsEqual(members[index].key, key) { return members[index].value }
        }
        return nil
    }

    /// Whether the member `key` is the string `expected`, code point for code point.
    @inline(__always)
    func has(_ key: String, equalTo expected: String) -> Bool {
        let count = key.utf8.count
        for index in members.indices where members[index].key.utf8.count == count {
            guard Normalization.codePointsEqual(members[index].key, key) else { continue }
            guard case .string(let text) = members[index].value else { return false }
            return Normalization.codePointsEqual(text, expected)
        }
        return false
    }

    /// `body` applied to the member named `key` where it lies, or nil when
    /// there is none: for questions about a value that need no copy of it.
    @inline(__always)
    func withValue<Result>(named key: String, _ body: (JSONValue) -> Result) -> Result? {
        let count = key.utf8.count
        for index in members.indices where members[index].key.utf8.count == count {
            if Normalization.codePointsEqual(members[index].key, key) { return body(members[index].value) }
        }
        return nil
    }
}
