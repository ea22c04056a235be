import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// The admin API (`/admin/…`, JSON, admin role): organizations, tokens,
/// collections and grants — the same ``Administration`` operations the CLI uses.
public struct AdminController: Sendable {
    let administration: Administration

    public init(administration: Administration) {
        self.administration = administration
    }

    public var endpoints: RouteCollection<ConcordRequestContext> {
        let routes = RouteCollection(context: ConcordRequestContext.self)
        routes.get("organizations") { _, context in
            try Self.requireAdmin(context)
            return AdminJSON(try await administration.organizations().map(OrganizationResource.init))
        }
        routes.post("organizations") { request, context in
            try Self.requireAdmin(context)
            let body = try await request.decode(as: NewOrganization.self, context: context)
            return AdminJSON(OrganizationResource(try await administration.createOrganization(named: body.name)), status: .created)
        }
        routes.get("tokens") { _, context in
            try Self.requireAdmin(context)
            return AdminJSON(try await administration.tokens().map(TokenResource.init))
        }
        routes.post("tokens") { request, context in
            try Self.requireAdmin(context)
            let body = try await request.decode(as: NewToken.self, context: context)
            let issued = try await administration.issueToken(organizationName: body.organization, role: body.role)
            return AdminJSON(IssuedTokenResource(id: issued.record.id, token: issued.secret), status: .created)
        }
        routes.delete("tokens/{token}") { _, context in
            try Self.requireAdmin(context)
            try await administration.revokeToken(id: context.parameters.get("token") ?? "")
            return Response(status: .noContent)
        }
        routes.get("ledger/changes") { request, context in
            try Self.requireAdmin(context)
            let query = QueryParameters(request.uri.query ?? "")
            let after = query["after"].flatMap(Int64.init) ?? 0
            let limit = min(query["limit"].flatMap(Int.init) ?? 500, 5_000)
            let changes = try await administration.store.adminChanges(after: after, limit: limit)
            let items: [JSONValue] = try changes.map { change in
                .object([
                    "seq": .number(JSONNumber(change.seq)),
                    "index": change.index.map { .number(JSONNumber(Int64($0))) } ?? .null,
                    "description": try JSONParser.parse(change.description),
                    "salt": .string(change.salt.base64EncodedString()),
                    "entry": .string(change.leaf.base64EncodedString()),
                ])
            }
            return TAXIIResponse.json(.object(["changes": .array(items)]))
        }
        addCollectionRoutes(to: routes)
        return routes
    }

    static func requireAdmin(_ context: ConcordRequestContext) throws(TAXIIError) {
        guard let principal = context.principal else { throw TAXIIError.unauthorized("the admin API needs an admin token") }
        guard principal.role == .admin else { throw TAXIIError(.forbidden, "Forbidden", "the admin API needs an admin token") }
    }
}
