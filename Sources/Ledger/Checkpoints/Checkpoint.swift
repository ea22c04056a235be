/// A C2SP tlog-checkpoint body: origin line, decimal tree size, base64 root
/// hash, and optional extension lines, each ending in a newline.
public struct Checkpoint: Sendable, Hashable {
    /// The log's identity, e.g. `example.com/log42`.
    public let origin: String
    /// The number of leaves in the tree.
    public let size: UInt64
    /// The RFC 9162 root hash of the tree at `size`.
    public let root: TreeHash
    /// Opaque, non-empty extension lines (without newlines); not recommended.
    public let extensions: [String]

    /// A checkpoint from its parts; throws `malformedCheckpoint` for an empty
    /// origin or extension line, or one containing a control character.
    public init(origin: String, size: UInt64, root: TreeHash, extensions: [String] = []) throws(LedgerError) {
        try Checkpoint.validateLine(origin, what: "origin")
        for line in extensions { try Checkpoint.validateLine(line, what: "extension line") }
        self.origin = origin
        self.size = size
        self.root = root
        self.extensions = extensions
    }

    /// Parses a checkpoint body strictly: at least three non-empty lines,
    /// a final newline, a size with no sign or leading zero, and a root in
    /// padded standard base64 of exactly 32 bytes.
    public init(parsing body: String) throws(LedgerError) {
        guard body.hasSuffix("\n") else {
            throw LedgerError(.malformedCheckpoint, "checkpoint body must end with a newline")
        }
        let lines = body.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3 else {
            throw LedgerError(.malformedCheckpoint, "checkpoint needs origin, size and root lines, got \(lines.count) lines")
        }
        let size = try Checkpoint.parseSize(lines[1])
        let root: TreeHash
        do {
            root = try TreeHash(base64: lines[2])
        } catch {
            throw LedgerError(.malformedCheckpoint, "checkpoint root is not base64 of 32 bytes: \(lines[2].prefix(64))")
        }
        try self.init(origin: String(lines[0]), size: size, root: root, extensions: lines.dropFirst(3).map(String.init))
    }

    /// The body text, ending in a newline: the signed-note text of the checkpoint.
    public var body: String {
        ([origin, String(size), root.base64] + extensions).map { $0 + "\n" }.joined()
    }

    /// Parses a decimal tree size: ASCII digits only, no leading zero except `0` itself.
    static func parseSize(_ text: Substring) throws(LedgerError) -> UInt64 {
        let digits = text.utf8
        guard !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }),
            digits.first != UInt8(ascii: "0") || digits.count == 1,
            let value = UInt64(text)
        else {
            throw LedgerError(.malformedCheckpoint, "checkpoint size is not a canonical decimal: \(text.prefix(30))")
        }
        return value
    }

    /// Checks that a line is non-empty and has no control characters.
    static func validateLine(_ line: String, what: String) throws(LedgerError) {
        guard !line.isEmpty else { throw LedgerError(.malformedCheckpoint, "checkpoint \(what) is empty") }
        if line.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            throw LedgerError(.malformedCheckpoint, "checkpoint \(what) contains a control character")
        }
    }
}
