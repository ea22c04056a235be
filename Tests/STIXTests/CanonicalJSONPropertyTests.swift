import Testing
@testable import STIX

/// Property tests: random values (seeded, so failures reproduce) checked against
/// what RFC 8785 promises.
@Suite struct CanonicalJSONPropertyTests {
    static let cases = 500

    /// Runs `body` on `cases` random values, each with its own seed for reporting.
    func forRandomValues(_ body: (JSONValue, inout SeededGenerator, UInt64) throws -> Void) rethrows {
        for seed in 1...UInt64(Self.cases) {
            var rng = SeededGenerator(seed: seed)
            let value = RandomJSON.value(&rng)
            try body(value, &rng, seed)
        }
    }

    @Test func canonicalFormIgnoresOrderWhitespaceAndNumberSpelling() throws {
        try forRandomValues { value, rng, seed in
            let canonical = CanonicalJSON.encode(value)
            for _ in 0..<3 {
                var speller = RandomSpeller(rng: SeededGenerator(seed: rng.next()))
                let text = speller.spell(value)
                let parsed = try JSONParser.parse(text)
                #expect(sameMeaning(parsed, value), "seed \(seed): \(text)")
                #expect(CanonicalJSON.encode(parsed) == canonical, "seed \(seed): \(text)")
            }
        }
    }

    @Test func canonicalizationIsIdempotent() throws {
        try forRandomValues { value, _, seed in
            let canonical = CanonicalJSON.encode(value)
            let reparsed = try JSONParser.parse(canonical)
            #expect(CanonicalJSON.encode(reparsed) == canonical, "seed \(seed)")
        }
    }

    @Test func canonicalFormPreservesMeaning() throws {
        try forRandomValues { value, _, seed in
            let reparsed = try JSONParser.parse(CanonicalJSON.encode(value))
            #expect(sameMeaning(reparsed, value), "seed \(seed): \(CanonicalJSON.string(value))")
        }
    }

    @Test func canonicalFormIsSortedAndCompact() throws {
        try forRandomValues { value, _, seed in
            let text = CanonicalJSON.string(value)
            let reparsed = try JSONParser.parse(text)
            #expect(membersAreSorted(reparsed), "seed \(seed): \(text)")
            #expect(!hasWhitespaceOutsideStrings(Array(text.utf8)), "seed \(seed): \(text)")
        }
    }

    @Test func numbersRoundTripExactly() throws {
        var rng = SeededGenerator(seed: 8785)
        for _ in 0..<5_000 {
            let double = RandomJSON.number(&rng)
            let text = ECMAScriptNumber.format(double)
            let parsed = try #require(try JSONParser.parse(text).numberValue)
            #expect(parsed.double == double, "\(double.bitPattern) → \(text)")
            var speller = RandomSpeller(rng: SeededGenerator(seed: rng.next()))
            let spelling = speller.spell(double)
            #expect(try JSONParser.parse(spelling).numberValue?.double == double, "\(spelling)")
        }
    }

    func membersAreSorted(_ value: JSONValue) -> Bool {
        switch value {
        case .array(let elements): return elements.allSatisfy(membersAreSorted)
        case .object(let object):
            let keys = object.keys
            let sorted = zip(keys, keys.dropFirst()).allSatisfy { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            return sorted && object.members.allSatisfy { membersAreSorted($0.value) }
        default: return true
        }
    }

    func hasWhitespaceOutsideStrings(_ bytes: [UInt8]) -> Bool {
        var inString = false, escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
            } else if byte == 0x22 {
                inString = true
            } else if [0x20, 0x09, 0x0A, 0x0D].contains(byte) {
                return true
            }
        }
        return false
    }
}
