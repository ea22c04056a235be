import STIX
import Testing
@testable import STIXPatterns

/// ``Pattern/match(_:)-([JSONValue])`` screens raw observations before
/// preparing them; its verdicts, errors included, must be those of matching a
/// prepared ``ObservationSet``, which never screens.
@Suite struct ScreenTests {
    static let patterns = [
        "[ipv4-addr:value = '10.0.0.1']", "[ipv4-addr:value = '10.9.9.9']", "[domain-name:value = 'a.example']",
        "[ipv4-addr:value != '10.0.0.1']", "[ipv4-addr:value IN ('10.0.0.1', '10.0.0.2')]",
        "[ipv4-addr:value ISSUBSET '10.0.0.0/8']", "[network-traffic:dst_ref.value = '10.0.0.1']",
        "[ipv4-addr:value = '10.0.0.1' AND ipv4-addr:value LIKE '10.%']",
        "[url:value = 'http://x'] OR [ipv4-addr:value = '10.0.0.1']",
        "[ipv4-addr:value = '10.0.0.1'] FOLLOWEDBY [ipv4-addr:value = '10.0.0.1'] WITHIN 5 SECONDS",
    ]

    static func observedData(_ members: [String: JSONValue] = [:], removing: [String] = []) -> JSONValue {
        var object: JSONObject = [
            "type": .string("observed-data"), "id": .string("observed-data--1"), "number_observed": .number(1),
            "first_observed": .string("2020-01-01T00:00:00Z"), "last_observed": .string("2020-01-01T00:00:00Z"),
            "object_refs": .array([.string("ipv4-addr--1"), .string("network-traffic--1")]),
        ]
        for (key, value) in members { object[key] = value }
        for key in removing { object[key] = nil }
        return .object(object)
    }

    static let address: JSONValue = .object(["type": .string("ipv4-addr"), "id": .string("ipv4-addr--1"), "value": .string("10.0.0.1")])
    static let traffic: JSONValue = .object([
        "type": .string("network-traffic"), "id": .string("network-traffic--1"), "dst_ref": .string("ipv4-addr--1"),
    ])

    static let inputs: [[JSONValue]] = [
        [], [observedData(), address, traffic], [observedData()], [address],
        [.object(["type": .string("bundle"), "id": .string("bundle--1"), "objects": .array([observedData(), address])])],
        [observedData(), address, .number(3)], [observedData(), .object(["value": .string("x")])],
        [observedData(), .object(["type": .string("ipv4-addr"), "value": .string("10.0.0.1")])],
        [observedData(["first_observed": .string("yesterday")]), address],
        [observedData(["number_observed": .number(0)])], [observedData(["object_refs": .string("x")])],
        [observedData(removing: ["id"]), address], [observedData(removing: ["object_refs"])],
        [observedData(["objects": .object(["0": address])], removing: ["object_refs"])],
        [observedData(["number_observed": .number(0)]), observedData(removing: ["object_refs"])],
        [observedData(removing: ["object_refs"]), observedData(["number_observed": .number(0)])],
        [observedData(), .object(["type": .string("ipv4-addr"), "id": .string("ipv4-addr--1"), "value": .string("10.0.0.1/33")])],
    ]

    @Test(arguments: 0..<inputs.count)
    func screenedVerdictsAreThoseOfPreparedSets(input: Int) throws {
        let observations = ScreenTests.inputs[input]
        for text in ScreenTests.patterns {
            let pattern = try Pattern(parsing: text)
            let screened = Result { () throws(PatternMatchError) in try pattern.match(observations) }
            let prepared = Result { () throws(PatternMatchError) in try pattern.match(ObservationSet(observations)) }
            #expect(describe(screened) == describe(prepared), "\(text)")
        }
    }

    private func describe(_ result: Result<PatternMatch?, PatternMatchError>) -> String {
        switch result {
        case .success(let match): "\(String(describing: match))"
        case .failure(let error): "error: \(error.message)"
        }
    }
}
