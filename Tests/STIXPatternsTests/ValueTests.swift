import Testing
@testable import STIXPatterns

@Suite struct ValueTests {
    @Test(arguments: [
        ("2016-01-01T00:00:00Z", Int64(1_451_606_400_000_000)), ("2016-1-5T1:2:3Z", 1_451_955_723_000_000),
        ("2016-01- 5T00:00:00Z", 1_451_952_000_000_000), ("2016-01-01T00:00:00.5Z", 1_451_606_400_500_000),
        ("2016-01-01T00:00:00.123456789Z", 1_451_606_400_123_456), ("1969-12-31T23:59:59Z", -1_000_000),
    ])
    func timestampsParseLikeStrptime(text: String, micros: Int64) {
        #expect(PatternTimestamp(parsing: text)?.microseconds == micros)
    }

    @Test(arguments: ["2016-01-01T00:00:60Z", "2016-02-30T00:00:00Z", "0000-01-01T00:00:00Z", "2016-01-01t00:00:00Z",
                      "2016-01-01T00:00:00.Z", " 2016-01-01T00:00:00Z", "2016-01-01T00:00:00", "2016-01-01T00:00:00.1.2Z"])
    func invalidTimestamps(text: String) {
        #expect(PatternTimestamp(parsing: text) == nil)
    }

    @Test(arguments: [("1", UInt32(1)), ("1.2", 16_777_218), ("0x7f.1", 2_130_706_433), ("010.0.0.1", 134_217_729),
                      ("1.2.3.4 x", 16_909_060)])
    func inetAtonForms(text: String, value: UInt32) {
        #expect(IPNetwork.inetAton(text) == value)
    }

    @Test(arguments: ["1.2.3.256", "08.1.1.1", "0x", "1.2.3.4.5", "", " 1.2.3.4"])
    func inetAtonRejects(text: String) {
        #expect(IPNetwork.inetAton(text) == nil)
    }

    @Test func cidrContainment() throws {
        let inner = try #require(IPNetwork("10.1.2.3", requirePrefix: false))
        #expect(inner.isInside(try #require(IPNetwork("10.0.0.0/8", requirePrefix: true))))
        #expect(!inner.isInside(try #require(IPNetwork("10.1.2.0/31", requirePrefix: true))))
        #expect(IPNetwork("10.0.0.0/0", requirePrefix: true) == nil)
        let v6 = try #require(IPNetwork("2001:db8::1", requirePrefix: false))
        #expect(v6.isInside(try #require(IPNetwork("2001:db8::/32", requirePrefix: true))))
        #expect(!v6.isInside(try #require(IPNetwork("10.0.0.0/8", requirePrefix: true))))
    }

    @Test(arguments: [("a%", "abc", true), ("a_c", "abc", true), ("a_c", "ac", false), ("%", "", true),
                      ("abc", "abc\n", true), ("a%", "a\nb", false), ("%b%", "abc", true), ("a\\_", "a\\x", true)])
    func likeUsesSQLWildcards(pattern: String, text: String, expected: Bool) {
        #expect(LikePattern(pattern).matches(text) == expected)
    }

    @Test func base64IsLenientLikePython() {
        #expect(Base64.decode("AQ ID".unicodeScalars) == [1, 2, 3])
        #expect(Base64.decode("AQ==junk".unicodeScalars) == [1])
        #expect(Base64.decode("AQI".unicodeScalars) == nil)
        #expect(Hex.decode("0aFF".unicodeScalars) == [10, 255])
        #expect(Hex.decode("0".unicodeScalars) == nil)
    }
}
