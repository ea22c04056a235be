import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// TAXII collections: `/taxii2/api/collections/` and `/collections/{id}/`.
public struct CollectionsController: Sendable {
    let exchange: Exchange

    public init(exchange: Exchange) {
        self.exchange = exchange
    }

    public var endpoints: RouteCollection<ConcordRequestContext> {
        let routes = RouteCollection(context: ConcordRequestContext.self)
        routes.get("collections/") { request, context in try await list(request, context) }
        routes.get("collections/{collection}/") { request, context in try await show(request, context) }
        return routes
    }

    func list(_ request: Request, _ context: ConcordRequestContext) async throws -> Response {
        try MediaTypeCheck.requireAcceptable(request)
        let collections = try await exchange.collections(for: context.principal)
        return TAXIIResponse.json(.object(["collections": .array(collections.map(Self.resource))]))
    }

    func show(_ request: Request, _ context: ConcordRequestContext) async throws -> Response {
        try MediaTypeCheck.requireAcceptable(request)
        let id = try CollectionsController.collectionID(context)
        return TAXIIResponse.json(Self.resource(try await exchange.collection(id: id, for: context.principal)))
    }

    static func resource(_ entry: (Collection, CollectionAccess)) -> JSONValue {
        let (collection, access) = entry
        return .object([
            "id": .string(collection.id.uuidString.lowercased()),
            "title": .string(collection.title),
            "description": .string(collection.description),
            "can_read": .bool(access.canRead),
            "can_write": .bool(access.canWrite),
            "media_types": .array([.string("application/stix+json;version=2.1")]),
        ])
    }

    /// The `{collection}` path parameter as a UUID; anything else is a collection that does not exist.
    static func collectionID(_ context: ConcordRequestContext) throws(TAXIIError) -> UUID {
        guard let text = context.parameters.get("collection"), let id = UUID(uuidString: text) else {
            throw TAXIIError(.notFound, "Not found", "no collection \(context.parameters.get("collection") ?? "")")
        }
        return id
    }
}
