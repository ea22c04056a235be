import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// TAXII objects: list and add (`/collections/{id}/objects/`), one object
/// (`…/objects/{object}/`: get, delete), its versions, and the manifest.
public struct ObjectsController: Sendable {
    let exchange: Exchange
    let configuration: ServerConfiguration
    let metrics: ConcordMetrics

    public init(exchange: Exchange, configuration: ServerConfiguration, metrics: ConcordMetrics) {
        self.exchange = exchange
        self.configuration = configuration
        self.metrics = metrics
    }

    public var endpoints: RouteCollection<ConcordRequestContext> {
        let routes = RouteCollection(context: ConcordRequestContext.self)
        routes.get("collections/{collection}/objects/") { request, context in try await listObjects(request, context) }
        routes.post("collections/{collection}/objects/") { request, context in try await addObjects(request, context) }
        routes.get("collections/{collection}/objects/{object}/") { request, context in try await getObject(request, context) }
        routes.delete("collections/{collection}/objects/{object}/") { request, context in try await deleteObject(request, context) }
        routes.get("collections/{collection}/objects/{object}/versions/") { request, context in try await versions(request, context) }
        routes.get("collections/{collection}/manifest/") { request, context in try await manifest(request, context) }
        return routes
    }

    func listObjects(_ request: Request, _ context: ConcordRequestContext) async throws -> Response {
        try MediaTypeCheck.requireAcceptable(request)
        let query = try TAXIIQuery(request)
        let listing = try await list(.objects, query: query, context: context)
        return Envelope.objects(listing)
    }

    func getObject(_ request: Request, _ context: ConcordRequestContext) async throws -> Response {
        Envelope.objects(try await singleObject(.objects, request, context, defaultVersions: .last))
    }

    func versions(_ request: Request, _ context: ConcordRequestContext) async throws -> Response {
        Envelope.versions(try await singleObject(.versions, request, context, defaultVersions: .all))
    }

    /// The listing of one object's versions; 404 when the caller can see none.
    func singleObject(_ listing: PageCursor.Listing, _ request: Request, _ context: ConcordRequestContext,
                      defaultVersions: VersionSelection) async throws -> Exchange.Listing {
        try MediaTypeCheck.requireAcceptable(request)
        var query = try TAXIIQuery(request, defaultVersions: defaultVersions)
        let objectID = context.parameters.get("object") ?? ""
        query.filter.ids = [objectID]
        let result = try await list(listing, query: query, context: context)
        guard !result.versions.isEmpty || query.next != nil else {
            throw TAXIIError(.notFound, "Not found", "no object \(objectID) in this collection")
        }
        return result
    }

    func manifest(_ request: Request, _ context: ConcordRequestContext) async throws -> Response {
        try MediaTypeCheck.requireAcceptable(request)
        let listing = try await list(.manifest, query: try TAXIIQuery(request), context: context)
        return Envelope.manifest(listing)
    }

    func deleteObject(_ request: Request, _ context: ConcordRequestContext) async throws -> Response {
        try MediaTypeCheck.requireAcceptable(request)
        let collectionID = try CollectionsController.collectionID(context)
        let objectID = context.parameters.get("object") ?? ""
        guard let principal = context.principal else { throw TAXIIError.unauthorized("deleting needs credentials") }
        let query = try TAXIIQuery(request, defaultVersions: .all)
        let deleted = try await exchange.delete(objectID: objectID, from: collectionID, filter: query.filter, by: principal)
        guard deleted > 0 else {
            throw TAXIIError(.notFound, "Not found", "no object \(objectID) that you contributed (or may delete) in this collection")
        }
        return Response(status: .ok)
    }

    func list(_ listing: PageCursor.Listing, query: TAXIIQuery, context: ConcordRequestContext) async throws -> Exchange.Listing {
        let collectionID = try CollectionsController.collectionID(context)
        if context.principal == nil {
            let access = try? await exchange.collection(id: collectionID, for: nil)
            if access == nil { throw TAXIIError.unauthorized("this collection needs credentials") }
        }
        return try await exchange.list(listing, collectionID: collectionID, principal: context.principal, start: query.pageStart)
    }
}
