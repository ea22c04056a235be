import STIX
import Testing

@Suite("STIXTimestamp")
struct TimestampTests {
    @Test("parses the STIX form", arguments: [
        "2016-05-12T08:17:27Z", "2016-05-12T08:17:27.000Z", "2016-05-12T08:17:27.123456789Z", "2020-02-29T23:59:59.5Z",
    ])
    func parses(_ text: String) throws {
        let timestamp = try #require(STIXTimestamp(text))
        #expect(timestamp.isRealDate)
        #expect(timestamp.description == text)
    }

    @Test("rejects other forms", arguments: [
        "2016-05-12T08:17:27", "2016-05-12 08:17:27Z", "2016-05-12T08:17:27+00:00", "2016-13-12T08:17:27Z",
        "2016-05-12T24:00:00Z", "2016-05-12T08:17:27.Z", "16-05-12T08:17:27Z", "2016-05-12T08:17:27.12aZ",
    ])
    func rejects(_ text: String) {
        #expect(STIXTimestamp(text) == nil)
    }

    @Test("well-formed but not real", arguments: ["2019-02-29T00:00:00Z", "2020-04-31T00:00:00Z", "2016-12-31T23:59:60Z"])
    func notReal(_ text: String) throws {
        #expect(try #require(STIXTimestamp(text)).isRealDate == false)
    }

    @Test func precision() throws {
        #expect(try #require(STIXTimestamp("2016-05-12T08:17:27.123Z")).hasMillisecondPrecision)
        #expect(try #require(STIXTimestamp("2016-05-12T08:17:27.12Z")).hasMillisecondPrecision == false)
        #expect(try #require(STIXTimestamp("2016-05-12T08:17:27Z")).hasWholeSeconds)
    }

    @Test func ordering() throws {
        let a = try #require(STIXTimestamp("2016-05-12T08:17:27.5Z"))
        let b = try #require(STIXTimestamp("2016-05-12T08:17:27.500Z"))
        let c = try #require(STIXTimestamp("2016-05-12T08:17:27.501Z"))
        #expect(a == b)
        #expect(b < c)
        #expect(try #require(STIXTimestamp("2015-12-31T23:59:59.999Z")) < a)
    }
}
