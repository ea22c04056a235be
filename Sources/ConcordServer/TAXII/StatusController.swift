import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// TAXII status: `/taxii2/api/status/{id}/`, visible only to the organization that posted.
public struct StatusController: Sendable {
    let exchange: Exchange

    public init(exchange: Exchange) {
        self.exchange = exchange
    }

    public var endpoints: RouteCollection<ConcordRequestContext> {
        let routes = RouteCollection(context: ConcordRequestContext.self)
        routes.get("status/{status}/") { request, context in
            try MediaTypeCheck.requireAcceptable(request)
            guard let principal = context.principal else { throw TAXIIError.unauthorized("status resources need credentials") }
            let id = context.parameters.get("status") ?? ""
            guard let body = try await exchange.store.status(id: id, organizationID: principal.organization.id) else {
                throw TAXIIError(.notFound, "Not found", "no status \(id)")
            }
            return TAXIIResponse.bytes(body)
        }
        return routes
    }
}
