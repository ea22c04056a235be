import Concord
import ConcordStore
import Foundation
import Hummingbird
import Logging
import Prometheus
import STIX

/// A TAXII status resource for one POST of objects. Concord stores objects
/// before it answers, so a status is always `complete` with nothing pending.
struct StatusResource {
    var id: String
    var requested: Date
    var report: Exchange.AddReport

    var json: JSONValue {
        let successes: [JSONValue] = report.successes.map { .object(["id": .string($0.id), "version": .string($0.version)]) }
        let failures: [JSONValue] = report.failures.map { failure in
            var object: JSONObject = ["id": .string(failure.id ?? ""), "message": .string(failure.message)]
            if let version = failure.version { object["version"] = .string(version) }
            return .object(object)
        }
        return .object([
            "id": .string(id),
            "status": .string("complete"),
            "request_timestamp": .string(TAXIITimestamp.string(from: requested)),
            "total_count": .number(JSONNumber(Int64(report.total))),
            "success_count": .number(JSONNumber(Int64(report.successes.count))),
            "successes": .array(successes),
            "failure_count": .number(JSONNumber(Int64(report.failures.count))),
            "failures": .array(failures),
            "pending_count": .number(0),
            "pendings": .array([]),
        ])
    }
}
