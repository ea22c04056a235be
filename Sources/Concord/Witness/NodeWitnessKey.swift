public import Foundation
public import Ledger

/// The node's witness key: Ed25519 under the cosignature/v1 key type (0x04),
/// separate from its log key, created on first use in `witness.key` (0600).
public struct NodeWitnessKey: Sendable {
    public static let fileName = "witness.key"

    /// The signer (private key); never logged.
    public let signer: NoteSignerKey
    /// The verifier key string `name+hex(keyid)+base64(0x04‖pub)`.
    public let verifierKey: String

    /// Loads the witness key in `dataDirectory`, creating it on first use.
    public static func loadOrCreate(dataDirectory: URL, name: String) throws -> NodeWitnessKey {
        let url = dataDirectory.appendingPathComponent(fileName)
        let signer: NoteSignerKey
        if let text = try? String(contentsOf: url, encoding: .utf8) {
            signer = try NoteSignerKey(parsing: text.trimmingCharacters(in: .whitespacesAndNewlines))
        } else {
            signer = try NoteSignerKey.generate(name: name, type: .cosignatureV1)
            try NodeLedgerKey.writeSecret(signer.encoded + "\n", to: url)
        }
        return NodeWitnessKey(signer: signer, verifierKey: try signer.verifierKey.description)
    }

    /// The default witness name: the host name.
    public static var defaultName: String {
        NodeLedgerKey.defaultOrigin.replacingOccurrences(of: "/concord", with: "/concord-witness")
    }
}
