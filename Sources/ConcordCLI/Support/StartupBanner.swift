import Concord
import ConcordStore
import Foundation

/// What `concord serve` tells the operator once it listens: the discovery
/// URL, and any token created at this start (shown only this once).
struct StartupBanner: Sendable {
    var adminToken: String?
    var demoTokens: [(organization: String, token: String)] = []
    var demoSummary: String?
    var ledgerKey: String?

    /// Creates the admin organization and token on an empty node, and seeds the demo when asked.
    static func prepare(node: ConcordNode, demo: Bool) async throws -> StartupBanner {
        var banner = StartupBanner()
        let administration = node.administration
        if try await administration.organizations().isEmpty {
            _ = try await administration.createOrganization(named: "admin")
            banner.adminToken = try await administration.issueToken(organizationName: "admin", role: .admin).secret
        }
        if demo {
            let summary = try await DemoCommunity(administration: administration).seed()
            banner.demoTokens = summary.tokens
            banner.demoSummary = summary.created ? "demo community created: \(summary.objects) objects in 4 collections"
                                                 : "demo community already present"
        }
        return banner
    }

    func print(baseURL: String) {
        var lines = ["", "Concord is running. TAXII 2.1 discovery: \(baseURL)/taxii2/"]
        if let ledgerKey {
            lines += ["Ledger checkpoint: \(baseURL)/ledger/checkpoint  (verifier key: \(ledgerKey))"]
        }
        if let adminToken {
            lines += ["", "An admin organization was created. Its token is shown only this once:", "    admin: \(adminToken)"]
        }
        if let demoSummary {
            lines += ["", demoSummary + ". Publisher tokens (new at each start):"]
            lines += demoTokens.map { "    \($0.organization.padding(toLength: 17, withPad: " ", startingAt: 0)) \($0.token)" }
            if let first = demoTokens.first {
                lines += ["", "Try:", "    curl -H 'Authorization: Bearer \(first.token)' \(baseURL)/taxii2/api/collections/"]
            }
        }
        lines += ["", "Stop with Ctrl-C.", ""]
        FileHandle.standardOutput.write(Data(lines.joined(separator: "\n").utf8))
    }
}
