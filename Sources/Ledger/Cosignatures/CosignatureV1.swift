public import Foundation

/// The C2SP tlog-cosignature Ed25519 format, `cosignature/v1`: a witness
/// (key type 0x04) signs a header line, a timestamp line and the whole
/// checkpoint body; the note signature is `timestamp(8, big-endian) ‖ signature(64)`.
public enum CosignatureV1 {
    /// The length of a cosignature/v1 signature after the key ID.
    public static let signatureLength = 8 + 64

    /// The signed message: `cosignature/v1\ntime <timestamp>\n` followed by
    /// the checkpoint body (including its final newline).
    public static func message(body: Data, timestamp: UInt64) -> Data {
        Data("cosignature/v1\ntime \(timestamp)\n".utf8) + body
    }

    /// Splits a cosignature into its timestamp and Ed25519 signature,
    /// throwing `malformedCosignature` for a wrong length or a timestamp
    /// above 2^63 − 1.
    public static func split(_ signature: Data) throws(LedgerError) -> (timestamp: UInt64, signature: Data) {
        guard signature.count == signatureLength else {
            throw LedgerError(
                .malformedCosignature, "cosignature/v1 is \(signatureLength) bytes, got \(signature.count)")
        }
        let timestamp = signature.bigEndianUInt64(at: 0)
        guard timestamp <= UInt64(Int64.max) else {
            throw LedgerError(.malformedCosignature, "cosignature timestamp \(timestamp) exceeds 2^63-1")
        }
        return (timestamp, Data(signature.dropFirst(8)))
    }

    /// The timestamp of a cosignature line, for policy checks after verification.
    public static func timestamp(of signature: NoteSignature) throws(LedgerError) -> UInt64 {
        try split(signature.signature).timestamp
    }
}
