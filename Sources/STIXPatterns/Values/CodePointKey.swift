/// A string used as a dictionary key with Python's notion of equality: the
/// same code points. (Swift's `String` keys would merge canonically
/// equivalent spellings such as "é" and "e\u{301}".) Hashing feeds the
/// UTF-8 bytes to the hasher in one call.
struct CodePointKey: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: CodePointKey, rhs: CodePointKey) -> Bool {
        Normalization.codePointsEqual(lhs.text, rhs.text)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
