import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// TAXII discovery (`/taxii2/`), the API root (`/taxii2/api/`), and two
/// Concord resources below it: the recipients extension definition and
/// `concord/whoami/`, which tells a caller its own organization and STIX
/// identity (the only identity the hub accepts as its `created_by_ref`).
public struct DiscoveryController: Sendable {
    let configuration: ServerConfiguration

    public init(configuration: ServerConfiguration) {
        self.configuration = configuration
    }

    public var endpoints: RouteCollection<ConcordRequestContext> {
        let routes = RouteCollection(context: ConcordRequestContext.self)
        routes.get("/taxii2/") { request, _ in try discovery(request) }
        routes.get(RouterPath(ServerConfiguration.apiRootPath)) { request, _ in try apiRoot(request) }
        routes.get(RouterPath(ServerConfiguration.apiRootPath + "concord/recipients-extension/")) { _, _ in
            TAXIIResponse.json(.object(["objects": .array([RecipientsExtension.definition])]))
        }
        routes.get(RouterPath(ServerConfiguration.apiRootPath + "concord/whoami/")) { request, context in
            try whoami(request, context)
        }
        return routes
    }

    func discovery(_ request: Request) throws -> Response {
        try MediaTypeCheck.requireAcceptable(request)
        let root = Self.baseURL(of: request) + ServerConfiguration.apiRootPath
        return TAXIIResponse.json(.object([
            "title": .string(configuration.title),
            "description": .string("A Concord threat-intelligence exchange (STIX 2.1, TAXII 2.1)."),
            "default": .string(root),
            "api_roots": .array([.string(root)]),
        ]))
    }

    func apiRoot(_ request: Request) throws -> Response {
        try MediaTypeCheck.requireAcceptable(request)
        return TAXIIResponse.json(.object([
            "title": .string("\(configuration.title) community"),
            "description": .string("The shared collections of this community."),
            "versions": .array([.string(TAXIIResponse.mediaType)]),
            "max_content_length": .number(JSONNumber(Int64(configuration.maxContentLength))),
        ]))
    }

    /// The caller's organization, identity and role; 401 without credentials.
    func whoami(_ request: Request, _ context: ConcordRequestContext) throws -> Response {
        try MediaTypeCheck.requireAcceptable(request)
        guard let principal = context.principal else { throw TAXIIError.unauthorized("whoami needs credentials") }
        return TAXIIResponse.json(.object([
            "organization": .string(principal.organization.name),
            "identity": .string(principal.organization.identityID),
            "role": .string(principal.role.rawValue),
        ]))
    }

    /// `http://host:port` as the client addressed this server.
    static func baseURL(of request: Request) -> String {
        let host = request.head.authority ?? "127.0.0.1"
        return "http://\(host)"
    }
}
