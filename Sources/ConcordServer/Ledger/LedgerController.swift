import Concord
import ConcordStore
import Foundation
import HTTPTypes
import Hummingbird
import Ledger
import STIX

/// The public log: `/ledger/checkpoint`, tiles and entry bundles under
/// `/ledger/tile/…` (exactly as tlog-tiles lays them out), consistency proofs,
/// and — for readers who may see the object — inclusion proofs with the salt.
public struct LedgerController: Sendable {
    let store: any Store
    let exchange: Exchange

    public init(store: any Store, exchange: Exchange) {
        self.store = store
        self.exchange = exchange
    }

    public var endpoints: RouteCollection<ConcordRequestContext> {
        let routes = RouteCollection(context: ConcordRequestContext.self)
        routes.get("checkpoint") { _, _ in
            guard let head = try await store.ledgerHead() else { throw TAXIIError(.notFound, "Not found", "no checkpoint yet") }
            return Self.text(head.checkpoint, cache: "no-cache")
        }
        routes.get("tile/**") { request, context in try await tile(request, context) }
        routes.get("consistency") { request, _ in try await consistency(request) }
        routes.get("proof") { request, context in try await proof(request, context) }
        return routes
    }

    func tile(_ request: Request, _ context: ConcordRequestContext) async throws -> Response {
        let path = "tile/" + context.parameters.getCatchAll().joined(separator: "/")
        let size = try await store.ledgerHead()?.size ?? 0
        let reader = LedgerReader(store: store)
        let contents: Data?
        if path.hasPrefix("tile/entries/") {
            guard let id = try? EntryBundleID(parsingPath: path) else { throw Self.notFound(path) }
            contents = try await reader.entryBundle(id, treeSize: size)
        } else {
            guard let id = try? TileID(parsingPath: path) else { throw Self.notFound(path) }
            contents = try await reader.tile(id, treeSize: size)
        }
        guard let contents else { throw Self.notFound(path) }
        return Response(status: .ok, headers: [.contentType: "application/octet-stream", .cacheControl: "public, max-age=31536000, immutable"],
                        body: .init(byteBuffer: ByteBuffer(bytes: contents)))
    }

    func consistency(_ request: Request) async throws -> Response {
        let query = QueryParameters(request.uri.query ?? "")
        guard let from = query["from"].flatMap(UInt64.init), let to = query["to"].flatMap(UInt64.init) else {
            throw TAXIIError(.badRequest, "Bad request", "from and to must be tree sizes (whole numbers)")
        }
        let size = try await store.ledgerHead()?.size ?? 0
        guard from > 0, from <= to, to <= size else {
            throw TAXIIError(.badRequest, "Bad request", "need 0 < from <= to <= \(size) (the published size); got from=\(from) to=\(to)")
        }
        let proof = try await LedgerReader(store: store).consistencyProof(oldSize: from, newSize: to)
        let body: JSONValue = .object(["from": .number(JSONNumber(Int64(from))), "to": .number(JSONNumber(Int64(to))),
                                       "proof": .array(proof.map { .string($0.base64) })])
        return Self.json(body)
    }

    static func text(_ text: String, cache: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: cache],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ value: JSONValue) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: CanonicalJSON.encode(value))))
    }

    static func notFound(_ path: String) -> TAXIIError {
        TAXIIError(.notFound, "Not found", "no \(path) in the published log")
    }
}
