import Concord
import ConcordStore
import STIX
import Testing

@Suite("TLP marking resolution")
struct MarkingResolverTests {
    static func object(markings: [String], extensions: JSONValue? = nil) -> JSONObject {
        var object: JSONObject = ["type": .string("indicator"), "id": .string("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")]
        if !markings.isEmpty { object["object_marking_refs"] = .array(markings.map { .string($0) }) }
        if let extensions { object["extensions"] = extensions }
        return object
    }

    @Test(arguments: TLPLevel.allCases)
    func tlp2DefinitionsResolve(_ level: TLPLevel) throws {
        let id = try #require(TLPMarkingDefinitions.tlp2[level])
        #expect(MarkingResolver.marking(of: Self.object(markings: [id]), defaultTLP: .clear).tlp == level)
    }

    @Test(arguments: [(TLPLevel.clear, "613f2e26-407d-48c7-9eca-b8e91df99dc9"), (.green, "34098fce-860f-48ae-8e50-ebd3cc5e41da"),
                      (.amber, "f88d31f6-486f-44da-b317-01333bde0b82"), (.red, "5e57c739-391a-4eb3-b6be-7d15ca92d5ed")])
    func tlp1DefinitionsResolve(_ level: TLPLevel, _ uuid: String) {
        #expect(MarkingResolver.marking(of: Self.object(markings: ["marking-definition--" + uuid]), defaultTLP: .red).tlp == level)
    }

    @Test func unmarkedObjectsTakeTheCollectionDefault() {
        #expect(MarkingResolver.marking(of: Self.object(markings: []), defaultTLP: .amberStrict).tlp == .amberStrict)
        let other = "marking-definition--00000000-0000-4000-8000-000000000000"
        #expect(MarkingResolver.marking(of: Self.object(markings: [other]), defaultTLP: .amber).tlp == .amber)
    }

    @Test func theMostRestrictiveMarkingWins() throws {
        let green = try #require(TLPMarkingDefinitions.tlp2[.green])
        let amber = try #require(TLPMarkingDefinitions.tlp1[.amber])
        #expect(MarkingResolver.marking(of: Self.object(markings: [green, amber]), defaultTLP: .clear).tlp == .amber)
    }

    @Test func redRecipientsComeFromTheConcordExtension() throws {
        let red = try #require(TLPMarkingDefinitions.tlp2[.red])
        let hospital = "identity--11111111-1111-4111-8111-111111111111"
        let extensions: JSONValue = .object([
            MarkingResolver.recipientsExtensionID: .object([
                "extension_type": .string("property-extension"),
                "recipients": .array([.string(hospital), .string(hospital), .string("not-an-identity")]),
            ]),
        ])
        let marking = MarkingResolver.marking(of: Self.object(markings: [red], extensions: extensions), defaultTLP: .green)
        #expect(marking == Marking(tlp: .red, recipients: [hospital]))
        let green = try #require(TLPMarkingDefinitions.tlp2[.green])
        #expect(MarkingResolver.marking(of: Self.object(markings: [green], extensions: extensions), defaultTLP: .green).recipients.isEmpty)
    }
}
