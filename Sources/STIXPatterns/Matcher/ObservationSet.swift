public import STIX

/// The observations a pattern is matched against, prepared once: each
/// observed-data object with its time interval, its count and its SCOs.
///
/// STIX 2.1 input is a flat list of objects (observed-data objects with
/// `object_refs`, and the SCOs they reference), as in a bundle. Like the
/// reference, every object that is not observed-data is an SCO candidate
/// keyed by `id` (the last one with an id wins), an observed-data object sees
/// only the SCOs its `object_refs` name, and SDO types never match. An
/// observed-data object without `object_refs` but with a 2.0-style embedded
/// `objects` dictionary is accepted too; its objects are keyed by their
/// dictionary keys.
public struct ObservationSet: Sendable {
    /// One observed-data object, ready for matching.
    struct Observation: Sendable {
        /// The observed-data object's `id`, when it has one.
        var id: String?
        /// Root objects that a pattern's object type can select, in order.
        var roots: [(key: String, object: JSONObject)]
        /// What `_ref`/`_refs` values resolve against.
        var references: References
        var first: PatternTimestamp
        var last: PatternTimestamp
        var count: Int
        /// Whether SDO types are excluded (2.1 input) or not (2.0 embedded).
        var isV21: Bool
    }

    /// How references resolve within one observation.
    enum References: Sendable {
        /// 2.1: objects searched by `id`, in order, duplicates kept.
        case byID([JSONObject])
        /// 2.0: the embedded dictionary, by key.
        case byKey(JSONObject)
    }

    var observations: [Observation]

    /// Prepares `objects`; throws when they are shaped in a way the reference rejects.
    public init(_ objects: [JSONValue]) throws(PatternMatchError) {
        // Ids compare by code point, as in Python.
        var pool: [CodePointKey: JSONObject] = [:]
        var observedData: [JSONObject] = []
        for value in ObservationSet.flatten(objects) {
            guard let object = value.objectValue else {
                throw PatternMatchError(.invalidObservation, "observation input contains a \(value.typeName), not an object")
            }
            guard let type = object["type"] else { throw PatternMatchError(.invalidObservation, "an object has no type") }
            if type == .string("observed-data") {
                observedData.append(object)
            } else {
                guard let id = object["id"] else { throw PatternMatchError(.invalidObservation, "an SCO has no id") }
                guard let key = id.stringValue else { continue }
                pool[CodePointKey(key)] = object
            }
        }
        observations = try observedData.map { (data) throws(PatternMatchError) in try ObservationSet.observation(data, pool: pool) }
    }

    /// Bundles contribute their `objects`; everything else is itself.
    static func flatten(_ values: [JSONValue]) -> [JSONValue] {
        var result: [JSONValue] = []
        for value in values {
            if let object = value.objectValue, object["type"] == .string("bundle"), let inner = object["objects"]?.arrayValue {
                result += inner
            } else {
                result.append(value)
            }
        }
        return result
    }
}
