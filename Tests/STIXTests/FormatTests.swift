import STIX
import Testing

/// String formats, checked through the SCO properties that use them.
@Suite("String formats")
struct FormatTests {
    func errors(_ fixture: String, _ property: String, _ value: String) -> [ValidationFinding.Code] {
        var object = ValidObjects.object(fixture)
        object[property] = .string(value)
        return STIXValidator().validate(.object(object)).filter { $0.severity == .error }.map(\.code)
    }

    @Test("URIs", arguments: [
        ("https://example.com/a?b=c#d", true), ("mailto:a@b.example", true), ("urn:isbn:123", true),
        ("http://[::1]:8080/", true), ("http://a/%41", true),
        ("example.com", false), ("http://exa mple.com", false), ("http://a/%zz", false), ("http://a:b/", false),
        ("http://a#b#c", false), ("1http://a", false),
    ])
    func uri(_ value: String, _ valid: Bool) {
        #expect(errors("url", "value", value).isEmpty == valid)
    }

    @Test("IPv4 addresses", arguments: [
        ("10.0.0.1", true), ("10.0.0.0/8", true), ("255.255.255.255/32", true),
        ("10.0.0", false), ("10.0.0.256", false), ("10.0.0.01", false), ("10.0.0.0/33", false),
    ])
    func ipv4(_ value: String, _ valid: Bool) {
        #expect(errors("ipv4-addr", "value", value).isEmpty == valid)
    }

    @Test("IPv6 addresses", arguments: [
        ("2001:db8::1", true), ("::1", true), ("::", true), ("1:2:3:4:5:6:7:8", true), ("fe80::1%eth0", true), ("2001:db8::/32", true),
        ("1:2:3:4:5:6:7:8:9", false), ("2001:db8:::1", false), ("1::2::3", false), ("12345::1", false), ("2001:db8::/129", false),
    ])
    func ipv6(_ value: String, _ valid: Bool) {
        #expect(errors("ipv6-addr", "value", value).isEmpty == valid)
    }

    @Test("domain names", arguments: [
        ("example.com", true), ("example.com.", true), ("xn--nxasmq6b.com", true), ("bücher.de", true),
        ("ex_ample.com", false), ("-a.com", false), ("a..b", false), ("*.example.com", false), ("", false),
    ])
    func domainName(_ value: String, _ valid: Bool) {
        #expect(errors("domain-name", "value", value).isEmpty == valid)
    }

    @Test("e-mail addresses", arguments: [
        ("john.doe+tag@example.co.uk", true), ("a@b.c", true),
        ("john", false), ("@example.com", false), ("a@b", false), ("a b@c.d", false),
    ])
    func email(_ value: String, _ valid: Bool) {
        #expect(errors("email-addr", "value", value).isEmpty == valid)
    }

    @Test("CPE 2.3", arguments: [
        ("cpe:2.3:a:microsoft:word:2000:*:*:*:*:*:*:*", true), ("cpe:2.3:o:linux:linux_kernel:5.4\\:1:*:*:*:*:*:*:*", true),
        ("cpe:2.3:a:microsoft:word", false), ("cpe:/a:microsoft:word:2000", false), ("cpe:2.3:x:a:b:c:*:*:*:*:*:*:*", false),
    ])
    func cpe(_ value: String, _ valid: Bool) {
        #expect(errors("software", "cpe", value).isEmpty == valid)
    }
}
