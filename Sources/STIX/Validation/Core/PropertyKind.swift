/// Which object types a reference (`*_ref`, `*_refs`) may point at.
enum ReferenceTargets: Sendable {
    /// Any well-formed identifier.
    case any
    /// Only identifiers of these types.
    case only(Set<String>)
    /// Identifiers of any type but these.
    case excluding(Set<String>)

    /// Whether an identifier of `type` is allowed.
    func allows(_ type: String) -> Bool {
        switch self {
        case .any: true
        case .only(let types): types.contains(type)
        case .excluding(let types): !types.contains(type)
        }
    }

    /// Describes the allowed types for messages.
    var summary: String {
        switch self {
        case .any: "any object"
        case .only(let types): types.sorted().joined(separator: " or ")
        case .excluding(let types): "an object that is not " + types.sorted().joined(separator: ", ")
        }
    }
}

/// How precise a timestamp must be.
enum TimestampPrecision: Sendable {
    /// Any number of fractional digits, or none.
    case any
    /// At least three fractional digits (`created`, `modified`).
    case millisecond
    /// No fractional digits (`time_date_stamp` of a PE binary).
    case wholeSecond
}

/// What a property's value must be. A declarative description the
/// ``PropertyChecker`` interprets, so type tables read like the specification.
indirect enum PropertyKind: Sendable {
    /// Only the rules every property obeys (no null, no empty list).
    case anyValue
    /// A JSON string.
    case string
    /// A string in a specific format.
    case formatted(StringFormat)
    /// A string from a closed set.
    case oneOf(Set<String>)
    /// A JSON integer, optionally bounded.
    case integer(ClosedRange<Int64>? = nil)
    /// A JSON number, optionally bounded.
    case number(ClosedRange<Double>? = nil)
    /// `true` or `false`.
    case boolean
    /// A STIX timestamp.
    case timestamp(TimestampPrecision = .any)
    /// A STIX identifier of an allowed type.
    case reference(ReferenceTargets)
    /// A list of values of one kind; `minItems` is 1 unless said otherwise.
    case list(PropertyKind, minItems: Int = 1)
    /// A STIX dictionary whose values are of one kind (`.anyValue` for any).
    case dictionary(PropertyKind)
    /// A hashes dictionary (algorithm name to hash value).
    case hashes
    /// A JSON object with its own schema.
    case object(ObjectSchema)
    /// A rule too specific for the other kinds.
    case custom(PropertyRule)
}

/// A hand-written check of one property value.
struct PropertyRule: Sendable {
    /// Checks `value` found at `pointer`.
    let check: @Sendable (JSONValue, JSONPointer, inout ValidationContext) -> Void
}

/// The rules of a JSON object: its properties, which are required, and
/// conditions between properties.
struct ObjectSchema: Sendable {
    /// The kind of each known property.
    var properties: [String: PropertyKind]
    /// The properties that must be present.
    var required: [String]
    /// Conditions involving several properties.
    var constraints: [ObjectConstraint]

    init(_ properties: [String: PropertyKind], required: [String] = [], constraints: [ObjectConstraint] = []) {
        self.properties = properties
        self.required = required
        self.constraints = constraints
    }
}

/// A condition on an object as a whole.
struct ObjectConstraint: Sendable {
    /// Checks `object` found at `pointer`.
    let check: @Sendable (JSONObject, JSONPointer, inout ValidationContext) -> Void

    /// At least one of `names` must be present.
    static func atLeastOne(of names: [String]) -> ObjectConstraint {
        ObjectConstraint { object, pointer, context in
            if !names.contains(where: { object[$0] != nil }) {
                let list = names.map { "'\($0)'" }.joined(separator: ", ")
                context.error(.missingOneOf, at: pointer, "at least one of \(list) is required")
            }
        }
    }

    /// `first` and `second` must not both be present.
    static func notBoth(_ first: String, _ second: String) -> ObjectConstraint {
        ObjectConstraint { object, pointer, context in
            if object[first] != nil, object[second] != nil {
                context.error(.conflictingProperties, at: pointer.appending(second),
                              "'\(first)' and '\(second)' must not both be present")
            }
        }
    }

    /// When `property` is present, every one of `others` must be too.
    static func presence(of property: String, requires others: [String]) -> ObjectConstraint {
        ObjectConstraint { object, pointer, context in
            guard object[property] != nil else { return }
            for other in others where object[other] == nil {
                context.error(.missingProperty, at: pointer.appending(other),
                              "'\(other)' is required when '\(property)' is present")
            }
        }
    }
}
