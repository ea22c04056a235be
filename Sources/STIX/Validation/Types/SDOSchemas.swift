/// The STIX Domain Objects (STIX 2.1 §4).
enum SDOSchemas {
    static let seen: [String: PropertyKind] = ["first_seen": .timestamp(), "last_seen": .timestamp()]
    static let seenOrder = [TimestampOrdering.notBefore("last_seen", "first_seen")]

    static let all: [String: TypeDefinition] = [
        "attack-pattern": named(["aliases": .strings, "kill_chain_phases": .killChainPhases]),
        "campaign": named(["aliases": .strings, "objective": .string].merging(seen) { $1 }, orderings: seenOrder),
        "course-of-action": named([:]),
        "grouping": TypeDefinition(.domain, ObjectSchema(
            ["name": .string, "description": .string, "context": .string, "object_refs": .anyRefs],
            required: ["context", "object_refs"])),
        "identity": named(["roles": .strings, "identity_class": .string, "sectors": .strings, "contact_information": .string]),
        "incident": named(["kill_chain_phases": .killChainPhases]),
        "indicator": indicator,
        "infrastructure": named(["infrastructure_types": .strings, "aliases": .strings, "kill_chain_phases": .killChainPhases]
            .merging(seen) { $1 }, orderings: seenOrder),
        "intrusion-set": named(["aliases": .strings, "goals": .strings, "resource_level": .string,
                                "primary_motivation": .string, "secondary_motivations": .strings]
            .merging(seen) { $1 }, orderings: seenOrder),
        "location": location,
        "malware": malware,
        "malware-analysis": malwareAnalysis,
        "note": TypeDefinition(.domain, ObjectSchema(
            ["abstract": .string, "content": .string, "authors": .strings, "object_refs": .anyRefs],
            required: ["content", "object_refs"])),
        "observed-data": ObservedDataRule.definition,
        "opinion": TypeDefinition(.domain, ObjectSchema(
            ["explanation": .string, "authors": .strings, "object_refs": .anyRefs,
             "opinion": .oneOf(["strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"])],
            required: ["object_refs", "opinion"])),
        "report": TypeDefinition(.domain, ObjectSchema(
            ["name": .string, "description": .string, "report_types": .strings, "published": .timestamp(), "object_refs": .anyRefs],
            required: ["name", "object_refs", "published"])),
        "threat-actor": named(["threat_actor_types": .strings, "aliases": .strings, "roles": .strings, "goals": .strings,
                               "sophistication": .string, "resource_level": .string, "primary_motivation": .string,
                               "secondary_motivations": .strings, "personal_motivations": .strings]
            .merging(seen) { $1 }, orderings: seenOrder),
        "tool": named(["aliases": .strings, "tool_types": .strings, "tool_version": .string, "kill_chain_phases": .killChainPhases]),
        "vulnerability": named([:]),
    ]

    /// An SDO whose `name` is required, plus `description`.
    static func named(_ properties: [String: PropertyKind], orderings: [TimestampOrdering] = []) -> TypeDefinition {
        var all = properties
        all["name"] = .string
        all["description"] = .string
        return TypeDefinition(.domain, ObjectSchema(all, required: ["name"]), orderings: orderings)
    }

    static let indicator = TypeDefinition(.domain, ObjectSchema([
        "name": .string, "description": .string, "indicator_types": .strings,
        "pattern": .string, "pattern_type": .string, "pattern_version": .string,
        "valid_from": .timestamp(), "valid_until": .timestamp(), "kill_chain_phases": .killChainPhases,
    ], required: ["pattern", "pattern_type", "valid_from"], constraints: [PatternRule.constraint]),
    orderings: [.after("valid_until", "valid_from")])

    static let location = TypeDefinition(.domain, ObjectSchema([
        "name": .string, "description": .string,
        "latitude": .number(-90...90), "longitude": .number(-180...180), "precision": .number(),
        "region": .string, "country": .string, "administrative_area": .string, "city": .string,
        "street_address": .string, "postal_code": .string,
    ], constraints: [
        ObjectConstraint { object, pointer, context in
            let hasCoordinates = object["latitude"] != nil && object["longitude"] != nil
            if object["region"] == nil, object["country"] == nil, !hasCoordinates {
                context.error(.missingOneOf, at: pointer, "a location needs 'region', 'country', or both 'latitude' and 'longitude'")
            }
        },
        .presence(of: "latitude", requires: ["longitude"]),
        .presence(of: "longitude", requires: ["latitude"]),
        .presence(of: "precision", requires: ["latitude", "longitude"]),
    ]))

    static let malware = TypeDefinition(.domain, ObjectSchema([
        "name": .string, "description": .string, "is_family": .boolean,
        "malware_types": .strings, "aliases": .strings, "kill_chain_phases": .killChainPhases,
        "first_seen": .timestamp(), "last_seen": .timestamp(),
        "operating_system_refs": .refs("software"), "architecture_execution_envs": .strings,
        "implementation_languages": .strings, "capabilities": .strings, "sample_refs": .refs("file", "artifact"),
    ], required: ["is_family"], constraints: [
        ObjectConstraint { object, pointer, context in
            if object["is_family"]?.boolValue == true, object["name"] == nil {
                context.error(.missingProperty, at: pointer.appending("name"), "'name' is required when 'is_family' is true")
            }
        },
    ]), orderings: seenOrder)

    static let malwareAnalysis = TypeDefinition(.domain, ObjectSchema([
        "product": .string, "version": .string, "configuration_version": .string, "modules": .strings,
        "analysis_engine_version": .string, "analysis_definition_version": .string,
        "submitted": .timestamp(), "analysis_started": .timestamp(), "analysis_ended": .timestamp(),
        "result_name": .string, "result": .string,
        "host_vm_ref": .ref("software"), "operating_system_ref": .ref("software"),
        "installed_software_refs": .refs("software"), "analysis_sco_refs": .anyRefs,
        "sample_ref": .ref("artifact", "file", "network-traffic"),
    ], required: ["product"], constraints: [.atLeastOne(of: ["result", "analysis_sco_refs"])]))
}
