import Concord
import ConcordServer
import ConcordStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Ledger
import STIX
import Testing

@Suite("Ledger routes")
struct LedgerRouteTests {
    @Test func checkpointTilesAndProofsVerify() async throws {
        let hub = try await TestHub()
        try await hub.application.test(.router) { client in
            _ = try await client.execute(uri: hub.collectionPath + "objects/", method: .post, headers: hub.headers(as: "publisher", contentType: true),
                                         body: TestHub.envelope((0..<300).map { TestHub.indicator($0) }))
            try await hub.integrateLedger()
            let key = try await NodeLedgerKey.loadOrCreate(dataDirectory: hub.node.dataDirectory, store: hub.node.store, origin: nil)
            let note = try await client.execute(uri: "/ledger/checkpoint", method: .get) { response in
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                return String(buffer: response.body)
            }
            let signed = try SignedCheckpoint(parsing: note)
            #expect(signed.verify(with: [key.verifier]).isAccepted)
            let size = signed.checkpoint.size
            #expect(size > 300)

            let tile = try await client.execute(uri: "/ledger/tile/0/000", method: .get) { response in
                #expect(response.headers[.cacheControl]?.contains("immutable") == true)
                return Data(response.body.readableBytesView)
            }
            let bundle = try await client.execute(uri: "/ledger/tile/entries/000", method: .get) { Data($0.body.readableBytesView) }
            let entries = try EntryBundle.decode(bundle, expectedCount: 256)
            #expect(try TileID(level: 0, index: 0).hashes(in: tile) == entries.map(TreeHash.leaf))
            try await client.execute(uri: "/ledger/tile/0/999", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/ledger/tile/nonsense", method: .get) { #expect($0.status == .notFound) }

            let uri = "/ledger/proof?collection=\(hub.collection.id.uuidString.lowercased())&id=\(TestHub.id(42))&version=2024-05-01T10:00:00.000Z"
            let proof = try await client.execute(uri: uri, method: .get, headers: hub.headers(as: "grantee")) { try #require($0.json?.objectValue) }
            let index = try #require(proof["index"]?.numberValue?.integer)
            let leaf = try #require(Data(base64Encoded: proof["entry"]?.stringValue ?? ""))
            let hashes = try (proof["proof"]?.arrayValue ?? []).map { try TreeHash(base64: $0.stringValue ?? "") }
            #expect(InclusionProof.verify(index: UInt64(index), size: size, leafHash: TreeHash.leaf(leaf), proof: hashes, root: signed.checkpoint.root))
            let object = try JSONParser.parse(TestHub.indicator(42))
            let salt = try #require(Data(base64Encoded: proof["salt"]?.stringValue ?? ""))
            let commitment = Commitment.objectVersion(salt: [UInt8](salt), collectionID: hub.collection.id.uuidString.lowercased(),
                                                      contributorIdentityID: try #require(proof["contributor"]?.stringValue), objectID: TestHub.id(42),
                                                      body: CanonicalJSON.encode(object), version: "2024-05-01T10:00:00.000Z")
            #expect([UInt8](leaf) == LedgerEntry(kind: .object, commitment: commitment).leaf)

            var textHeaders = hub.headers(as: "grantee")
            textHeaders[.accept] = "text/plain"
            let text = try await client.execute(uri: uri, method: .get, headers: textHeaders) { String(buffer: $0.body) }
            let tlog = try TlogProof(parsing: text)
            #expect(tlog.verify(leafHash: TreeHash.leaf(leaf), with: [key.verifier]).isIncluded)
        }
    }

    @Test(arguments: [("from=0&to=1", 400), ("from=5&to=2", 400), ("from=1&to=999999", 400), ("from=x&to=2", 400), ("from=3&to=7", 200)])
    func consistencyBounds(_ query: String, _ status: Int) async throws {
        let hub = try await TestHub()
        try await hub.integrateLedger()
        try await hub.application.test(.router) { client in
            try await client.execute(uri: "/ledger/consistency?\(query)", method: .get) { response in
                #expect(response.status.code == status)
                if status == 200 { #expect(response.json?.objectValue?["proof"]?.arrayValue?.isEmpty == false) }
            }
        }
    }
}
