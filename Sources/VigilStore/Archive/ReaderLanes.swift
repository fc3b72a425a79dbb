import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A few lanes, each a thread of its own, that take jobs from one shared queue, oldest first,
/// whichever lane is free.
///
/// The read-ahead used to hand file *n* to lane *n mod lanes*. The first shared workbook is
/// ten times the size of most; the files queued behind it on its lane waited for it while the
/// other lane had read its share and sat idle, so for about a tenth of the import one core did nothing.
/// Here a lane that finishes takes the oldest job not yet started, wherever it was queued.
///
/// A lane's thread can run at a lower priority than the rest of the process (`niceness`, as
/// `nice` counts it): the read-ahead's readers are ahead of the storing they feed, so it is the
/// storing, and the database server it waits on, that should have a core first. A lane's thread
/// ends when the queue is empty, so the lowered priority ends with it and never reaches a
/// thread that others share (an unprivileged process cannot raise a thread's priority back).
/// Detection's work, which should likewise give way to the storing beside it, takes a lane of
/// its own (`ExpansionEventDetection.workBeside`).
final class ReaderLanes: Sendable {
    typealias Job = @Sendable () -> Void

    private struct State {
        /// Jobs not yet started, oldest first, from `head` on.
        var pending: [Job] = []
        var head = 0
        /// The lanes with nothing to do.
        var idle: [Int]
    }

    private let label: String
    private let niceness: Int32
    private let state: Mutex<State>

    init(count: Int, label: String, niceness: Int32 = 0) {
        self.label = label
        self.niceness = niceness
        state = Mutex(State(idle: Array((0..<count).reversed())))
    }

    /// Runs `job` on the first lane free.
    func submit(_ job: @escaping Job) {
        // The job is queued and an idle lane (if any) claimed in one step, so a lane going idle
        // just then either sees the job or is the one claimed.
        let wake: Int? = state.withLock { state in
            state.pending.append(job)
            return state.idle.popLast()
        }
        guard let lane = wake else { return }
        let thread = Thread { [self] in
            lowerPriority()
            drain(lane)
        }
        thread.name = "\(label).\(lane)"
        thread.start()
    }

    /// Lowers the calling thread's priority by `niceness`. On Linux a thread's nice value is its
    /// own, and `setpriority` with `who` 0 changes only the calling thread's; elsewhere it would
    /// change the whole process's, so there the lanes keep the process's priority.
    private func lowerPriority() {
        #if os(Linux)
        guard niceness > 0 else { return }
        let current = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, min(19, current + niceness))
        #endif
    }

    /// Runs queued jobs on `lane` until there are none, then marks the lane idle.
    private func drain(_ lane: Int) {
        while let job = nextJob(orIdle: lane) { job() }
    }

    private func nextJob(orIdle lane: Int) -> Job? {
        state.withLock { state in
            guard state.head < state.pending.count else {
                state.pending.removeAll(keepingCapacity: true)
                state.head = 0
                state.idle.append(lane)
                return nil
            }
            let job = state.pending[state.head]
            state.head += 1
            // A long import whose lanes never run dry drops the jobs started, now and then.
            if state.head == 64 {
                state.pending.removeFirst(state.head)
                state.head = 0
            }
            return job
        }
    }
}
