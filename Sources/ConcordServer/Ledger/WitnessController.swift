import Concord
import ConcordStore
import Foundation
import HTTPTypes
import Hummingbird
import Ledger

/// `POST /witness/add-checkpoint`, exactly per C2SP tlog-witness. Callers
/// need no token: logs are recognized by their signatures alone.
public struct WitnessController: Sendable {
    let witness: Witness

    public init(witness: Witness) {
        self.witness = witness
    }

    public var endpoints: RouteCollection<ConcordRequestContext> {
        let routes = RouteCollection(context: ConcordRequestContext.self)
        routes.post("add-checkpoint") { request, _ in
            var request = request
            let body = try await request.collectBody(upTo: 64 * 1024)
            switch try await witness.addCheckpoint(String(buffer: body)) {
            case .cosigned(let lines): return Self.text(.ok, lines)
            case .badRequest(let reason): return Self.text(.badRequest, reason + "\n")
            case .forbidden(let reason): return Self.text(.forbidden, reason + "\n")
            case .unknownLog(let reason): return Self.text(.notFound, reason + "\n")
            case .inconsistent(let reason): return Self.text(.unprocessableContent, reason + "\n")
            case .conflict(let size):
                return Response(status: .conflict, headers: [.contentType: "text/x.tlog.size"], body: .init(byteBuffer: ByteBuffer(string: "\(size)\n")))
            }
        }
        return routes
    }

    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
