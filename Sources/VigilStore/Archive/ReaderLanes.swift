import Dispatch
import Synchronization

/// A few serial dispatch queues (lanes) that take jobs from one shared queue, oldest first, whichever lane is free.
///
/// The read-ahead used to hand file *n* to lane *n mod lanes*. The first shared workbook is
/// ten times the size of most; the files queued behind it on its lane waited for it while the
/// other lane had read its share and sat idle, so for about a tenth of the import one core did nothing.
/// Here a lane that finishes takes the oldest job not yet started, wherever it was queued.
final class ReaderLanes: Sendable {
    typealias Job = @Sendable () -> Void

    private struct State {
        /// Jobs not yet started, oldest first, from `head` on.
        var pending: [Job] = []
        var head = 0
        /// The lanes with nothing to do.
        var idle: [Int]
    }

    private let lanes: [DispatchQueue]
    private let state: Mutex<State>

    init(count: Int, label: String) {
        lanes = (0..<count).map { DispatchQueue(label: "\(label).\($0)") }
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
        if let lane = wake { lanes[lane].async { self.drain(lane) } }
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
