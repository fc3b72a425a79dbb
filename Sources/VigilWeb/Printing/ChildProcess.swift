import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to its end without holding a Swift concurrency thread while it runs.
///
/// The cooperative pool has one thread per core (two here): a blocking `waitUntilExit()` or
/// pipe read in an async context would starve the server that the program (a headless
/// browser) is talking to. So output goes to files and the end is awaited through the
/// termination handler.
public enum ChildProcess {
    public struct Outcome: Sendable {
        public var status: Int32
        public var standardOutput: Data
        public var standardError: Data
        public var timedOut: Bool
    }

    /// Holds the running process for the watchdog; `Process` is not `Sendable`.
    private final class Running: @unchecked Sendable {
        let process = Process()
    }

    /// Runs `path` to its end, or for at most `timeout`: then it is asked to stop (SIGTERM) and, if it has
    /// not stopped `killAfter` later, killed (SIGKILL), because whoever waits on the outcome (a reader's
    /// request) was promised an answer by the deadline. SIGTERM alone is not enough: a program started
    /// from Swift's concurrency threads inherits their signal mask, SIGTERM blocked among the rest
    /// (`/proc/<pid>/status` of a child started in the test suite: `SigBlk: fffffffe3bfbea27`), and one
    /// that does not unblock it, as `sleep` does not, never sees it.
    public static func run(_ path: String, _ arguments: [String], timeout: Duration,
                           killAfter: Duration = .seconds(5)) async throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        // A file that could not be made is reported by `FileHandle(forWritingTo:)` just below.
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let running = Running()
        running.process.executableURL = URL(fileURLWithPath: path)
        running.process.arguments = arguments
        running.process.standardInput = FileHandle.nullDevice
        running.process.standardOutput = out
        running.process.standardError = err
        let watchdog = Task { () -> Bool in
            do { try await Task.sleep(for: timeout) } catch { return false }
            running.process.terminate()
            if (try? await Task.sleep(for: killAfter)) != nil, running.process.isRunning {
                kill(running.process.processIdentifier, SIGKILL)
            }
            return true
        }
        let status: Int32 = try await withCheckedThrowingContinuation { finished in
            running.process.terminationHandler = { finished.resume(returning: $0.terminationStatus) }
            do { try running.process.run() } catch { finished.resume(throwing: error) }
        }
        watchdog.cancel()
        let timedOut = await watchdog.value
        try out.close()
        try err.close()
        return Outcome(status: status, standardOutput: try Data(contentsOf: outURL), standardError: try Data(contentsOf: errURL),
                       timedOut: timedOut)
    }
}
