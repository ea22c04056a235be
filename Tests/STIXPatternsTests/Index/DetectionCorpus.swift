import STIX
import STIXPatterns

/// A seeded generator of indicator patterns and events over small value
/// pools, so that random patterns and events actually meet.
struct DetectionCorpus {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static let addresses = ["10.0.0.1", "10.0.0.2", "10.0.0.9", "192.168.1.5", "203.0.113.7", "2001:db8::1"]
    static let domains = ["a.example.com", "b.example.com", "evil-update.example.net", "evil-site.org", "files.example.org"]
    static let ports = [22, 80, 443, 8080]
    static let hashes = ["aa11", "bb22", "cc33"]
    static let names = ["setup.exe", "report.pdf", "invoice.exe.zip"]

    var random: Generator

    init(seed: UInt64) { random = Generator(state: seed) }

    mutating func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &random)] }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    /// One property test, over every operator the index treats specially and some it does not.
    mutating func test() -> String {
        let not = chance(8) ? "NOT " : ""
        switch Int.random(in: 0..<13, using: &random) {
        case 0: return "ipv4-addr:value \(not)= '\(pick(Self.addresses))'"
        case 1: return "ipv4-addr:value \(not)IN ('\(pick(Self.addresses))', '\(pick(Self.addresses))')"
        case 2: return "ipv4-addr:value \(not)ISSUBSET '\(pick(["10.0.0.0/29", "10.0.0.0/8", "192.168.0.0/16", "203.0.113.0/24"]))'"
        case 3: return "domain-name:value \(not)= '\(pick(Self.domains))'"
        case 4: return "domain-name:value \(not)LIKE '\(pick(["%.example.com", "evil-%", "%site.org", "_.example.com"]))'"
        case 5: return "domain-name:value \(not)MATCHES '\(pick(["^evil-.*\\\\.org$", "example\\\\.(com|net)", "files\\\\.example", "[ab]\\\\.example"]))'"
        case 6: return "network-traffic:dst_port \(not)= \(pick(Self.ports))"
        case 7: return "network-traffic:dst_port \(pick(["IN (80, 443)", "> 1000", "!= 22"]))"
        case 8: return "network-traffic:dst_ref.value \(not)= '\(pick(Self.addresses))'"
        case 9: return "network-traffic:protocols[*] \(not)= '\(pick(["tcp", "udp"]))'"
        case 10: return "file:hashes.'SHA-256' \(not)= '\(pick(Self.hashes))'"
        case 11: return "file:name \(not)LIKE '\(pick(["%.exe", "report%", "%.exe.%"]))'"
        default: return chance(50) ? "EXISTS file:size" : "url:value = 'http://\(pick(Self.domains))/x'"
        }
    }

    mutating func comparison(depth: Int = 0) -> String {
        guard depth < 2, chance(35) else { return test() }
        return "\(comparison(depth: depth + 1)) \(chance(50) ? "AND" : "OR") \(comparison(depth: depth + 1))"
    }

    mutating func pattern() -> String {
        let one = "[\(comparison())]"
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return "\(one) OR [\(comparison())]"
        case 1: return "\(one) AND [\(comparison())]"
        case 2: return "\(one) FOLLOWEDBY [\(comparison())]"
        case 3: return "(\(one) FOLLOWEDBY [\(comparison())]) WITHIN \(pick([30, 120])) SECONDS"
        case 4: return "\(one) REPEATS 2 TIMES"
        default: return one
        }
    }

    /// An event 10 seconds after the previous one, with one to four SCOs.
    mutating func event(_ sequence: Int) -> ObservedEvent {
        var objects: [JSONObject] = []
        func id(_ type: String) -> String { "\(type)--\(sequence)-\(objects.count)" }
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            switch Int.random(in: 0..<5, using: &random) {
            case 0:
                let address = pick(Self.addresses)
                objects.append(["type": .string(address.contains(":") ? "ipv6-addr" : "ipv4-addr"), "id": .string(id("ip")), "value": .string(address)])
            case 1:
                objects.append(["type": .string("domain-name"), "id": .string(id("domain")), "value": .string(pick(Self.domains))])
            case 2:
                let target: JSONObject = ["type": .string("ipv4-addr"), "id": .string(id("ip")), "value": .string(pick(Self.addresses))]
                objects.append(target)
                objects.append(["type": .string("network-traffic"), "id": .string(id("traffic")), "dst_ref": target["id"]!,
                                "dst_port": .number(JSONNumber(Int64(pick(Self.ports)))),
                                "protocols": .array([.string(pick(["tcp", "udp"]))])])
            case 3:
                objects.append(["type": .string("file"), "id": .string(id("file")), "name": .string(pick(Self.names)),
                                "hashes": .object(["SHA-256": .string(pick(Self.hashes))])])
            default:
                objects.append(["type": .string("url"), "id": .string(id("url")), "value": .string("http://\(pick(Self.domains))/x")])
            }
        }
        return ObservedEvent(sequence: sequence, time: PatternTimestamp(microseconds: 1_700_000_000_000_000 + Int64(sequence) * 10_000_000),
                             objects: objects)
    }
}
