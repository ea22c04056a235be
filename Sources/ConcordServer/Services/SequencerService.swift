import Concord
import ConcordStore
import Foundation
import Logging
import ServiceLifecycle

/// Runs the ledger sequencer for the life of the server on a
/// ``SequencingSchedule`` (a batch closes at 256 entries or after 500 ms; a
/// backlog is drained without pausing). On graceful shutdown it integrates
/// what is queued, then stops.
public struct SequencerService: Service {
    let sequencer: LedgerSequencer
    let witnesses: WitnessClient
    let metrics: ConcordMetrics?
    let schedule: SequencingSchedule
    let logger: Logger

    /// Creates the service.
    public init(sequencer: LedgerSequencer, metrics: ConcordMetrics? = nil, schedule: SequencingSchedule = SequencingSchedule(),
                logger: Logger = Logger(label: "concord.sequencer")) {
        self.sequencer = sequencer
        witnesses = WitnessClient(store: sequencer.store)
        self.metrics = metrics
        self.schedule = schedule
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

    /// Integrates whenever the schedule says a batch is ready.
    func loop() async {
        var lastIntegration = ContinuousClock.now
        while !Task.isCancelled {
            var pause = schedule.pollInterval
            do {
                pause = try await sequencer.step(on: schedule, lastIntegration: &lastIntegration)
                await cosign()
            } catch {
                if Task.isCancelled { break }
                logger.error("ledger sequencing failed; retrying", metadata: ["error": "\(error)"])
            }
            if pause > .zero { try? await Task.sleep(for: pause) }
        }
    }
}
