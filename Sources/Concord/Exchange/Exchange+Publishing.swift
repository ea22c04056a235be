public import ConcordStore
public import Foundation
public import STIX

extension Exchange {
    /// The outcome of adding objects: what TAXII reports in a status resource.
    public struct AddReport: Sendable {
        /// A stored (or already present) object.
        public struct Success: Sendable { public var id: String; public var version: String }
        /// A refused object and why, naming the property.
        public struct Failure: Sendable { public var id: String?; public var version: String?; public var message: String }

        public var successes: [Success] = []
        public var failures: [Failure] = []
        public var total: Int { successes.count + failures.count }
    }

    /// Adds objects to a collection on behalf of `principal`. Every good object
    /// is stored; every bad one is reported with the property and the reason.
    /// - Throws: `notFound` when the principal may not see the collection;
    ///   `forbidden` when it may see but not write.
    public func add(_ objects: [JSONValue], to collectionID: UUID, by principal: Principal) async throws(ConcordError) -> AddReport {
        let (collection, access) = try await collection(id: collectionID, for: principal)
        guard access.canWrite else {
            throw ConcordError(.forbidden, "\(principal.organization.name) may not add objects to collection \(collectionID.uuidString.lowercased())")
        }
        var report = AddReport()
        var admitted: [JSONValue] = []
        for value in objects {
            if let refusal = refusal(of: value, by: principal) { report.failures.append(refusal) } else { admitted.append(value) }
        }
        let ingestor = Ingestor(store: store, collection: collection, contributor: principal.organization)
        let results = try await storing { try await ingestor.ingest(admitted) }
        for (value, result) in zip(admitted, results) {
            let version = Self.version(of: value)
            if result.isAccepted {
                report.successes.append(.init(id: result.objectID ?? "", version: version ?? ""))
            } else {
                report.failures.append(.init(id: result.objectID, version: version, message: Self.message(for: result)))
            }
        }
        return report
    }

    /// Deletes versions of one object. Only its contributor or an admin may.
    /// - Returns: how many versions were deleted; 0 means nothing visible matched.
    public func delete(objectID: String, from collectionID: UUID, filter: ObjectFilter, by principal: Principal) async throws(ConcordError) -> Int {
        let (_, access) = try await collection(id: collectionID, for: principal)
        guard access.canRead else { throw ConcordError(.notFound, "no collection \(collectionID.uuidString.lowercased())") }
        let reader = AccessPolicy.reader(for: principal)
        let contributor = AccessPolicy.contributorRestriction(for: principal)
        return try await storing {
            try await store.deleteObjectVersions(collectionID: collectionID, objectID: objectID, reader: reader, filter: filter, contributorID: contributor)
        }
    }

    /// Why the principal may not add this object regardless of its validity, if so.
    func refusal(of value: JSONValue, by principal: Principal) -> AddReport.Failure? {
        guard let object = value.objectValue else { return nil }
        let id = object["id"]?.stringValue
        if let type = object["type"]?.stringValue, let reason = AccessPolicy.refusal(toAdd: type, by: principal) {
            return .init(id: id, version: Self.version(of: value), message: "/type: \(reason)")
        }
        if principal.role != .admin, let creator = object["created_by_ref"]?.stringValue, creator != principal.organization.identityID {
            return .init(id: id, version: Self.version(of: value),
                         message: "/created_by_ref: must be your organization's identity \(principal.organization.identityID), not \(creator)")
        }
        return nil
    }

    static func version(of value: JSONValue) -> String? {
        value.objectValue?["modified"]?.stringValue ?? value.objectValue?["created"]?.stringValue
    }

    static func message(for result: IngestResult) -> String {
        switch result.outcome {
        case .stored, .unchanged: return ""
        case .conflict(let reason): return reason
        case .invalid(let findings):
            return findings.filter { $0.severity == .error }.map { "\($0.pointerText): \($0.message)" }.joined(separator: "; ")
        }
    }
}
