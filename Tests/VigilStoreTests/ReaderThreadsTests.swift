#if canImport(Glibc)
import Foundation
import Glibc
import Synchronization
import Testing
@testable import VigilStore

@Suite("Reader threads")
struct ReaderThreadsTests {
    /// The names of this process's threads that start with `prefix`.
    static func threads(named prefix: String) -> [String] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
        return tasks.compactMap { try? String(contentsOfFile: "/proc/self/task/\($0)/comm", encoding: .utf8) }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { $0.hasPrefix(prefix) }
    }

    @Test("every job runs once, on a thread below the process's priority, and the threads end when dropped")
    func runsBelowPriorityAndEnds() async throws {
        var readers: ReaderThreads? = ReaderThreads(count: 2, label: "vt-readers")
        let seen = Mutex<[Int: Int32]>([:])
        let jobs = 40
        await withCheckedContinuation { (finished: CheckedContinuation<Void, Never>) in
            let left = Mutex(jobs)
            for job in 0..<jobs {
                readers?.run {
                    let nice = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
                    seen.withLock { $0[job, default: 0] += 100 + nice }  // 100 per run, plus the nice value
                    if left.withLock({ $0 -= 1; return $0 }) == 0 { finished.resume() }
                }
            }
        }
        // each job ran exactly once, at the readers' lower priority
        #expect(seen.withLock { $0 } == Dictionary(uniqueKeysWithValues: (0..<jobs).map { ($0, 100 + ReaderThreads.niceness) }))
        #expect(Self.threads(named: "vt-readers").count == 2)
        // when the last reference goes, both threads end
        readers = nil
        var waited = 0
        while !Self.threads(named: "vt-readers").isEmpty && waited < 200 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        #expect(Self.threads(named: "vt-readers").isEmpty)
    }
}
#endif
