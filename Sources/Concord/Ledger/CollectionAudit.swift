import Foundation
import ConcordStore
import Ledger
import STIX

/// Checks that every object version a reader can see in a collection is in
/// the log, and that its entry commits to exactly the object served.
struct CollectionAudit {
    let http: HTTPFetcher
    let logKey: NoteVerifierKey
    let checkpoint: Checkpoint

    func run(collection: String, report: inout [String]) async throws {
        var query = "objects/?match[version]=all&limit=500"
        var checked = 0
        while true {
            let page = try await http.json("taxii2/api/collections/\(collection)/\(query)", accept: "application/taxii+json;version=2.1")
            for object in page.objectValue?["objects"]?.arrayValue ?? [] {
                try await check(object, collection: collection)
                checked += 1
            }
            guard page.objectValue?["more"] == .bool(true), let next = page.objectValue?["next"]?.stringValue else { break }
            query = "objects/?next=\(next)"
        }
        report.append("collection \(collection): all \(checked) readable object versions are in the log and match their commitments")
    }

    func check(_ object: JSONValue, collection: String) async throws {
        let id = object.objectValue?["id"]?.stringValue ?? "?"
        let version = object.objectValue?["modified"]?.stringValue ?? object.objectValue?["created"]?.stringValue
        let proof: JSONValue
        do {
            let versionQuery = version.map { "&version=\($0)" } ?? ""
            proof = try await http.json("ledger/proof?collection=\(collection)&id=\(id)\(versionQuery)")
        } catch let error as HTTPStatusError where error.status == 404 {
            throw LedgerVerifier.Failure(description: "\(id) version \(version ?? "?") is served but is not in the log (no inclusion proof)")
        }
        guard let fields = proof.objectValue, let salt = Data(base64Encoded: fields["salt"]?.stringValue ?? ""),
              let entry = Data(base64Encoded: fields["entry"]?.stringValue ?? ""),
              let contributor = fields["contributor"]?.stringValue, let committed = fields["version"]?.stringValue,
              let index = fields["index"]?.numberValue?.integer, let note = fields["checkpoint"]?.stringValue else {
            throw LedgerVerifier.Failure(description: "the proof of \(id) is malformed")
        }
        let commitment = Commitment.objectVersion(salt: [UInt8](salt), collectionID: collection, contributorIdentityID: contributor,
                                                  objectID: id, body: CanonicalJSON.encode(object), version: committed)
        guard [UInt8](entry) == LedgerEntry(kind: .object, commitment: commitment).leaf else {
            throw LedgerVerifier.Failure(description: "\(id) version \(committed) does not match its ledger entry \(index): the object was altered after it was logged")
        }
        let signed = try SignedCheckpoint(parsing: note)
        guard signed.verify(with: [logKey]).isAccepted, signed.checkpoint.size <= checkpoint.size else {
            throw LedgerVerifier.Failure(description: "the proof of \(id) is against a checkpoint not signed by the log, or newer than the verified one")
        }
        let hashes = try (fields["proof"]?.arrayValue ?? []).map { try TreeHash(base64: $0.stringValue ?? "") }
        guard InclusionProof.verify(index: UInt64(index), size: signed.checkpoint.size, leafHash: TreeHash.leaf(entry), proof: hashes,
                                    root: signed.checkpoint.root) else {
            throw LedgerVerifier.Failure(description: "the inclusion proof of \(id) (entry \(index)) does not lead to the signed root of size \(signed.checkpoint.size)")
        }
    }
}
