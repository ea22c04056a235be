import ConcordStore
import Foundation
import STIX

extension DemoFeed {
    /// Threat actors, malware families, attack patterns and a campaign, linked by relationships.
    func contextObjects(prefix: String, creator: Organization, onlyClear: Bool) -> [JSONValue] {
        let level: TLPLevel = onlyClear ? .clear : .green
        var objects: [JSONObject] = []
        for (n, family) in Self.families.enumerated() {
            var malware = Self.base("malware", "\(prefix)-\(family)", day: n, creator: creator, tlp: level)
            malware["name"] = .string(family)
            malware["is_family"] = .bool(true)
            malware["malware_types"] = .array([.string(n % 2 == 0 ? "backdoor" : "ransomware")])
            objects.append(malware)
        }
        for (n, actor) in Self.actors.enumerated() {
            var threatActor = Self.base("threat-actor", "\(prefix)-\(actor)", day: n, creator: creator, tlp: level)
            threatActor["name"] = .string(actor)
            threatActor["threat_actor_types"] = .array([.string(n % 2 == 0 ? "nation-state" : "crime-syndicate")])
            objects.append(threatActor)
            objects.append(Self.link(prefix, "uses-\(n)", from: threatActor, "uses",
                                     to: Self.id("malware", "\(prefix)-\(Self.families[n % Self.families.count])"), creator: creator, level: level))
        }
        for (n, technique) in Self.techniques.enumerated() {
            var pattern = Self.base("attack-pattern", "\(prefix)-\(technique.0)", day: n, creator: creator, tlp: level)
            pattern["name"] = .string(technique.1)
            pattern["external_references"] = .array([.object([
                "source_name": .string("mitre-attack"), "external_id": .string(technique.0),
                "url": .string("https://attack.mitre.org/techniques/\(technique.0.replacingOccurrences(of: ".", with: "/"))/"),
            ])])
            pattern["kill_chain_phases"] = .array([.object(["kill_chain_name": .string("mitre-attack"), "phase_name": .string(technique.2)])])
            objects.append(pattern)
        }
        var campaign = Self.base("campaign", "\(prefix)-campaign", day: 2, creator: creator, tlp: onlyClear ? .clear : .amber)
        campaign["name"] = .string("Operation \(prefix.capitalized) Tide")
        campaign["first_seen"] = .string(Self.time(day: 2))
        campaign["objective"] = .string("Disrupt city services")
        objects.append(campaign)
        objects.append(Self.link(prefix, "attributed", from: campaign, "attributed-to", to: Self.id("threat-actor", "\(prefix)-\(Self.actors[0])"),
                                 creator: creator, level: level))
        return objects.map { .object($0) }
    }

    static func link(_ prefix: String, _ name: String, from source: JSONObject, _ type: String, to target: String,
                     creator: Organization, level: TLPLevel) -> JSONObject {
        var relationship = base("relationship", "\(prefix)-\(name)", day: 3, creator: creator, tlp: level)
        relationship["relationship_type"] = .string(type)
        relationship["source_ref"] = source["id"]
        relationship["target_ref"] = .string(target)
        return relationship
    }

    /// A sighting of an indicator by its creator, with the count and time window.
    static func sighting(of indicator: JSONObject, n: Int, creator: Organization, level: TLPLevel) -> JSONValue {
        var sighting = base("sighting", "sighting-\(indicator["id"]?.stringValue ?? "")", day: n % 60 + 1, creator: creator, tlp: level)
        sighting["sighting_of_ref"] = indicator["id"]
        sighting["where_sighted_refs"] = .array([.string(creator.identityID)])
        sighting["count"] = .number(JSONNumber(Int64(n % 17 + 1)))
        sighting["first_seen"] = .string(time(day: n % 60, minute: 5))
        sighting["last_seen"] = .string(time(day: n % 60, minute: 55))
        if let extensions = indicator["extensions"] { sighting["extensions"] = extensions }
        return .object(sighting)
    }
}
