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
        var roots: [Root]
        /// What `_ref`/`_refs` values resolve against.
        var references: References
        var first: PatternTimestamp
        var last: PatternTimestamp
        var count: Int
        /// Whether SDO types are excluded (2.1 input) or not (2.0 embedded).
        var isV21: Bool
    }

    /// An object a pattern's object type can select, with its id (2.1) or
    /// dictionary key (2.0). A struct rather than a tuple: arrays of tuples
    /// look their metadata up at run time on every allocation.
    struct Root: Sendable {
        var key: String
        var object: JSONObject
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
        var pool = ObjectPool(capacity: objects.count)
        var observedData: [JSONObject] = []
        observedData.reserveCapacity(objects.count)
        // Bundles contribute their `objects`; everything else is itself.
        for value in objects {
            if case .object(let object) = value, object.has("type", equalTo: "bundle"),
               case .array(let inner)? = object.value(named: "objects") {
                for member in inner { try ObservationSet.sort(member, into: &pool, &observedData) }
            } else {
                try ObservationSet.sort(value, into: &pool, &observedData)
            }
        }
        observations = []
        observations.reserveCapacity(observedData.count)
        for data in observedData { observations.append(try ObservationSet.observation(data, pool: pool)) }
    }

    /// Files one input object as observed-data or as an SCO candidate keyed
    /// by `id` (ids compare by code point, as in Python; the last one wins).
    private static func sort(_ value: JSONValue, into pool: inout ObjectPool,
                             _ observedData: inout [JSONObject]) throws(PatternMatchError) {
        guard case .object(let object) = value else {
            throw PatternMatchError(.invalidObservation, "observation input contains a \(value.typeName), not an object")
        }
        let isObservedData = object.withValue(named: "type") { type in
            if case .string(let name) = type { Normalization.codePointsEqual(name, "observed-data") } else { false }
        }
        guard let isObservedData else { throw PatternMatchError(.invalidObservation, "an object has no type") }
        if isObservedData {
            observedData.append(object)
            return
        }
        guard let id = object.value(named: "id") else { throw PatternMatchError(.invalidObservation, "an SCO has no id") }
        guard case .string(let key) = id else { return }
        pool.insert(object, id: key)
    }
}
