public import Foundation
import Ledger
import STIX
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Verifies a Concord log from outside, with nothing but its public key:
/// the checkpoint's signature and witness quorum, consistency with the last
/// verified checkpoint, optionally the whole tree rebuilt from its entries,
/// and optionally that every object a reader can see is in the log.
public struct LedgerVerifier: Sendable {
    /// What to check.
    public struct Options: Sendable {
        public var baseURL: URL
        public var logKey: String
        public var witnessKeys: [String] = []
        public var quorum: Int = 0
        public var stateFile: URL?
        public var full = false
        public var token: String?
        public var collection: String?

        public init(baseURL: URL, logKey: String) {
            self.baseURL = baseURL
            self.logKey = logKey
        }
    }

    /// A verification that failed, saying exactly what and where.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    let options: Options
    let http: HTTPFetcher

    /// Creates a verifier.
    public init(options: Options) {
        self.options = options
        http = HTTPFetcher(baseURL: options.baseURL, token: options.token)
    }

    /// What was verified, in lines for the user.
    public func verify() async throws -> [String] {
        var report: [String] = []
        let logKey = try NoteVerifierKey(parsing: options.logKey)
        let text = try await http.text("ledger/checkpoint")
        let signed = try served("the checkpoint") { try SignedCheckpoint(parsing: text) }
        let checkpoint = try checkSignatures(signed, logKey: logKey, report: &report)
        try await checkConsistency(with: checkpoint, report: &report)
        if options.full { try await checkFullTree(checkpoint, report: &report) }
        if let collection = options.collection {
            try await CollectionAudit(http: http, logKey: logKey, checkpoint: checkpoint).run(collection: collection, report: &report)
        }
        if let stateFile = options.stateFile {
            try Data(signed.formatted.utf8).write(to: stateFile)
            report.append("state saved to \(stateFile.path)")
        }
        return report
    }

    /// Parses data the node served; malformed data is a verification failure, not a usage error.
    func served<T>(_ what: String, _ parse: () throws -> T) throws -> T {
        do {
            return try parse()
        } catch {
            throw Failure(description: "\(what) served by the node is malformed: \(error)")
        }
    }

    func checkSignatures(_ signed: SignedCheckpoint, logKey: NoteVerifierKey, report: inout [String]) throws -> Checkpoint {
        let checkpoint = signed.checkpoint
        guard checkpoint.origin == logKey.keyName else {
            throw Failure(description: "the checkpoint's origin is '\(checkpoint.origin)', but the key is for '\(logKey.keyName)'")
        }
        guard signed.verify(with: [logKey]).isAccepted else {
            throw Failure(description: "the checkpoint of size \(checkpoint.size) is not signed by \(logKey.keyName)'s key")
        }
        report.append("checkpoint of size \(checkpoint.size), root \(checkpoint.root.base64): log signature valid")
        if options.quorum > 0 {
            let witnesses = try options.witnessKeys.map { try NoteVerifierKey(parsing: $0) }
            let cosigned = signed.verify(with: witnesses).verifiedCount(among: witnesses)
            guard cosigned >= options.quorum else {
                throw Failure(description: "only \(cosigned) of the required \(options.quorum) witnesses cosigned the checkpoint of size \(checkpoint.size)")
            }
            report.append("witness quorum met: \(cosigned) of \(witnesses.count) cosigned (need \(options.quorum))")
        }
        return checkpoint
    }

    func checkConsistency(with checkpoint: Checkpoint, report: inout [String]) async throws {
        guard let stateFile = options.stateFile, let saved = try? String(contentsOf: stateFile, encoding: .utf8) else { return }
        let previous = try SignedCheckpoint(parsing: saved).checkpoint
        guard previous.size <= checkpoint.size else {
            throw Failure(description: "the log shrank: it was verified at size \(previous.size), and now shows size \(checkpoint.size) (rolled back?)")
        }
        if previous.size == checkpoint.size || previous.size == 0 {
            guard previous.size == 0 || previous.root == checkpoint.root else {
                throw Failure(description: "the log forked: size \(checkpoint.size) had root \(previous.root.base64), now \(checkpoint.root.base64)")
            }
            report.append("consistent with the saved checkpoint of size \(previous.size)")
            return
        }
        let body = try await http.json("ledger/consistency?from=\(previous.size)&to=\(checkpoint.size)")
        let proof = try (body.objectValue?["proof"]?.arrayValue ?? []).map { try TreeHash(base64: $0.stringValue ?? "") }
        guard ConsistencyProof.verify(oldSize: previous.size, newSize: checkpoint.size, oldRoot: previous.root, newRoot: checkpoint.root, proof: proof) else {
            throw Failure(description: "the checkpoint of size \(checkpoint.size) is not consistent with the saved one of size \(previous.size): the log was rewritten")
        }
        report.append("consistent with the saved checkpoint of size \(previous.size)")
    }

    func checkFullTree(_ checkpoint: Checkpoint, report: inout [String]) async throws {
        var tree = MemoryTree()
        var bundle: UInt64 = 0
        while tree.size < checkpoint.size {
            let remaining = checkpoint.size - bundle * 256
            let id = try EntryBundleID(index: bundle, width: UInt16(min(remaining, 256)))
            let bundleData = try await http.bytes("ledger/" + id.path)
            let entries = try served(id.path) { try EntryBundle.decode(bundleData, expectedCount: Int(id.width)) }
            for entry in entries { tree.append(leafData: entry) }
            let tile = try TileID(level: 0, index: bundle, width: id.width)
            let tileData = try await http.bytes("ledger/" + tile.path)
            let hashes = try served(tile.path) { try tile.hashes(in: tileData) }
            for (offset, hash) in hashes.enumerated() where hash != TreeHash.leaf(entries[offset]) {
                throw Failure(description: "entry \(bundle * 256 + UInt64(offset)) does not match its hash in \(tile.path): the entry or the tile was altered")
            }
            bundle += 1
        }
        guard try tree.rootHash(size: checkpoint.size) == checkpoint.root else {
            throw Failure(description: "the tree rebuilt from \(checkpoint.size) entries has root \(try tree.rootHash(size: checkpoint.size).base64), not the signed \(checkpoint.root.base64)")
        }
        report.append("full tree rebuilt from \(checkpoint.size) entries: root matches")
    }
}
