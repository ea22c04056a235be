public import Foundation
public import STIX
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The few TAXII 2.1 calls detection makes on a Concord hub: list
/// collections, page through a collection's indicators, add objects.
public struct HubClient: Sendable {
    /// The hub's base URL (`http://127.0.0.1:8080`).
    public let baseURL: URL
    /// A bearer token, if any.
    public let token: String?
    /// The API root path.
    static let apiRoot = "/taxii2/api/"
    static let mediaType = "application/taxii+json;version=2.1"

    /// Creates a client.
    public init(baseURL: URL, token: String?) {
        self.baseURL = baseURL
        self.token = token
    }

    /// The id of the collection whose id or title (case-insensitive) is `name`.
    public func collectionID(named name: String) async throws(DetectionError) -> String {
        let document = try await get(Self.apiRoot + "collections/")
        let collections = document.objectValue?["collections"]?.arrayValue?.compactMap(\.objectValue) ?? []
        let found = collections.first { $0["id"]?.stringValue?.lowercased() == name.lowercased() }
            ?? collections.first { $0["title"]?.stringValue?.lowercased() == name.lowercased() }
        guard let id = found?["id"]?.stringValue else {
            let titles = collections.compactMap { collection in collection["title"]?.stringValue.map { "\($0) (\(collection["id"]?.stringValue ?? ""))" } }
            throw DetectionError(.hubRefused, "no collection \"\(name)\" visible with this token; visible: \(titles.joined(separator: ", "))")
        }
        return id
    }

    /// The STIX identity of the token's organization, from the hub's
    /// `concord/whoami/` resource: what sightings name as their source.
    public func ownIdentity() async throws(DetectionError) -> String {
        let document = try await get(Self.apiRoot + "concord/whoami/")
        guard let identity = document.objectValue?["identity"]?.stringValue else {
            throw DetectionError(.hubRefused, "the hub's whoami resource names no identity")
        }
        return identity
    }

    /// Calls `body` with every indicator of the collection, following `next` page by page.
    public func forEachIndicator(collection: String, pageSize: Int = 1000, _ body: (JSONValue) -> Void) async throws(DetectionError) {
        var next: String?
        repeat {
            var query = "?match%5Btype%5D=indicator&limit=\(pageSize)"
            if let next { query += "&next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? next) }
            let page = try await get(Self.apiRoot + "collections/\(collection)/objects/" + query)
            for object in page.objectValue?["objects"]?.arrayValue ?? [] { body(object) }
            let more = page.objectValue?["more"]?.boolValue ?? false
            next = more ? page.objectValue?["next"]?.stringValue : nil
        } while next != nil
    }

    /// Adds objects to a collection; returns the status resource.
    public func add(_ objects: [JSONValue], collection: String) async throws(DetectionError) -> JSONObject {
        let envelope = JSONValue.object(["objects": .array(objects)])
        let body = Data(CanonicalJSON.encode(envelope))
        let response = try await send(Self.apiRoot + "collections/\(collection)/objects/", method: "POST", body: body, expecting: 202)
        guard let status = response.objectValue else { throw DetectionError(.hubRefused, "the hub's status is not a JSON object") }
        return status
    }

    func get(_ path: String) async throws(DetectionError) -> JSONValue {
        try await send(path, method: "GET", body: nil, expecting: 200)
    }

    func send(_ path: String, method: String, body: Data?, expecting expected: Int) async throws(DetectionError) -> JSONValue {
        guard let url = URL(string: path, relativeTo: baseURL) else { throw DetectionError(.hubRefused, "bad URL \(path)") }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.setValue(Self.mediaType, forHTTPHeaderField: "Accept")
        if let body {
            request.httpBody = body
            request.setValue(Self.mediaType, forHTTPHeaderField: "Content-Type")
        }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw DetectionError(.hubRefused, "\(method) \(url.absoluteString): \(error.localizedDescription)")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == expected else {
            let detail = (try? JSONParser.parse(data))?.objectValue.flatMap { $0["description"]?.stringValue ?? $0["title"]?.stringValue }
            throw DetectionError(.hubRefused, "\(method) \(url.absoluteString) answered \(status): \(detail ?? String(decoding: data.prefix(300), as: UTF8.self))")
        }
        do {
            return try JSONParser.parse(data)
        } catch {
            throw DetectionError(.hubRefused, "\(method) \(url.absoluteString): the answer is not JSON: \(error)")
        }
    }
}
