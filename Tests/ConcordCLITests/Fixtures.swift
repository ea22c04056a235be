import Foundation

/// Small STIX documents for CLI tests.
enum Fixtures {
    static func indicator(_ n: Int, modified: String = "2024-05-01T10:00:00.000Z") -> String {
        let id = String(format: "indicator--8e2e2d2b-17d4-4cbf-938f-%012x", n)
        return """
            {"type":"indicator","spec_version":"2.1","id":"\(id)","created":"2024-05-01T10:00:00.000Z",\
            "modified":"\(modified)","name":"C2 address \(n)","pattern":"[ipv4-addr:value = '198.51.100.\(n % 250)']",\
            "pattern_type":"stix","valid_from":"2024-05-01T10:00:00Z","indicator_types":["malicious-activity"]}
            """
    }

    /// An indicator missing `pattern` and with an impossible `created`.
    static let brokenIndicator = """
        {"type":"indicator","spec_version":"2.1","id":"indicator--0f2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",\
        "created":"2024-02-30T00:00:00Z","modified":"2024-03-01T00:00:00Z","pattern_type":"stix",\
        "valid_from":"2024-05-01T10:00:00Z"}
        """

    static func bundle(_ objects: [String]) -> String {
        "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":[\n" + objects.joined(separator: ",\n") + "\n]}"
    }
}
