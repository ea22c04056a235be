import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// Reads `Authorization: Bearer TOKEN` or HTTP Basic (user = organization
/// name, password = token) and puts the principal in the context.
///
/// Tokens are found by their SHA-256 hash and compared in constant time
/// (see ``Administration/authenticate(token:)``). Bad or revoked credentials
/// answer 401 with the challenges; no credentials leave the request anonymous,
/// and each route decides what an anonymous caller may see.
public struct AuthenticationMiddleware: RouterMiddleware {
    public typealias Context = ConcordRequestContext
    let administration: Administration

    public init(administration: Administration) {
        self.administration = administration
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else { return try await next(request, context) }
        let (user, secret) = try Self.credentials(from: header)
        guard let (organization, token) = try await administration.authenticate(token: secret),
              user == nil || user == organization.name else {
            throw TAXIIError.unauthorized("the credentials are not valid (unknown, revoked, or not this organization's token)")
        }
        var context = context
        context.principal = Principal(organization: organization, role: token.role)
        context.logger[metadataKey: "organization"] = .string(organization.name)
        return try await next(request, context)
    }

    /// The Basic user name (if any) and the token of an `Authorization` header.
    static func credentials(from header: String) throws(TAXIIError) -> (user: String?, secret: String) {
        let parts = header.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw TAXIIError.unauthorized("malformed Authorization header") }
        switch parts[0].lowercased() {
        case "bearer":
            return (nil, parts[1].trimmingCharacters(in: .whitespaces))
        case "basic":
            guard let data = Data(base64Encoded: parts[1].trimmingCharacters(in: .whitespaces)),
                  let decoded = String(data: data, encoding: .utf8), let colon = decoded.firstIndex(of: ":") else {
                throw TAXIIError.unauthorized("malformed Basic credentials")
            }
            return (String(decoded[..<colon]), String(decoded[decoded.index(after: colon)...]))
        default:
            throw TAXIIError.unauthorized("unsupported authorization scheme '\(parts[0])'; use Bearer or Basic")
        }
    }
}
