public import ConcordStore
public import Foundation
public import Ledger

/// The node's log signing key: Ed25519, created on first start in the data
/// directory (`ledger.key`, mode 0600), named after the log's origin.
///
/// The origin is fixed at first start; a later start asking for another
/// origin is refused, because a log never changes its name.
public struct NodeLedgerKey: Sendable {
    /// The key file's name inside the data directory.
    public static let fileName = "ledger.key"

    /// The signer (private key); never logged.
    public let signer: NoteSignerKey
    /// The verifier (public key).
    public let verifier: NoteVerifierKey
    /// The log's origin (the first checkpoint line, also the key name).
    public var origin: String { signer.keyName }
    /// The verifier key string `origin+hex(keyid)+base64(0x01‖pub)`.
    public var verifierKey: String { verifier.description }

    init(signer: NoteSignerKey) throws {
        self.signer = signer
        verifier = try signer.verifierKey
    }

    /// The default origin: derived from the host name.
    public static var defaultOrigin: String {
        let host = ProcessInfo.processInfo.hostName.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
        return (host.isEmpty ? "localhost" : host) + "/concord"
    }

    /// Loads the key of the node in `dataDirectory`, creating it (and fixing the
    /// origin) on first start.
    /// - Parameter origin: the origin asked for; `nil` accepts the stored one.
    /// - Throws: ``ConcordError`` when the origin differs from the one fixed at first start.
    public static func loadOrCreate(dataDirectory: URL, store: any Store, origin requested: String?) async throws -> NodeLedgerKey {
        let fixed = try await store.initializeSetting("ledger.origin", to: requested ?? defaultOrigin)
        if let requested, requested != fixed {
            throw ConcordError(.invalidArgument, "this node's log origin is '\(fixed)' (fixed at first start); refusing --origin '\(requested)'")
        }
        let url = dataDirectory.appendingPathComponent(fileName)
        if let text = try? String(contentsOf: url, encoding: .utf8) {
            let signer = try NoteSignerKey(parsing: text.trimmingCharacters(in: .whitespacesAndNewlines))
            guard signer.keyName == fixed else {
                throw ConcordError(.invalidArgument, "\(url.path) is a key for '\(signer.keyName)', not this log's origin '\(fixed)'")
            }
            return try NodeLedgerKey(signer: signer)
        }
        let signer = try NoteSignerKey.generate(name: fixed)
        try writeSecret(signer.encoded + "\n", to: url)
        return try NodeLedgerKey(signer: signer)
    }

    /// The key of an opened node, with errors as ``ConcordError``s.
    public static func open(node: ConcordNode, origin: String?) async throws(ConcordError) -> NodeLedgerKey {
        do {
            return try await loadOrCreate(dataDirectory: node.dataDirectory, store: node.store, origin: origin)
        } catch let error as ConcordError {
            throw error
        } catch {
            throw ConcordError(.storage, "cannot load the ledger key: \(error)")
        }
    }

    /// Writes a secret file readable by its owner only.
    static func writeSecret(_ text: String, to url: URL) throws {
        let created = FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        guard created else { throw ConcordError(.storage, "cannot write \(url.path)") }
    }
}
