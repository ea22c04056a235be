public import ConcordStore
import Foundation
public import Ledger

/// A tlog-witness: cosigns checkpoints of the logs it trusts, only when they
/// are consistent with the last one it cosigned, so a log cannot show two
/// different histories and get both witnessed.
public struct Witness: Sendable {
    /// Where trusted logs and their last cosigned sizes are kept.
    public let store: any Store
    /// The witness key.
    public let key: NodeWitnessKey

    public init(store: any Store, key: NodeWitnessKey) {
        self.store = store
        self.key = key
    }

    /// The answer to an add-checkpoint request, as the spec's statuses.
    public enum Outcome: Sendable, Equatable {
        /// 200: the cosignature lines.
        case cosigned(String)
        /// 400: malformed request, or old size above the checkpoint size.
        case badRequest(String)
        /// 403: no signature from the log's trusted key.
        case forbidden(String)
        /// 404: the origin is not a trusted log.
        case unknownLog(String)
        /// 409: the old size (or the root at equal size) does not match; carries the stored size.
        case conflict(storedSize: UInt64)
        /// 422: the consistency proof does not verify.
        case inconsistent(String)
    }

    /// Handles the body of `POST …/add-checkpoint`.
    public func addCheckpoint(_ body: String) async throws -> Outcome {
        guard let request = try? AddCheckpointRequest(parsing: body) else {
            return .badRequest("the body must be 'old N', proof lines, an empty line and a signed checkpoint")
        }
        let checkpoint = request.checkpoint.checkpoint
        guard let log = try await store.witnessedLog(origin: checkpoint.origin) else {
            return .unknownLog("this witness does not witness '\(checkpoint.origin)'")
        }
        let logKey = try NoteVerifierKey(parsing: log.verifierKey)
        guard request.checkpoint.verify(with: [logKey]).verifiedCount(among: [logKey]) > 0 else {
            return .forbidden("the checkpoint is not signed by the trusted key of '\(checkpoint.origin)'")
        }
        guard request.oldSize <= checkpoint.size else { return .badRequest("old size \(request.oldSize) exceeds the checkpoint size \(checkpoint.size)") }
        guard request.oldSize == log.size else { return .conflict(storedSize: log.size) }
        if let failure = Self.consistencyFailure(request, stored: log) { return failure }
        guard try await store.advanceWitnessedLog(origin: checkpoint.origin, from: log.size, to: checkpoint.size, root: checkpoint.root.bytes) else {
            return .conflict(storedSize: try await store.witnessedLog(origin: checkpoint.origin)?.size ?? log.size)
        }
        let cosigned = try request.checkpoint.adding([key.signer])
        let lines = cosigned.note.signatures.filter { $0.keyName == key.signer.keyName && $0.keyID == key.signer.keyID }.map(\.line)
        return .cosigned(lines.joined())
    }

    /// Why the request's proof does not show the checkpoint extends the stored one, if it does not.
    static func consistencyFailure(_ request: AddCheckpointRequest, stored: WitnessedLog) -> Outcome? {
        let checkpoint = request.checkpoint.checkpoint
        if request.oldSize == 0 {
            return request.proof.isEmpty ? nil : .badRequest("the proof must be empty when the old size is 0")
        }
        guard let oldRoot = stored.root.flatMap({ try? TreeHash($0) }) else { return .conflict(storedSize: stored.size) }
        if request.oldSize == checkpoint.size {
            return oldRoot == checkpoint.root ? nil : .conflict(storedSize: stored.size)
        }
        let consistent = ConsistencyProof.verify(oldSize: request.oldSize, newSize: checkpoint.size, oldRoot: oldRoot,
                                                 newRoot: checkpoint.root, proof: request.proof)
        return consistent ? nil : .inconsistent("the consistency proof from \(request.oldSize) to \(checkpoint.size) does not verify")
    }
}

/// A parsed add-checkpoint body.
public struct AddCheckpointRequest: Sendable {
    public var oldSize: UInt64
    public var proof: [TreeHash]
    public var checkpoint: SignedCheckpoint

    /// Parses `old N\n`, base64 proof lines, an empty line, then the signed checkpoint.
    public init(parsing body: String) throws {
        guard let split = body.range(of: "\n\n") else { throw LedgerError(.malformedNote, "no empty line") }
        var lines = body[..<split.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first, first.hasPrefix("old "), let size = UInt64(first.dropFirst(4)),
              String(size) == first.dropFirst(4) else { throw LedgerError(.malformedNote, "bad old size line") }
        lines.removeFirst()
        guard lines.count <= 63 else { throw LedgerError(.malformedNote, "too many proof lines") }
        oldSize = size
        proof = try lines.map { try TreeHash(base64: $0) }
        checkpoint = try SignedCheckpoint(parsing: String(body[split.upperBound...]))
    }

    /// The wire form.
    public static func format(oldSize: UInt64, proof: [TreeHash], checkpoint: String) -> String {
        (["old \(oldSize)"] + proof.map(\.base64)).joined(separator: "\n") + "\n\n" + checkpoint
    }
}
