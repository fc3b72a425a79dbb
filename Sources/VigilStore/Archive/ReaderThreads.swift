import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Threads of their own that read workbooks, each taking the next file as it comes free,
/// run at a lower scheduling priority than the rest of the process.
///
/// Storing is the import's one sequential path: releases are stored one after another, and
/// on PostgreSQL each waits on the server. Reading only has to stay ahead of it. At equal
/// priority, two readers on two cores took the cores from the storing task and from the
/// database server whenever both were ready to run, and every release stored waited its turn;
/// at a lower priority they take what storing leaves, and storing is never kept waiting by them.
final class ReaderThreads: Sendable {
    /// How much lower than the process readers run (Linux `nice` steps; 0 is the same priority).
    static let niceness: Int32 = 10

    private let queue = JobQueue()

    init(count: Int, label: String) {
        for index in 0..<count {
            let queue = self.queue
            let name = "\(label)-\(index)"
            let thread = Thread {
                #if canImport(Glibc)
                // On Linux the nice value belongs to each thread, and 0 names the calling one: this
                // lowers this reader alone (`man 2 setpriority`, "Bugs").
                _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, ReaderThreads.niceness)
                #endif
                // Named for `ps -L` and `perf` (the kernel keeps 15 bytes). Foundation passes the
                // name on to the system only when a thread names itself.
                Thread.current.name = String(name.prefix(15))
                while let job = queue.take() { job() }
            }
            thread.start()
        }
    }

    /// Runs `job` on the first reader free, after the jobs given before it have started.
    func run(_ job: @escaping @Sendable () -> Void) { queue.put(job) }

    /// The threads end once the jobs given so far are done, including when this is dropped
    /// with files left unread (a failed import), so no thread outlives its use.
    deinit { queue.close() }

    /// First in, first out, waited on by the threads.
    private final class JobQueue: @unchecked Sendable {
        // Guarded by `condition`.
        private let condition = NSCondition()
        private var jobs: [@Sendable () -> Void] = []
        private var closed = false

        func put(_ job: @escaping @Sendable () -> Void) {
            condition.lock()
            jobs.append(job)
            condition.signal()
            condition.unlock()
        }

        /// The next job, or nil once the queue is closed and empty.
        func take() -> (@Sendable () -> Void)? {
            condition.lock()
            defer { condition.unlock() }
            while jobs.isEmpty && !closed { condition.wait() }
            return jobs.isEmpty ? nil : jobs.removeFirst()
        }

        func close() {
            condition.lock()
            closed = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
