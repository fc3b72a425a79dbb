import Dispatch
import Foundation
import Synchronization
import Testing
@testable import VigilStore

@Suite("Reader lanes")
struct ReaderLanesTests {
    @Test("while one lane is held by a long job, the other lanes run every job queued after it")
    func noJobWaitsBehindALongOne() {
        // given two lanes, and a first job that holds its lane until released
        let lanes = ReaderLanes(count: 2, label: "test.lanes")
        let release = DispatchSemaphore(value: 0)
        let ran = Mutex<[Int]>([])
        let allShortJobsRan = DispatchSemaphore(value: 0)
        lanes.submit {
            _ = release.wait(timeout: .now() + 30)
            ran.withLock { $0.append(0) }
        }
        // when seven short jobs are queued behind it
        for job in 1...7 {
            lanes.submit {
                let count = ran.withLock { ran in
                    ran.append(job)
                    return ran.count
                }
                if count == 7 { allShortJobsRan.signal() }
            }
        }
        // then all seven run on the free lane, in the order queued, while the first still holds
        // its lane (handing job n to lane n mod 2 left jobs 2, 4 and 6 waiting behind it)
        let finished = allShortJobsRan.wait(timeout: .now() + 30)
        #expect(finished == .success)
        #expect(ran.withLock { $0 } == [1, 2, 3, 4, 5, 6, 7])
        release.signal()
    }

    @Test("jobs queued after the lanes went idle still run, and each job runs once")
    func idleLanesWake() {
        let lanes = ReaderLanes(count: 3, label: "test.lanes")
        let counts = Mutex<[Int: Int]>([:])
        let done = DispatchSemaphore(value: 0)
        // Several waves, each submitted after the one before has finished, so the lanes go idle between them.
        for wave in 0..<5 {
            for job in 0..<100 {
                lanes.submit {
                    counts.withLock { $0[wave * 100 + job, default: 0] += 1 }
                    done.signal()
                }
            }
            for _ in 0..<100 { #expect(done.wait(timeout: .now() + 30) == .success) }
        }
        #expect(counts.withLock { $0.count } == 500)
        #expect(counts.withLock { $0.values.allSatisfy { $0 == 1 } })
    }

    /// Only Linux keeps a nice value per thread, so only there do the lanes lower theirs.
    static let threadPrioritiesAreOwn: Bool = {
        #if os(Linux)
        true
        #else
        false
        #endif
    }()

    @Test("a lane's jobs run at the lowered priority, and the submitting thread keeps its own",
          .enabled(if: threadPrioritiesAreOwn, "a thread's own nice value exists only on Linux; elsewhere the lanes keep the process's"))
    func lanesRunAtLowerPriority() {
        #if os(Linux)
        // given lanes five nice steps below the process
        let own = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        let lanes = ReaderLanes(count: 2, label: "test.lanes", niceness: 5)
        let seen = Mutex<[Int32]>([])
        let done = DispatchSemaphore(value: 0)
        // when jobs run on them, in two waves so the lanes go idle and start again in between
        for _ in 0..<2 {
            for _ in 0..<4 {
                lanes.submit {
                    seen.withLock { $0.append(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)) }
                    done.signal()
                }
            }
            for _ in 0..<4 { #expect(done.wait(timeout: .now() + 30) == .success) }
        }
        // then every job saw the lowered priority, once and not compounded, and this thread's is unchanged
        #expect(seen.withLock { $0 } == Array(repeating: min(19, own + 5), count: 8))
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == own)
        #endif
    }
}
