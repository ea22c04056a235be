import ConcordStore
import Foundation
import Testing

@Suite("Version keys and TAXII timestamps")
struct VersionKeyTests {
    @Test(arguments: [
        ("2024-01-01T00:00:00Z", "2024-01-01T00:00:00.000000000Z"),
        ("2024-01-01T00:00:00.5Z", "2024-01-01T00:00:00.500000000Z"),
        ("2024-01-01T00:00:00.123456789123Z", "2024-01-01T00:00:00.123456789Z"),
        ("not a timestamp", "not a timestamp"),
        ("2024-01-01T00:00:00.Z", "2024-01-01T00:00:00.Z"),
    ])
    func keysHaveNineFractionalDigits(_ text: String, _ key: String) {
        #expect(VersionKey.make(text) == key)
    }

    @Test func keysSortAsInstants() {
        let spellings = ["2024-01-01T00:00:00.000Z", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00.1Z", "2024-01-01T00:00:01Z"]
        #expect(spellings.map(VersionKey.make).sorted() == [spellings[0], spellings[1], spellings[2], spellings[3]].map(VersionKey.make))
        #expect(VersionKey.make(spellings[0]) == VersionKey.make(spellings[1]))
        #expect(VersionKey.make("2024-01-01T00:00:00Z") < VersionKey.make("2024-01-01T00:00:00.1Z"))
    }

    @Test func taxiiTimestampsRoundTripToTheMicrosecond() throws {
        let date = Date(timeIntervalSince1970: 1_714_557_600.123456)
        let text = TAXIITimestamp.string(from: date)
        #expect(text == "2024-05-01T10:00:00.123456Z")
        let parsed = try #require(TAXIITimestamp.date(from: text))
        #expect(abs(parsed.timeIntervalSince1970 - date.timeIntervalSince1970) < 0.000_001)
        #expect(VersionKey.make(date) == "2024-05-01T10:00:00.123456000Z")
    }

    @Test(arguments: ["2024-02-30T00:00:00Z", "2024-13-01T00:00:00Z", "yesterday", "2024-01-01 00:00:00Z"])
    func impossibleTimestampsAreRejected(_ text: String) {
        #expect(TAXIITimestamp.date(from: text) == nil)
    }
}

@Suite("Store value types")
struct StoreValueTests {
    @Test func tlpLevelsOrderByRestriction() {
        #expect(TLPLevel.allCases.sorted() == [.clear, .green, .amber, .amberStrict, .red])
        #expect(TLPLevel.amberStrict.label == "TLP:AMBER+STRICT")
    }

    @Test func ledgerEntryLeafIsTheCanonicalJSONTheFormatPins() throws {
        let commitment = Array(repeating: UInt8(0xAB), count: 32)
        let leaf = LedgerEntry(kind: .admin, commitment: commitment).leaf
        let expected = #"{"commitment":""# + Data(commitment).base64EncodedString() + #"","kind":"admin","v":1}"#
        #expect(String(decoding: leaf, as: UTF8.self) == expected)
    }

    @Test func objectCommitmentCoversEveryField() {
        let salt = Array(repeating: UInt8(1), count: 32)
        let base = Commitment.objectVersion(salt: salt, collectionID: "c", contributorIdentityID: "identity--x", objectID: "note--1",
                                            body: Array(#"{"a":1}"#.utf8), version: "v")
        let variants = [
            Commitment.objectVersion(salt: Array(repeating: 2, count: 32), collectionID: "c", contributorIdentityID: "identity--x",
                                     objectID: "note--1", body: Array(#"{"a":1}"#.utf8), version: "v"),
            Commitment.objectVersion(salt: salt, collectionID: "d", contributorIdentityID: "identity--x", objectID: "note--1",
                                     body: Array(#"{"a":1}"#.utf8), version: "v"),
            Commitment.objectVersion(salt: salt, collectionID: "c", contributorIdentityID: "identity--y", objectID: "note--1",
                                     body: Array(#"{"a":1}"#.utf8), version: "v"),
            Commitment.objectVersion(salt: salt, collectionID: "c", contributorIdentityID: "identity--x", objectID: "note--2",
                                     body: Array(#"{"a":1}"#.utf8), version: "v"),
            Commitment.objectVersion(salt: salt, collectionID: "c", contributorIdentityID: "identity--x", objectID: "note--1",
                                     body: Array(#"{"a":2}"#.utf8), version: "v"),
            Commitment.objectVersion(salt: salt, collectionID: "c", contributorIdentityID: "identity--x", objectID: "note--1",
                                     body: Array(#"{"a":1}"#.utf8), version: "w"),
        ]
        #expect(Set(variants + [base]).count == 7)
        let document = Commitment.objectDocument(collectionID: "c", contributorIdentityID: "identity--x", objectID: "note--1",
                                                 body: Array(#"{"a":1}"#.utf8), version: "v")
        #expect(String(decoding: document, as: UTF8.self)
                == #"{"collection":"c","contributor":"identity--x","id":"note--1","object":{"a":1},"version":"v"}"#)
    }

    @Test("the streamed object commitment equals SHA-256(salt ‖ document), escapes included")
    func streamedCommitmentEqualsDocumentHash() {
        let salt = Commitment.randomBytes(count: 32)
        let body = Array(#"{"name":"caf\u00e9 \"q\"","x":[1,2]}"#.utf8)
        for (collection, identity, id, version) in [("c", "identity--x", "note--1", "v"),
                                                  ("a\"b", "identity--é", "x--\u{1F600}", "2024-01-01T00:00:00.000Z"),
                                                  ("tab\there", "line\nbreak", "slash/id", "")] {
            let streamed = Commitment.objectVersion(salt: salt[...], collectionID: collection, contributorIdentityID: identity,
                                                    objectID: id, body: body, version: version)
            let document = Commitment.objectDocument(collectionID: collection, contributorIdentityID: identity,
                                                     objectID: id, body: body, version: version)
            #expect(streamed == Commitment.commit(salt: salt, document: document))
        }
        #expect(Commitment.randomBytes(count: 64).count == 64)
        #expect(Commitment.randomBytes(count: 32) != Commitment.randomBytes(count: 32))
    }
}
