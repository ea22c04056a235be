import Concord
import ConcordStore
import Foundation
import HTTPTypes
import Hummingbird
import Ledger
import STIX

extension LedgerController {
    /// `GET /ledger/proof?collection=&id=&version=`: 404 unless the caller may
    /// read that version and it is integrated; otherwise everything needed to
    /// recompute the commitment and the root (JSON, or tlog-proof text).
    func proof(_ request: Request, _ context: ConcordRequestContext) async throws -> Response {
        let query = QueryParameters(request.uri.query ?? "")
        guard let collectionText = query["collection"], let collectionID = UUID(uuidString: collectionText),
              let objectID = query["id"], let version = query["version"] else {
            throw TAXIIError(.badRequest, "Bad request", "collection (a UUID), id and version are required")
        }
        let notFound = TAXIIError(.notFound, "Not found", "no integrated version \(version) of \(objectID) that you may read")
        let filter = ObjectFilter(ids: [objectID], versions: VersionSelection(versionKeys: [VersionKey.make(version)]))
        let listing = try await exchange.list(.objects, collectionID: collectionID, principal: context.principal, start: .first(filter: filter, limit: 1))
        guard let visible = listing.versions.first,
              let record = try await store.ledgerRecord(collectionID: collectionID, objectID: objectID, version: visible.version),
              let index = record.index, let head = try await store.ledgerHead(), index < head.size else { throw notFound }
        let proof = try await LedgerReader(store: store).inclusionProof(index: index, treeSize: head.size)
        if (request.headers[.accept] ?? "").contains("text/plain") {
            let text = try TlogProof(index: index, inclusionProof: proof, checkpoint: try SignedCheckpoint(parsing: head.checkpoint)).formatted
            return Self.text(text, cache: "no-cache")
        }
        return Self.json(.object([
            "index": .number(JSONNumber(Int64(index))),
            "entry": .string(Data(record.leaf).base64EncodedString()),
            "salt": .string(Data(record.salt).base64EncodedString()),
            "contributor": .string(record.contributorIdentityID),
            "version": .string(record.version),
            "proof": .array(proof.map { .string($0.base64) }),
            "checkpoint": .string(head.checkpoint),
        ]))
    }
}
