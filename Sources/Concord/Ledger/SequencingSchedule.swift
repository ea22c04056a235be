/// When a sequencer integrates, as a pure decision so the server's service
/// and the benchmarks follow one rule.
///
/// A batch closes when ``batchSize`` entries wait or the oldest waiting entry
/// has waited ``maximumDelay``; the queue is checked every ``pollInterval``.
/// After a step the sequencer waits ``stepInterval`` unless the step was full
/// (a backlog): each step is a durable transaction (an fsync) on the store's
/// single writer, so back-to-back small steps under steady ingest would cost
/// ingest far more than they buy in freshness. An entry is therefore
/// integrated at most about `stepInterval` + one step after its batch fills,
/// and at most `maximumDelay` + `stepInterval` after it was written.
public struct SequencingSchedule: Sendable, Hashable {
    /// Entries that close a batch at once.
    public var batchSize: Int
    /// The longest an entry waits for its batch to fill.
    public var maximumDelay: Duration
    /// The pause between checks of the queue.
    public var pollInterval: Duration
    /// The pause after a step that did not fill its limit.
    public var stepInterval: Duration

    /// Creates a schedule; the batch defaults are the ledger issue's (256 entries or 500 ms).
    public init(batchSize: Int = 256, maximumDelay: Duration = .milliseconds(500), pollInterval: Duration = .milliseconds(50),
                stepInterval: Duration = .milliseconds(250)) {
        self.batchSize = batchSize
        self.maximumDelay = maximumDelay
        self.pollInterval = pollInterval
        self.stepInterval = stepInterval
    }

    /// Whether to integrate now, given how many entries wait (counted up to
    /// ``batchSize``) and how long ago the queue was last empty or integrated.
    public func shouldIntegrate(queued: Int, waited: Duration) -> Bool {
        queued >= batchSize || (queued > 0 && waited >= maximumDelay)
    }

    /// How long to pause after a step that integrated `integrated` entries
    /// with a per-step limit of `stepLimit`: none after a full step (a backlog
    /// is drained at once), otherwise ``stepInterval``.
    public func pause(afterIntegrating integrated: Int, stepLimit: Int) -> Duration {
        integrated >= stepLimit ? .zero : stepInterval
    }
}
