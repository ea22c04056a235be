import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

extension ObjectsController {
    /// POST an envelope: every object is checked; good ones are stored, bad
    /// ones listed in the status with the property and the reason. 202 with
    /// the status resource.
    func addObjects(_ request: Request, _ context: ConcordRequestContext) async throws -> Response {
        try MediaTypeCheck.requireAcceptable(request)
        let collectionID = try CollectionsController.collectionID(context)
        guard let principal = context.principal else { throw TAXIIError.unauthorized("adding objects needs credentials") }
        try MediaTypeCheck.requireTAXIIContent(request)
        var request = request
        let buffer = try await collectBody(of: &request)
        let objects = try Self.envelopeObjects(buffer)
        let requested = Date()
        let report = try await exchange.add(objects, to: collectionID, by: principal)
        metrics.recordPublish(stored: report.successes.count, rejected: report.failures.count)
        let status = StatusResource(id: UUID().uuidString.lowercased(), requested: requested, report: report)
        let body = CanonicalJSON.encode(status.json)
        try await exchange.store.saveStatus(id: status.id, organizationID: principal.organization.id, body: body, createdAt: requested)
        return TAXIIResponse.bytes(body, status: .accepted)
    }

    func collectBody(of request: inout Request) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > configuration.maxContentLength {
            throw Self.tooLarge(configuration.maxContentLength)
        }
        do {
            return try await request.collectBody(upTo: configuration.maxContentLength)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw Self.tooLarge(configuration.maxContentLength)
        }
    }

    static func tooLarge(_ limit: Int) -> TAXIIError {
        TAXIIError(.contentTooLarge, "Content too large", "the body exceeds max_content_length (\(limit) bytes); send fewer objects per request")
    }

    /// The `objects` of a TAXII envelope, or a 400 saying what is wrong with the body.
    static func envelopeObjects(_ buffer: ByteBuffer) throws(TAXIIError) -> [JSONValue] {
        let value: JSONValue
        do {
            value = try JSONParser.parse(buffer.readableBytesView)
        } catch {
            throw TAXIIError(.badRequest, "Bad request", "the body is not valid JSON: \(error)")
        }
        guard let envelope = value.objectValue else {
            throw TAXIIError(.badRequest, "Bad request", "the body must be a TAXII envelope object, not \(value.typeName)")
        }
        guard let objects = envelope["objects"] else { return [] }
        guard let list = objects.arrayValue else {
            throw TAXIIError(.badRequest, "Bad request", "/objects must be an array, not \(objects.typeName)")
        }
        return list
    }
}
