import Crypto
import Foundation
public import STIX

/// How entries commit to what they record, exactly as the ledger format pins it.
///
/// For an object version: SHA-256(salt ‖ JCS({"collection", "contributor", "id",
/// "object", "version"})), where the object is its canonical JSON as TAXII
/// serves it and the version is what the manifest reports. For an admin
/// change: SHA-256(salt ‖ JCS(description)). The salt (32 random bytes) is
/// kept with the record and given only to readers who may see it.
public enum Commitment {
    /// The length of a salt in bytes.
    public static let saltLength = 32

    /// 32 fresh random bytes from the cryptographic generator (one call, no per-byte system calls).
    public static func makeSalt() -> [UInt8] {
        randomBytes(count: saltLength)
    }

    /// `count` fresh random bytes from the operating system's generator, read
    /// at once so a batch draws all its salts in a few system calls
    /// (swift-crypto's `SymmetricKey` asks for 8 bytes at a time: four calls per salt).
    public static func randomBytes(count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        if let device = FileHandle(forReadingAtPath: "/dev/urandom") {
            defer { try? device.close() }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(count)
            while bytes.count < count, let chunk = try? device.read(upToCount: count - bytes.count), !chunk.isEmpty {
                bytes.append(contentsOf: chunk)
            }
            if bytes.count == count { return bytes }
        }
        return SymmetricKey(size: SymmetricKeySize(bitCount: count * 8)).withUnsafeBytes { Array($0) }
    }

    /// The JCS document an object version's commitment covers. `body` must
    /// already be canonical JSON (it is spliced in as it is).
    public static func objectDocument(collectionID: String, contributorIdentityID: String, objectID: String,
                                      body: [UInt8], version: String) -> [UInt8] {
        documentHead(collectionID: collectionID, contributorIdentityID: contributorIdentityID, objectID: objectID)
            + body + documentTail(version: version)
    }

    /// The document up to the object: `{"collection":…,"contributor":…,"id":…,"object":`
    /// (members in JCS order).
    static func documentHead(collectionID: String, contributorIdentityID: String, objectID: String) -> [UInt8] {
        var head: [UInt8] = []
        head.reserveCapacity(160 + objectID.utf8.count)
        head.append(contentsOf: #"{"collection":"#.utf8)
        CanonicalJSON.appendString(collectionID, to: &head)
        head.append(contentsOf: #","contributor":"#.utf8)
        CanonicalJSON.appendString(contributorIdentityID, to: &head)
        head.append(contentsOf: #","id":"#.utf8)
        CanonicalJSON.appendString(objectID, to: &head)
        head.append(contentsOf: #","object":"#.utf8)
        return head
    }

    /// The document after the object: `,"version":…}`.
    static func documentTail(version: String) -> [UInt8] {
        var tail: [UInt8] = []
        tail.reserveCapacity(48)
        tail.append(contentsOf: #","version":"#.utf8)
        CanonicalJSON.appendString(version, to: &tail)
        tail.append(UInt8(ascii: "}"))
        return tail
    }

    /// SHA-256(salt ‖ document).
    public static func commit(salt: [UInt8], document: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: salt)
        hasher.update(data: document)
        return Array(hasher.finalize())
    }

    /// The commitment of an object version: SHA-256(salt ‖ ``objectDocument(collectionID:contributorIdentityID:objectID:body:version:)``),
    /// hashed piece by piece so the body is never copied.
    public static func objectVersion(salt: [UInt8], collectionID: String, contributorIdentityID: String, objectID: String,
                                     body: [UInt8], version: String) -> [UInt8] {
        objectVersion(salt: salt[...], collectionID: collectionID, contributorIdentityID: contributorIdentityID,
                      objectID: objectID, body: body, version: version)
    }

    /// The commitment of an object version whose salt is a slice of a batch's random bytes
    /// (a concrete type, so the hot path needs no generic dispatch).
    public static func objectVersion(salt: ArraySlice<UInt8>, collectionID: String, contributorIdentityID: String, objectID: String,
                                     body: [UInt8], version: String) -> [UInt8] {
        let head = documentHead(collectionID: collectionID, contributorIdentityID: contributorIdentityID, objectID: objectID)
        let tail = documentTail(version: version)
        var hasher = SHA256()
        salt.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        head.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        body.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        tail.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return Array(hasher.finalize())
    }

    /// The commitment of an administrative change described by `description`.
    public static func adminChange(salt: [UInt8], description: JSONValue) -> [UInt8] {
        commit(salt: salt, document: CanonicalJSON.encode(description))
    }
}
