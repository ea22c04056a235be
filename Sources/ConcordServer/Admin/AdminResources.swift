import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// A JSON response of the admin API (snake_case keys, ISO 8601 dates).
struct AdminJSON<Value: Encodable & Sendable>: ResponseGenerator {
    var value: Value
    var status: HTTPResponse.Status = .ok

    init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

struct NewOrganization: Decodable { var name: String }
struct NewToken: Decodable { var organization: String; var role: Role }
struct GrantChange: Decodable { var read: Bool; var write: Bool }

struct NewCollection: Decodable {
    var title: String
    var description: String?
    var defaultTLP: TLPLevel?
    var isPublic: Bool?
    var read: [String]?
    var write: [String]?

    enum CodingKeys: String, CodingKey {
        case title, description, defaultTLP = "default_tlp", isPublic = "public", read, write
    }
}

struct OrganizationResource: Encodable, Sendable {
    var name: String
    var identityId: String
    var createdAt: Date

    init(_ organization: Organization) {
        name = organization.name
        identityId = organization.identityID
        createdAt = organization.createdAt
    }
}

struct TokenResource: Encodable, Sendable {
    var id: String
    var organizationId: String
    var role: Role
    var createdAt: Date
    var revokedAt: Date?

    init(_ record: TokenRecord) {
        id = record.id
        organizationId = record.organizationID.uuidString.lowercased()
        role = record.role
        createdAt = record.createdAt
        revokedAt = record.revokedAt
    }
}

struct IssuedTokenResource: Encodable, Sendable {
    var id: String
    var token: String
}

struct GrantResource: Encodable, Sendable {
    var read: Bool
    var write: Bool
}

struct CollectionResource: Encodable, Sendable {
    var id: String
    var title: String
    var description: String
    var defaultTlp: TLPLevel
    var isPublic: Bool
    var grants: [String: GrantResource]

    init(_ collection: Collection, grants: [Grant]) {
        id = collection.id.uuidString.lowercased()
        title = collection.title
        description = collection.description
        defaultTlp = collection.defaultTLP
        isPublic = collection.isPublic
        self.grants = Dictionary(grants.map { ($0.organizationID.uuidString.lowercased(), GrantResource(read: $0.canRead, write: $0.canWrite)) },
                                 uniquingKeysWith: { first, _ in first })
    }
}
