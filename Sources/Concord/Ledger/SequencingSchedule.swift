/// When a sequencer integrates, as a pure decision so the server's service
/// and the benchmarks follow one rule.
///
/// A batch closes when ``batchSize`` entries wait or the oldest waiting entry
/// has waited ``maximumDelay``. After a step the sequencer pauses for
/// ``pollInterval`` unless the step was full (a backlog): each step is a
/// durable transaction on the store's single writer, so back-to-back small
/// steps under steady ingest would cost ingest far more than they buy in
/// freshness. An entry is therefore integrated at most about
/// `pollInterval` + one step after a batch fills, and at most
/// `maximumDelay` + `pollInterval` after it was written.
public struct SequencingSchedule: Sendable, Hashable {
    /// Entries that close a batch at once.
    public var batchSize: Int
    /// The longest an entry waits for its batch to fill.
    public var maximumDelay: Duration
    /// The pause between checks, and after a step that cleared the queue.
    public var pollInterval: Duration

    /// Creates a schedule; the defaults are the ledger issue's (256 entries or 500 ms).
    public init(batchSize: Int = 256, maximumDelay: Duration = .milliseconds(500), pollInterval: Duration = .milliseconds(50)) {
        self.batchSize = batchSize
        self.maximumDelay = maximumDelay
        self.pollInterval = pollInterval
    }

    /// Whether to integrate now, given how many entries wait (counted up to
    /// ``batchSize``) and how long ago the queue was last empty or integrated.
    public func shouldIntegrate(queued: Int, waited: Duration) -> Bool {
        queued >= batchSize || (queued > 0 && waited >= maximumDelay)
    }

    /// How long to pause after a step that integrated `integrated` entries
    /// with a per-step limit of `stepLimit`: none after a full step (a backlog
    /// is drained at once), otherwise ``pollInterval``.
    public func pause(afterIntegrating integrated: Int, stepLimit: Int) -> Duration {
        integrated >= stepLimit ? .zero : pollInterval
    }
}
