import STIX
import Testing

@Suite("STIXIdentifier")
struct IdentifierTests {
    @Test("well-formed identifiers", arguments: [
        ("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "indicator", 4),
        ("x-acme-widget--8E2E2D2B-17D4-5CBF-A38F-98EE46B3CD3F", "x-acme-widget", 5),
        ("ipv4-addr--ff26c055-6336-1bc5-b98d-13d6226742dd", "ipv4-addr", 1),
    ])
    func valid(_ text: String, _ type: String, _ version: Int) throws {
        let identifier = try #require(STIXIdentifier(text))
        #expect(identifier.type == type)
        #expect(identifier.uuidVersion == version)
        #expect(identifier.description == text)
    }

    @Test("malformed identifiers", arguments: [
        "indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",   // single hyphen
        "indicator--8e2e2d2b-17d4-6cbf-938f-98ee46b3cd3f",  // version 6
        "indicator--8e2e2d2b-17d4-4cbf-738f-98ee46b3cd3f",  // variant 0
        "indicator--8e2e2d2b17d4-4cbf-938f-98ee46b3cd3f",   // missing hyphen
        "Indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",  // uppercase type
        "ab--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",         // type too short
        "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3g",  // not hex
        "",
    ])
    func invalid(_ text: String) {
        #expect(STIXIdentifier(text) == nil)
    }
}
