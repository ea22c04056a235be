import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// TAXII content negotiation: what a client accepts and what it sends.
enum MediaTypeCheck {
    /// Throws 406 unless the `Accept` header admits a TAXII 2.1 response.
    static func requireAcceptable(_ request: Request) throws(TAXIIError) {
        guard let accept = request.headers[.accept], !accept.isEmpty else { return }
        let acceptable = accept.split(separator: ",").contains { range in
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type = parts.first else { return false }
            switch type {
            case "*/*", "application/*", "application/json": return true
            case "application/taxii+json", "application/stix+json":
                return !parts.dropFirst().contains { $0.hasPrefix("version=") && $0 != "version=2.1" }
            default: return false
            }
        }
        guard acceptable else {
            throw TAXIIError(.notAcceptable, "Not acceptable",
                             "this server answers with \(TAXIIResponse.mediaType); the request accepts only '\(accept)'")
        }
    }

    /// Throws 415 unless the body is declared as TAXII 2.1 (or STIX 2.1) JSON.
    static func requireTAXIIContent(_ request: Request) throws(TAXIIError) {
        let declared = request.headers[.contentType] ?? ""
        let parts = declared.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let typeOK = ["application/taxii+json", "application/stix+json"].contains(parts.first ?? "")
        let versionOK = !parts.dropFirst().contains { $0.hasPrefix("version=") && $0 != "version=2.1" }
        guard typeOK && versionOK else {
            throw TAXIIError(.unsupportedMediaType, "Unsupported media type",
                             "send the envelope as \(TAXIIResponse.mediaType), not '\(declared)'")
        }
    }
}
