public import STIX

/// A value selected by an object path: JSON as written, or bytes decoded from
/// a property whose name ends in `_hex` or `_bin` (as the reference does, so
/// that `payload_bin = h'…'` compares bytes with bytes).
public enum PathValue: Sendable, Hashable {
    /// A JSON value (including objects reached through `_ref`/`_refs`).
    case json(JSONValue)
    /// Bytes decoded from a `_hex` or `_bin` property.
    case bytes([UInt8])
}
