import Concord
import ConcordStore
import Foundation
import Ledger
import Testing

@Suite("Witness")
struct WitnessTests {
    /// A log held in memory, signed by `key`.
    struct FakeLog {
        var tree = MemoryTree()
        let key: NoteSignerKey

        mutating func grow(_ entries: [String]) throws -> String {
            for entry in entries { tree.append(leafData: Data(entry.utf8)) }
            let checkpoint = try Checkpoint(origin: key.keyName, size: tree.size, root: try tree.rootHash(size: tree.size))
            return try SignedCheckpoint.sign(checkpoint, with: [key]).formatted
        }

        func request(old: UInt64, checkpoint: String) throws -> String {
            let proof = old > 0 && old < tree.size ? try ConsistencyProof.generate(oldSize: old, newSize: tree.size, reader: tree) : []
            return AddCheckpointRequest.format(oldSize: old, proof: proof, checkpoint: checkpoint)
        }
    }

    static func makeWitness() async throws -> (Witness, NoteSignerKey) {
        let test = try await TestNode()
        let logKey = try NoteSignerKey.generate(name: "log.example/concord")
        try await test.node.store.trustLog(origin: logKey.keyName, verifierKey: try logKey.verifierKey.description)
        let witnessKey = try NodeWitnessKey.loadOrCreate(dataDirectory: test.node.dataDirectory, name: "witness.example/w")
        return (Witness(store: test.node.store, key: witnessKey), logKey)
    }

    @Test func cosignsAGrowingLogAndVerifiesAsCosignatureV1() async throws {
        let (witness, logKey) = try await Self.makeWitness()
        var log = FakeLog(key: logKey)
        let first = try log.grow(["a", "b", "c"])
        guard case .cosigned(let lines) = try await witness.addCheckpoint(try log.request(old: 0, checkpoint: first)) else {
            Issue.record("first checkpoint not cosigned")
            return
        }
        let cosigned = try SignedCheckpoint(parsing: first + lines)
        let witnessVerifier = try NoteVerifierKey(parsing: witness.key.verifierKey)
        #expect(cosigned.verify(with: [witnessVerifier]).verifiedCount(among: [witnessVerifier]) == 1)
        let second = try log.grow(["d", "e"])
        guard case .cosigned = try await witness.addCheckpoint(try log.request(old: 3, checkpoint: second)) else {
            Issue.record("a consistent growth from the cosigned size should be cosigned")
            return
        }
        if case .cosigned = try await witness.addCheckpoint(try log.request(old: 5, checkpoint: second)) {} else {
            Issue.record("re-submitting the same checkpoint should be cosigned again")
        }
    }

    @Test func refusesAForkedLog() async throws {
        let (witness, logKey) = try await Self.makeWitness()
        var honest = FakeLog(key: logKey)
        var fork = FakeLog(key: logKey)
        let base = try honest.grow(["a", "b"])
        _ = try fork.grow(["a", "b"])
        _ = try await witness.addCheckpoint(try honest.request(old: 0, checkpoint: base))
        let honestNext = try honest.grow(["c", "d"])
        let forkedNext = try fork.grow(["x", "y"])
        if case .cosigned = try await witness.addCheckpoint(try honest.request(old: 2, checkpoint: honestNext)) {} else {
            Issue.record("the honest checkpoint should be cosigned")
        }
        #expect(try await witness.addCheckpoint(try fork.request(old: 4, checkpoint: forkedNext)) == .conflict(storedSize: 4),
                "same size, different root: a fork")
        var forkLonger = fork
        let forkedLater = try forkLonger.grow(["z"])
        let outcome = try await witness.addCheckpoint(try forkLonger.request(old: 4, checkpoint: forkedLater))
        guard case .inconsistent = outcome else {
            Issue.record("a fork that grew must fail the consistency proof, got \(outcome)")
            return
        }
    }

    @Test func answersTheSpecStatuses() async throws {
        let (witness, logKey) = try await Self.makeWitness()
        var log = FakeLog(key: logKey)
        let checkpoint = try log.grow(["a"])
        #expect(try await witness.addCheckpoint("nonsense") == .badRequest("the body must be 'old N', proof lines, an empty line and a signed checkpoint"))
        var stranger = FakeLog(key: try NoteSignerKey.generate(name: "other.example/log"))
        if case .unknownLog = try await witness.addCheckpoint(try stranger.request(old: 0, checkpoint: try stranger.grow(["a"]))) {} else {
            Issue.record("an unknown origin is 404")
        }
        var impostor = FakeLog(key: try NoteSignerKey.generate(name: "log.example/concord"))
        if case .forbidden = try await witness.addCheckpoint(try impostor.request(old: 0, checkpoint: try impostor.grow(["a"]))) {} else {
            Issue.record("a checkpoint not signed by the trusted key is 403")
        }
        if case .badRequest = try await witness.addCheckpoint(try log.request(old: 9, checkpoint: checkpoint)) {} else {
            Issue.record("old size above the checkpoint size is 400")
        }
        _ = try await witness.addCheckpoint(try log.request(old: 0, checkpoint: checkpoint))
        #expect(try await witness.addCheckpoint(try log.request(old: 0, checkpoint: checkpoint)) == .conflict(storedSize: 1),
                "old size 0 only for a log never cosigned")
    }
}
