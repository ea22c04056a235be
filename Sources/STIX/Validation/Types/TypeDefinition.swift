/// What the validator knows about one predefined STIX object type.
struct TypeDefinition: Sendable {
    /// The broad family of a type, which decides the common properties.
    enum Family: Sendable {
        /// SDOs, SROs, language contents and extension definitions: core properties.
        case domain
        /// SCOs: the cyber-observable common properties.
        case observable
    }

    /// The family.
    let family: Family
    /// The type-specific properties, requirements and constraints.
    let schema: ObjectSchema
    /// Pairs of timestamp properties where the first must not precede the second.
    let orderings: [TimestampOrdering]
    /// Schemas of the predefined extensions of an SCO, by extension name.
    let extensions: [String: ObjectSchema]
    /// The common properties of the family together with the type's own, checked in one pass.
    let combined: ObjectSchema

    init(_ family: Family, _ schema: ObjectSchema, orderings: [TimestampOrdering] = [], extensions: [String: ObjectSchema] = [:]) {
        self.family = family
        self.schema = schema
        self.orderings = orderings
        self.extensions = extensions
        let common = family == .domain ? CommonProperties.domain : CommonProperties.observable
        combined = ObjectSchema(common.properties.merging(schema.properties) { _, own in own },
                                required: common.required + schema.required.filter { !common.required.contains($0) },
                                constraints: common.constraints + schema.constraints)
    }
}

/// "`later` must be after (or equal to, unless `strictly`) `earlier`".
struct TimestampOrdering: Sendable {
    let later: String
    let earlier: String
    let strictly: Bool

    /// `later` ≥ `earlier`.
    static func notBefore(_ later: String, _ earlier: String) -> TimestampOrdering {
        TimestampOrdering(later: later, earlier: earlier, strictly: false)
    }

    /// `later` > `earlier`.
    static func after(_ later: String, _ earlier: String) -> TimestampOrdering {
        TimestampOrdering(later: later, earlier: earlier, strictly: true)
    }
}

/// Every predefined type, by `type` value.
enum TypeCatalog {
    static let definitions: [String: TypeDefinition] = SDOSchemas.all
        .merging(SROSchemas.all) { first, _ in first }
        .merging(SCOSchemas.all) { first, _ in first }
        .merging(MetaSchemas.all) { first, _ in first }
}

extension PropertyKind {
    /// A non-empty list of strings.
    static let strings: PropertyKind = .list(.string)
    /// A non-empty list of kill-chain phases.
    static let killChainPhases: PropertyKind = .list(.object(SharedSchemas.killChainPhase))

    /// A reference to one of `types`.
    static func ref(_ types: String...) -> PropertyKind { .reference(.only(Set(types))) }

    /// A non-empty list of references to objects of `types`.
    static func refs(_ types: String...) -> PropertyKind { .list(.reference(.only(Set(types)))) }

    /// A non-empty list of references to any objects.
    static let anyRefs: PropertyKind = .list(.reference(.any))
}
