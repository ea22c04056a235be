import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// Responses with TAXII media types and canonical JSON bodies.
public enum TAXIIResponse {
    /// The TAXII 2.1 media type.
    public static let mediaType = "application/taxii+json;version=2.1"

    /// A JSON resource with the TAXII media type.
    public static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        bytes(CanonicalJSON.encode(value), status: status, headers: headers)
    }

    /// Raw JSON bytes with the TAXII media type.
    public static func bytes(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = mediaType
        fields[.contentLength] = String(bytes.count)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
