public import ConcordStore
public import Foundation
import Ledger
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Asks this log's witnesses to cosign its newest checkpoint, and adds the
/// cosignatures they return to the published note.
///
/// Each witness gets the checkpoint with a consistency proof from the last
/// size it cosigned; a witness that disagrees about that size (409) is asked
/// once more from the size it reports. A witness that is slow (over
/// ``timeout``) or unreachable is skipped: witnesses never block publishing.
public struct WitnessClient: Sendable {
    public let store: any Store
    public let timeout: TimeInterval

    public init(store: any Store, timeout: TimeInterval = 1) {
        self.store = store
        self.timeout = timeout
    }

    /// What one witness did with the newest checkpoint.
    public struct Report: Sendable {
        public var url: String
        public var cosignedSize: UInt64
        public var error: String?
    }

    /// Collects cosignatures for the newest integrated checkpoint and publishes
    /// it with them; a checkpoint is published even when no witness answers.
    @discardableResult
    public func cosignAndPublish() async throws -> [Report] {
        guard let head = try await store.ledgerTip(), head.size > (try await store.ledgerHead()?.size ?? 0) else { return [] }
        let witnesses = try await store.witnesses()
        guard !witnesses.isEmpty else {
            try await store.publishCheckpoint(size: head.size, checkpoint: head.checkpoint)
            return []
        }
        let reports = await withTaskGroup(of: (Report, String?).self) { group in
            for witness in witnesses {
                group.addTask { await ask(witness, head: head) }
            }
            return await group.reduce(into: [(Report, String?)]()) { $0.append($1) }
        }
        let lines = reports.compactMap(\.1).joined()
        try await store.publishCheckpoint(size: head.size, checkpoint: head.checkpoint + lines)
        for (report, _) in reports where report.error == nil {
            try await store.setWitnessSize(url: report.url, size: report.cosignedSize)
        }
        return reports.map(\.0)
    }

    func ask(_ witness: LogWitness, head: LedgerHead) async -> (Report, String?) {
        var oldSize = witness.lastSize
        for _ in 0..<2 {
            do {
                let proof = oldSize > 0 && oldSize < head.size
                    ? try await LedgerReader(store: store).consistencyProof(oldSize: oldSize, newSize: head.size) : []
                let body = AddCheckpointRequest.format(oldSize: oldSize, proof: proof, checkpoint: head.checkpoint)
                let (status, text) = try await post(body, to: witness.url)
                if status == 200 { return (Report(url: witness.url, cosignedSize: head.size), text) }
                if status == 409, let stored = UInt64(text.trimmingCharacters(in: .whitespacesAndNewlines)), stored != oldSize {
                    oldSize = stored
                    continue
                }
                return (Report(url: witness.url, cosignedSize: witness.lastSize, error: "answered \(status): \(text)"), nil)
            } catch {
                return (Report(url: witness.url, cosignedSize: witness.lastSize, error: "\(error)"), nil)
            }
        }
        return (Report(url: witness.url, cosignedSize: witness.lastSize, error: "size conflict persists"), nil)
    }

    func post(_ body: String, to base: String) async throws -> (Int, String) {
        guard let url = URL(string: base.hasSuffix("/") ? base + "add-checkpoint" : base + "/add-checkpoint") else {
            throw ConcordError(.invalidArgument, "bad witness URL \(base)")
        }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.httpBody = Data(body.utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}
