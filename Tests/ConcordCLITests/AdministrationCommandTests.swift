import Foundation
import Testing

@Suite("concord org, token and collection")
struct AdministrationCommandTests {
    @Test func organizationsAreCreatedOnceAndListed() throws {
        let cli = try CLIRunner()
        #expect(try cli.run(["org", "create", "city-cert"]).exitCode == 0)
        let duplicate = try cli.run(["org", "create", "city-cert"])
        #expect(duplicate.exitCode == 2)
        #expect(duplicate.standardError.contains("city-cert"))
        #expect(try cli.run(["org", "create", "bad name"]).exitCode == 2)
        let list = try cli.run(["org", "list", "--format", "json"])
        let organizations = try #require(JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
        #expect(organizations.map { $0["name"] as? String } == ["city-cert"])
        #expect((organizations.first?["identityID"] as? String)?.hasPrefix("identity--") == true)
    }

    @Test func tokenIsPrintedOnceAloneAndStoredOnlyAsHash() throws {
        let cli = try CLIRunner()
        try cli.run(["org", "create", "hospital"])
        let created = try cli.run(["token", "create", "--org", "hospital", "--role", "reader"])
        #expect(created.exitCode == 0)
        let secret = created.lastLine
        #expect(secret.hasPrefix("concord_") && !secret.contains(" "))
        let list = try cli.run(["token", "list"])
        #expect(list.standardOutput.contains("hospital"))
        #expect(!list.standardOutput.contains(secret))
        let database = try Data(contentsOf: cli.dataDirectory.appendingPathComponent("concord.sqlite"))
        let wal = (try? Data(contentsOf: cli.dataDirectory.appendingPathComponent("concord.sqlite-wal"))) ?? Data()
        #expect(database.range(of: Data(secret.utf8)) == nil)
        #expect(wal.range(of: Data(secret.utf8)) == nil)
        let tokenID = secret.split(separator: "_")[1]
        #expect(try cli.run(["token", "revoke", String(tokenID)]).exitCode == 0)
        #expect(try cli.run(["token", "revoke", String(tokenID)]).exitCode == 2)
        #expect(try cli.run(["token", "list"]).standardOutput.contains("revoked"))
    }

    @Test func unknownOrganizationOrRoleIsAnInputError() throws {
        let cli = try CLIRunner()
        #expect(try cli.run(["token", "create", "--org", "nobody", "--role", "reader"]).exitCode == 2)
        try cli.run(["org", "create", "transit"])
        #expect(try cli.run(["token", "create", "--org", "transit", "--role", "overlord"]).exitCode == 2)
    }

    @Test func collectionIdIsTheLastLineAndGrantsShowInTheList() throws {
        let cli = try CLIRunner()
        for name in ["city-cert", "water-utility", "hospital"] { try cli.run(["org", "create", name]) }
        let created = try cli.run(["collection", "create", "Water IOCs", "--read", "city-cert", "--write", "water-utility",
                                   "--default-tlp", "amber+strict"])
        #expect(created.exitCode == 0)
        let id = try #require(UUID(uuidString: created.lastLine))
        let idText = id.uuidString.lowercased()
        #expect(try cli.run(["collection", "grant", idText, "--org", "hospital", "--read"]).exitCode == 0)
        let list = try cli.run(["collection", "list", "--format", "json"])
        let collections = try #require(JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
        let collection = try #require(collections.first)
        #expect(collection["id"] as? String == idText)
        #expect(collection["defaultTLP"] as? String == "amber+strict")
        #expect(collection["readers"] as? [String] == ["city-cert", "hospital", "water-utility"])
        #expect(collection["writers"] as? [String] == ["water-utility"])
        #expect(try cli.run(["collection", "create", "x", "--read", "nobody"]).exitCode == 2)
        #expect(try cli.run(["collection", "grant", "not-a-uuid", "--org", "hospital", "--read"]).exitCode == 2)
    }
}
