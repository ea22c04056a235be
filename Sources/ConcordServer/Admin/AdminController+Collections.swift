import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

extension AdminController {
    func addCollectionRoutes(to routes: RouteCollection<ConcordRequestContext>) {
        routes.get("collections") { _, context in
            try Self.requireAdmin(context)
            var resources: [CollectionResource] = []
            for collection in try await administration.collections() {
                resources.append(CollectionResource(collection, grants: try await administration.grants(collectionID: collection.id)))
            }
            return AdminJSON(resources)
        }
        routes.post("collections") { request, context in
            try Self.requireAdmin(context)
            let body = try await request.decode(as: NewCollection.self, context: context)
            let collection = try await administration.createCollection(.init(
                title: body.title, description: body.description ?? "", defaultTLP: body.defaultTLP ?? .green,
                isPublic: body.isPublic ?? false, readers: body.read ?? [], writers: body.write ?? []))
            return AdminJSON(CollectionResource(collection, grants: try await administration.grants(collectionID: collection.id)), status: .created)
        }
        routes.put("collections/{collection}/grants/{organization}") { request, context in
            try Self.requireAdmin(context)
            guard let id = UUID(uuidString: context.parameters.get("collection") ?? "") else {
                throw TAXIIError(.notFound, "Not found", "no collection \(context.parameters.get("collection") ?? "")")
            }
            let body = try await request.decode(as: GrantChange.self, context: context)
            let grant = try await administration.grant(collectionID: id, organizationName: context.parameters.get("organization") ?? "",
                                                       read: body.read, write: body.write)
            return AdminJSON(GrantResource(read: grant.canRead, write: grant.canWrite))
        }
    }
}
