import Concord
import ConcordStore
import Foundation
import Logging
import ServiceLifecycle

/// Runs the ledger sequencer for the life of the server: a batch closes at
/// 256 entries or after 500 ms, and a backlog is drained without waiting.
/// On graceful shutdown it integrates what is queued, then stops.
public struct SequencerService: Service {
    let sequencer: LedgerSequencer
    let witnesses: WitnessClient
    let metrics: ConcordMetrics?
    let batchSize: Int
    let maximumDelay: Duration
    let logger: Logger

    /// Creates the service.
    public init(sequencer: LedgerSequencer, metrics: ConcordMetrics? = nil, batchSize: Int = 256,
                maximumDelay: Duration = .milliseconds(500), logger: Logger = Logger(label: "concord.sequencer")) {
        self.sequencer = sequencer
        witnesses = WitnessClient(store: sequencer.store)
        self.metrics = metrics
        self.batchSize = batchSize
        self.maximumDelay = maximumDelay
        self.logger = logger
    }

    public func run() async throws {
        try await sequencer.publishInitialCheckpoint()
        await cancelWhenGracefulShutdown { await loop() }
        while (try? await sequencer.integratePending()) ?? 0 > 0 {}
        await cosign()
    }

    /// Asks the witnesses to cosign the new head; failures are logged and shown in metrics, never fatal.
    func cosign() async {
        do {
            let reports = try await witnesses.cosignAndPublish()
            let size = try await sequencer.store.ledgerHead()?.size ?? 0
            metrics?.recordLedger(size: size, witnesses: reports)
            for report in reports where report.error != nil {
                logger.warning("witness did not cosign", metadata: ["witness": "\(report.url)", "error": "\(report.error ?? "")"])
            }
        } catch {
            logger.error("collecting cosignatures failed", metadata: ["error": "\(error)"])
        }
    }

    /// Integrates whenever a batch is full or its oldest entry has waited long enough.
    func loop() async {
        var lastIntegration = ContinuousClock.now
        while !Task.isCancelled {
            do {
                let queued = try await sequencer.store.unsequencedEntryCount(limit: batchSize)
                if queued >= batchSize || (queued > 0 && ContinuousClock.now - lastIntegration >= maximumDelay) {
                    try await sequencer.integratePending()
                    await cosign()
                    lastIntegration = .now
                    continue
                }
                await cosign()
                if queued == 0 { lastIntegration = .now }
            } catch {
                if Task.isCancelled { break }
                logger.error("ledger sequencing failed; retrying", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
    }
}
