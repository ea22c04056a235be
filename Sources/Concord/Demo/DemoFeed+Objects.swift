import ConcordStore
import Foundation
import STIX

extension DemoFeed {
    /// The demo objects, each with the organization that contributes it.
    func objects(organizations: [String: Organization]) -> [(contributor: String, object: JSONValue)] {
        guard let cert = organizations["city-cert"], let water = organizations["water-utility"],
              let grid = organizations["power-grid"], let hospital = organizations["hospital"],
              let transit = organizations["transit-operator"] else { return [] }
        switch theme {
        case .regional:
            return indicatorsWithContext(prefix: "regional", count: 120, creators: [cert, water, grid, transit], hospital: hospital)
        case .water:
            return indicatorsWithContext(prefix: "water", count: 60, creators: [water], hospital: hospital)
        case .incidents:
            return indicatorsWithContext(prefix: "incident", count: 40, creators: [cert], hospital: hospital)
        case .advisories:
            return indicatorsWithContext(prefix: "advisory", count: 20, creators: [cert], hospital: hospital, onlyClear: true)
        }
    }

    static let actors = ["Reservoir Spider", "Grid Lynx", "Ticket Phantom", "Ward Viper"]
    static let families = ["PumpJack", "BlackoutRAT", "FareSkim", "TriageLock", "ValveWorm"]
    static let techniques = [("T1190", "Exploit Public-Facing Application", "initial-access"),
                             ("T1566.001", "Spearphishing Attachment", "initial-access"),
                             ("T1486", "Data Encrypted for Impact", "impact"),
                             ("T0831", "Manipulation of Control", "impair-process-control"),
                             ("T1078", "Valid Accounts", "persistence")]

    func indicatorsWithContext(prefix: String, count: Int, creators: [Organization], hospital: Organization,
                               onlyClear: Bool = false) -> [(contributor: String, object: JSONValue)] {
        var objects: [(String, JSONValue)] = []
        let context = contextObjects(prefix: prefix, creator: creators[0], onlyClear: onlyClear)
        objects += context.map { (creators[0].name, $0) }
        let levels: [TLPLevel] = onlyClear ? [.clear] : [.clear, .green, .green, .amber, .amberStrict, .red]
        for n in 0..<count {
            let creator = creators[n % creators.count]
            let level = levels[n % levels.count]
            let family = Self.families[n % Self.families.count]
            var indicator = Self.base("indicator", "\(prefix)-\(n)", day: n % 60, creator: creator, tlp: level)
            indicator["name"] = .string("\(family) \(Self.observableKind(n)) \(n)")
            indicator["indicator_types"] = .array([.string(n % 4 == 0 ? "anomalous-activity" : "malicious-activity")])
            indicator["pattern"] = .string(Self.pattern(n, prefix: prefix))
            indicator["pattern_type"] = .string("stix")
            indicator["valid_from"] = .string(Self.time(day: n % 60))
            indicator["confidence"] = .number(JSONNumber(Int64(40 + (n * 7) % 60)))
            if level == .red {
                indicator["extensions"] = .object([MarkingResolver.recipientsExtensionID: .object([
                    "extension_type": .string("property-extension"),
                    "recipients": .array([.string(hospital.identityID)]),
                ])])
            }
            objects.append((creator.name, .object(indicator)))
            var relationship = Self.base("relationship", "\(prefix)-indicates-\(n)", day: n % 60, creator: creator, tlp: level)
            relationship["relationship_type"] = .string("indicates")
            relationship["source_ref"] = indicator["id"]
            relationship["target_ref"] = .string(Self.id("malware", "\(prefix)-\(family)"))
            if level == .red { relationship["extensions"] = indicator["extensions"] }
            objects.append((creator.name, .object(relationship)))
            if n % 10 == 3 { objects.append((creator.name, Self.sighting(of: indicator, n: n, creator: creator, level: level))) }
        }
        return objects
    }

    static func observableKind(_ n: Int) -> String {
        ["C2 address", "C2 domain", "dropper hash", "phishing URL", "C2 address (v6)"][n % 5]
    }

    /// A real-looking STIX pattern over documentation address ranges and example domains.
    static func pattern(_ n: Int, prefix: String) -> String {
        switch n % 5 {
        case 0: return "[ipv4-addr:value = '203.0.113.\(n % 254 + 1)']"
        case 1: return "[domain-name:value = '\(prefix)-update\(n).example.net']"
        case 2: return "[file:hashes.'SHA-256' = '\(uuid("hash\(prefix)\(n)").replacingOccurrences(of: "-", with: ""))\(uuid("tail\(n)").replacingOccurrences(of: "-", with: ""))']"
        case 3: return "[url:value = 'https://login-\(prefix)\(n).example.com/portal'] AND [network-traffic:dst_port = 443]"
        default: return "[ipv6-addr:value = '2001:db8::\(String(n, radix: 16))']"
        }
    }
}
