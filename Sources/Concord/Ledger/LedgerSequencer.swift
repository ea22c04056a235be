public import ConcordStore
import Foundation
import Ledger

/// Integrates queued ledger entries into the log: assigns contiguous indices,
/// writes the tiles and signs a checkpoint, one atomic store step per batch.
/// When the node has witnesses, the checkpoint waits for ``WitnessClient`` to
/// gather their cosignatures before it is published.
///
/// A checkpoint is signed only for a size that extends the previous one, from
/// the stored tiles of that size, so the node never signs two inconsistent
/// checkpoints. Several nodes may run a sequencer on one store: the store
/// refuses a step whose starting size moved, and the loser simply retries.
public struct LedgerSequencer: Sendable {
    /// The store holding the queue, tiles and checkpoints.
    public let store: any Store
    /// The log key.
    public let key: NodeLedgerKey
    /// The most entries integrated in one step.
    public let batchLimit: Int

    /// Creates a sequencer.
    public init(store: any Store, key: NodeLedgerKey, batchLimit: Int = 4_096) {
        self.store = store
        self.key = key
        self.batchLimit = batchLimit
    }

    /// Publishes the size-0 checkpoint (root = SHA-256 of the empty string) if the log has none.
    public func publishInitialCheckpoint() async throws {
        guard try await store.ledgerTip() == nil else { return }
        let empty = try Checkpoint(origin: key.origin, size: 0, root: TreeHash.emptyRoot)
        let note = try SignedCheckpoint.sign(empty, with: [key.signer]).formatted
        do {
            try await store.integrate(LedgerIntegration(oldSize: 0, count: 0, tiles: [], checkpoint: note))
        } catch let error as StoreError where error.code == .conflict {
            return
        }
    }

    /// Integrates up to ``batchLimit`` queued entries.
    /// - Returns: how many were integrated (0 when the queue was empty).
    @discardableResult
    public func integratePending() async throws -> Int {
        guard let head = try await store.ledgerTip() else {
            try await publishInitialCheckpoint()
            return 0
        }
        let pending = try await store.unsequencedEntries(limit: batchLimit)
        guard !pending.isEmpty else { return 0 }
        guard pending.first?.index == head.size else {
            throw LedgerSequencerError(description: "the first waiting entry is \(pending[0].index), not \(head.size): the entry table has a gap")
        }
        let edge = try await store.ledgerTiles(LogAppender.edgeTileIDs(size: head.size))
        let grown = try LogAppender(oldSize: head.size, edgeTiles: edge).append(pending.map(\.leaf))
        let checkpoint = try Checkpoint(origin: key.origin, size: grown.size, root: grown.root)
        let note = try SignedCheckpoint.sign(checkpoint, with: [key.signer]).formatted
        let awaitWitnesses = try await !store.witnesses().isEmpty
        try await store.integrate(LedgerIntegration(oldSize: head.size, count: pending.count, tiles: grown.tiles,
                                                    checkpoint: note, publish: !awaitWitnesses))
        return pending.count
    }
}

extension LedgerSequencer {
    /// One turn of `schedule`: integrates if a batch is ready and says how long
    /// to pause before the next turn. `lastIntegration` is when the queue was
    /// last integrated or found empty; the turn updates it.
    public func step(on schedule: SequencingSchedule, lastIntegration: inout ContinuousClock.Instant) async throws -> Duration {
        let queued = try await store.unsequencedEntryCount(limit: schedule.batchSize)
        guard schedule.shouldIntegrate(queued: queued, waited: .now - lastIntegration) else {
            if queued == 0 { lastIntegration = .now }
            return schedule.pollInterval
        }
        let integrated = try await integratePending()
        lastIntegration = .now
        return schedule.pause(afterIntegrating: integrated, stepLimit: batchLimit)
    }
}

/// The sequencer found the store's entries inconsistent with its checkpoints.
public struct LedgerSequencerError: Error, CustomStringConvertible {
    /// What was found.
    public var description: String
}
