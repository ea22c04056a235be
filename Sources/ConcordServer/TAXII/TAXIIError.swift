import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// A TAXII 2.1 error resource, and the one place errors become HTTP responses.
///
/// Every failure a client sees, from a bad filter to an unknown route or an
/// oversized body, is rendered as `{"title", "description", "http_status"}`
/// with the TAXII media type.
public struct TAXIIError: HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A short title.
    public var title: String
    /// What was wrong and, where useful, what to do.
    public var description: String
    /// Extra headers (e.g. `WWW-Authenticate`).
    public var headers: HTTPFields

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, _ title: String, _ description: String, headers: HTTPFields = [:]) {
        self.status = status
        self.title = title
        self.description = description
        self.headers = headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body: JSONValue = .object([
            "title": .string(title),
            "description": .string(description),
            "http_status": .string(String(status.code)),
        ])
        var response = TAXIIResponse.json(body, status: status)
        for field in headers { response.headers.append(field) }
        return response
    }
}

extension TAXIIError {
    /// The reading of an exchange error.
    public init(_ error: ConcordError) {
        switch error.code {
        case .notFound: self.init(.notFound, "Not found", error.message)
        case .invalidArgument: self.init(.badRequest, "Bad request", error.message)
        case .forbidden: self.init(.forbidden, "Forbidden", error.message)
        case .alreadyExists: self.init(.conflict, "Conflict", error.message)
        default: self.init(.internalServerError, "Server error", "the request could not be completed; see the server log")
        }
    }

    /// The reading of any error thrown below the routes.
    public init(any error: any Error) {
        switch error {
        case let error as TAXIIError: self = error
        case let error as ConcordError: self.init(error)
        case let error as HTTPError:
            self.init(error.status, error.status.reasonPhrase, error.body ?? error.status.reasonPhrase)
        default:
            self.init(.internalServerError, "Server error", "the request could not be completed; see the server log")
        }
    }

    /// 401 with the challenges clients need to retry with credentials.
    public static func unauthorized(_ description: String) -> TAXIIError {
        TAXIIError(.unauthorized, "Unauthorized", description,
                   headers: [.wwwAuthenticate: "Basic realm=\"Concord\", Bearer realm=\"Concord\""])
    }
}
