import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// TAXII discovery (`/taxii2/`) and the API root (`/taxii2/api/`).
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

    /// `http://host:port` as the client addressed this server.
    static func baseURL(of request: Request) -> String {
        let host = request.head.authority ?? "127.0.0.1"
        return "http://\(host)"
    }
}
