import Concord
import Testing

@Suite("Sequencing schedule")
struct SequencingScheduleTests {
    let schedule = SequencingSchedule()

    @Test("a full batch integrates at once; a partial one after the maximum delay; an empty queue never")
    func batchesCloseOnSizeOrDelay() {
        #expect(schedule.shouldIntegrate(queued: 256, waited: .zero))
        #expect(!schedule.shouldIntegrate(queued: 255, waited: .milliseconds(499)))
        #expect(schedule.shouldIntegrate(queued: 1, waited: .milliseconds(500)))
        #expect(!schedule.shouldIntegrate(queued: 0, waited: .seconds(60)))
    }

    @Test("a backlog is drained without pausing; otherwise steps are a step interval apart")
    func pausesOnlyWithoutBacklog() {
        #expect(schedule.pause(afterIntegrating: 4_096, stepLimit: 4_096) == .zero)
        #expect(schedule.pause(afterIntegrating: 300, stepLimit: 4_096) == .milliseconds(250))
        let custom = SequencingSchedule(batchSize: 10, maximumDelay: .seconds(2), pollInterval: .milliseconds(5), stepInterval: .milliseconds(20))
        #expect(custom.shouldIntegrate(queued: 10, waited: .zero))
        #expect(!custom.shouldIntegrate(queued: 9, waited: .seconds(1)))
        #expect(custom.pause(afterIntegrating: 9, stepLimit: 10) == .milliseconds(20))
    }
}
