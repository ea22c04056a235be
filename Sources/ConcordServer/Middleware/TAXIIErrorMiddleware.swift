import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// Turns every error below it, including unknown routes and oversized
/// bodies, into a TAXII error resource, and logs server faults.
public struct TAXIIErrorMiddleware: RouterMiddleware {
    public typealias Context = ConcordRequestContext

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let taxii = TAXIIError(any: error)
            if taxii.status.code >= 500 {
                context.logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string("\(error)")])
            }
            return try taxii.response(from: request, context: context)
        }
    }
}
