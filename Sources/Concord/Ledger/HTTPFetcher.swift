import Foundation
import STIX
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Small HTTP GETs against a Concord node, with an optional bearer token.
struct HTTPFetcher: Sendable {
    let baseURL: URL
    let token: String?

    func bytes(_ path: String, accept: String = "*/*") async throws -> Data {
        guard let url = URL(string: path, relativeTo: baseURL) else { throw LedgerVerifier.Failure(description: "bad path \(path)") }
        var request = URLRequest(url: url)
        request.setValue(accept, forHTTPHeaderField: "Accept")
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 200 else { throw HTTPStatusError(url: url.absoluteString, status: status, body: String(decoding: data.prefix(300), as: UTF8.self)) }
        return data
    }

    func text(_ path: String) async throws -> String {
        String(decoding: try await bytes(path, accept: "text/plain"), as: UTF8.self)
    }

    func json(_ path: String, accept: String = "application/json") async throws -> JSONValue {
        try JSONParser.parse(try await bytes(path, accept: accept))
    }
}

/// A GET that did not answer 200.
struct HTTPStatusError: Error, CustomStringConvertible {
    var url: String
    var status: Int
    var body: String
    var description: String { "GET \(url) answered \(status): \(body)" }
}
