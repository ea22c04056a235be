import Concord
import Foundation
import STIX
import STIXPatterns
import Testing

/// Which indicators detection uses.
@Suite struct IndicatorCatalogTests {
    static func indicator(_ id: Int, _ extra: [String: JSONValue] = [:], pattern: String = "[ipv4-addr:value = '192.0.2.1']",
                          modified: String = "2024-01-01T00:00:00.000Z") -> JSONValue {
        var object: JSONObject = ["type": .string("indicator"), "id": .string("indicator--\(id)"), "pattern_type": .string("stix"),
                                  "pattern": .string(pattern), "modified": .string(modified), "valid_from": .string("2024-01-01T00:00:00Z")]
        for (key, value) in extra { object[key] = value }
        return .object(object)
    }

    @Test func onlyValidStixIndicatorsAreUsedAndTheLatestVersionWins() {
        var catalog = IndicatorCatalog(now: Date(timeIntervalSince1970: 1_750_000_000))
        catalog.consider(Self.indicator(1, pattern: "[ipv4-addr:value = '192.0.2.1']", modified: "2024-01-01T00:00:00.000Z"))
        catalog.consider(Self.indicator(1, ["name": .string("newer")], pattern: "[ipv4-addr:value = '192.0.2.2']", modified: "2024-02-01T00:00:00.000Z"))
        catalog.consider(Self.indicator(1, pattern: "[ipv4-addr:value = '192.0.2.3']", modified: "2024-01-15T00:00:00.000Z"))
        catalog.consider(Self.indicator(2, ["revoked": .bool(true)]))
        catalog.consider(Self.indicator(3, ["valid_until": .string("2025-01-01T00:00:00Z")]))
        catalog.consider(Self.indicator(4, ["valid_from": .string("2030-01-01T00:00:00Z")]))
        catalog.consider(Self.indicator(5, ["pattern_type": .string("yara")]))
        catalog.consider(Self.indicator(6, pattern: "[ipv4-addr:value = "))
        catalog.consider(.object(["type": .string("malware"), "id": .string("malware--1")]))
        catalog.compile()
        #expect(catalog.index.indicators.map(\.id) == ["indicator--1"])
        #expect(catalog.index.indicators.first?.patternText == "[ipv4-addr:value = '192.0.2.2']")
        #expect(catalog.names == ["newer"])
        #expect(catalog.skipped == [.revoked: 1, .expired: 1, .notYetValid: 1, .notSTIXPattern: 1, .invalidPattern: 1])
        #expect(catalog.invalidPatterns.map(\.id) == ["indicator--6"])
    }
}
