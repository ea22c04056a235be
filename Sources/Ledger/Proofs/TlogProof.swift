public import Foundation

/// A C2SP tlog-proof: an offline-verifiable proof that an entry is in a
/// log, made of optional extra data, the entry's index, an inclusion proof
/// and the (co)signed checkpoint it is relative to.
///
/// ```
/// c2sp.org/tlog-proof@v1
/// extra <base64>            (optional)
/// index <decimal>
/// <base64 hash>             (zero or more, leaf's sibling first)
///
/// <checkpoint signed note, verbatim>
/// ```
public struct TlogProof: Sendable, Hashable {
    /// The first line of every proof.
    public static let header = "c2sp.org/tlog-proof@v1"
    /// The most inclusion proof hashes a proof can have (a tree of up to
    /// 2^64 − 1 leaves is at most 64 levels deep).
    public static let maxProofLength = 64

    /// Unauthenticated application data, if any; never trust it implicitly.
    public let extra: Data?
    /// The zero-based index of the entry in the log.
    public let index: UInt64
    /// The RFC 9162 inclusion proof of the entry in the checkpoint's tree.
    public let inclusionProof: [TreeHash]
    /// The checkpoint, with the log's signature and any cosignatures.
    public let checkpoint: SignedCheckpoint

    /// A proof from its parts; throws `malformedProof` for empty extra data
    /// or an overlong inclusion proof.
    public init(extra: Data? = nil, index: UInt64, inclusionProof: [TreeHash], checkpoint: SignedCheckpoint) throws(LedgerError) {
        guard extra.map({ !$0.isEmpty }) ?? true else {
            throw LedgerError(.malformedProof, "extra data, when present, must not be empty")
        }
        guard inclusionProof.count <= TlogProof.maxProofLength else {
            throw LedgerError(.malformedProof, "inclusion proof has \(inclusionProof.count) hashes, limit \(TlogProof.maxProofLength)")
        }
        self.extra = extra
        self.index = index
        self.inclusionProof = inclusionProof
        self.checkpoint = checkpoint
    }

    /// The proof in text form.
    public var formatted: String {
        var text = TlogProof.header + "\n"
        if let extra { text += "extra \(extra.base64EncodedString())\n" }
        text += "index \(index)\n"
        text += inclusionProof.map { $0.base64 + "\n" }.joined()
        return text + "\n" + checkpoint.formatted
    }

    /// Parses a proof strictly: header, optional `extra`, canonical `index`,
    /// hash lines in padded base64 of 32 bytes, an empty line, and a
    /// well-formed signed checkpoint.
    public init(parsing text: String) throws(LedgerError) {
        guard let blank = text.range(of: "\n\n") else {
            throw LedgerError(.malformedProof, "proof has no empty line before the checkpoint")
        }
        var lines = text[..<blank.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst() == Substring(TlogProof.header) else {
            throw LedgerError(.malformedProof, "proof does not start with \(TlogProof.header)")
        }
        var extra: Data?
        if let line = lines.first, line.hasPrefix("extra ") {
            guard let data = Base64.decodeStrict(String(line.dropFirst(6))), !data.isEmpty else {
                throw LedgerError(.malformedProof, "extra line is not non-empty padded base64")
            }
            extra = data
            lines = lines.dropFirst()
        }
        guard let indexLine = lines.popFirst(), indexLine.hasPrefix("index "),
            let index = try? Checkpoint.parseSize(indexLine.dropFirst(6))
        else {
            throw LedgerError(.malformedProof, "proof has no 'index <decimal>' line")
        }
        var hashes: [TreeHash] = []
        for line in lines {
            do { hashes.append(try TreeHash(base64: line)) } catch {
                throw LedgerError(.malformedProof, "inclusion proof line \(hashes.count) is not a base64 hash")
            }
        }
        let checkpoint = try SignedCheckpoint(parsing: String(text[blank.upperBound...]))
        try self.init(extra: extra, index: index, inclusionProof: hashes, checkpoint: checkpoint)
    }

    /// Checks the proof for an entry whose leaf hash the caller computed:
    /// the checkpoint's signatures against trusted log and witness keys, and
    /// the inclusion proof against the checkpoint's root. Which signatures
    /// are required is the caller's policy, applied to the result.
    public func verify(leafHash: TreeHash, with verifiers: [any NoteVerifier]) -> TlogProofVerification {
        let tree = checkpoint.checkpoint
        let included = InclusionProof.verify(
            index: index, size: tree.size, leafHash: leafHash, proof: inclusionProof, root: tree.root)
        return TlogProofVerification(signatures: checkpoint.verify(with: verifiers), isIncluded: included)
    }
}

/// The outcome of checking a `TlogProof`.
public struct TlogProofVerification: Sendable {
    /// Which checkpoint signatures verified, failed, or were from unknown keys.
    public let signatures: NoteVerification
    /// Whether the inclusion proof binds the leaf hash to the checkpoint root.
    public let isIncluded: Bool
}
