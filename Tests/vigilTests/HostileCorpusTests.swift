import Foundation
import Testing
import VigilTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The hostile corpus (`scripts/make-hostile-corpus`): every file is fed to the real `vigil`
/// binary, as a user would, and must be refused — exit status 1, a message naming the file
/// and the limit or problem — with the database exactly as before and the process's peak
/// memory under 1 GiB.
///
/// Why a child process per file: peak memory is only meaningful for a process that read
/// nothing else. The kernel keeps each process's high-water mark (VmHWM); `wait4` returns
/// it as `ru_maxrss` when the child is reaped, with no polling that could miss a short
/// peak, and a runaway reader can be killed (`timeout`) without taking the test run down.
@Suite("Hostile corpus: every file refused, named, nothing stored, under 1 GiB")
struct HostileCorpusTests {
    @Test("the corpus covers every importer with at least 50 files", .enabled(if: HostileCorpus.canRun, HostileCorpus.skipReason))
    func coverage() throws {
        let cases = try HostileCorpus.shared.get().cases
        #expect(cases.count >= 50)
        let commands = Set(cases.map(\.command))
        #expect(commands == ["ice-stats", "facilities", "stays", "daily-population", "deaths", "incidents", "operators", "national-adp"])
    }

    @Test("a hostile file is refused", .enabled(if: HostileCorpus.canRun, HostileCorpus.skipReason),
          arguments: HostileCorpus.caseNames)
    func refused(file: String) throws {
        let corpus = try HostileCorpus.shared.get()
        let hostile = try #require(corpus.cases.first { $0.file == file })
        // given a copy of the seeded database
        let folder = corpus.folder.appendingPathComponent("run-\(file)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("vigil.sqlite")
        try FileManager.default.copyItem(at: corpus.database, to: database)

        // when the real binary imports the file
        let run = try ChildProcess.run(
            ["timeout", "-s", "KILL", "120", corpus.vigil.path, "import", hostile.command,
             corpus.folder.appendingPathComponent(file).path, "--database-url", "sqlite://" + database.path],
            output: folder.appendingPathComponent("output.txt"))
        print("hostile corpus: \(file): exit \(run.status), peak \(run.peakBytes >> 20) MB, \(String(format: "%.2f", run.seconds)) s: \(run.output.split(separator: "\n").first { $0.contains(file) } ?? "")")

        // then it is refused (not crashed, not killed), naming the file and the problem,
        #expect(run.status == 1, "\(file) (\(hostile.why)): exit status \(run.status); output:\n\(run.output.prefix(2000))")
        #expect(run.output.contains(file), "the message does not name \(file):\n\(run.output.prefix(2000))")
        #expect(run.output.contains(hostile.expected), "\(file): the message does not say \"\(hostile.expected)\":\n\(run.output.prefix(2000))")
        // nothing is stored,
        #expect(try HostileCorpus.dump(database) == corpus.baselineDump, "\(file) changed the database")
        // and memory stayed bounded.
        #expect(run.peakBytes < 1 << 30, "\(file): peak memory \(run.peakBytes >> 20) MB")
    }
}

/// The corpus, generated once per test run into a temporary folder, with the database every
/// case starts from.
struct HostileCorpus: Sendable {
    struct Case: Sendable {
        let file: String
        let command: String
        let expected: String
        let why: String
    }

    let folder: URL
    let cases: [Case]
    let vigil: URL
    let database: URL
    let baselineDump: String

    static var generator: URL { SharedData.packageRoot.appendingPathComponent("scripts/make-hostile-corpus") }
    static var vigilBinary: URL {
        // The test runner sits next to the products it was built with.
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let beside = runner.deletingLastPathComponent().appendingPathComponent("vigil")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return SharedData.packageRoot.appendingPathComponent(".build/debug/vigil")
    }

    static func onPath(_ tool: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    static let canRun = onPath("python3") && onPath("sqlite3") && onPath("timeout")
        && FileManager.default.isExecutableFile(atPath: vigilBinary.path)
    static let skipReason: Comment = "skipped: needs python3 (to generate the corpus), sqlite3 (to dump the database), timeout and a built vigil binary"

    /// Generated on first use; the error, if any, is kept so every case reports it.
    static let shared: Result<HostileCorpus, any Error> = Result { try HostileCorpus.make() }

    static var caseNames: [String] {
        guard canRun, let corpus = try? shared.get() else { return [] }
        return corpus.cases.map(\.file)
    }

    private static func make() throws -> HostileCorpus {
        CorpusCleanup.removeLeftovers()
        let folder = CorpusCleanup.folder(of: getpid()), generatorOutput = CorpusCleanup.generatorOutput(of: getpid())
        try? FileManager.default.removeItem(at: folder)
        CorpusCleanup.removeAtExit([folder, generatorOutput])
        let generated = try ChildProcess.run(["python3", generator.path, folder.path], output: generatorOutput)
        guard generated.status == 0 else { throw CorpusError("the generator failed: \(generated.output)") }
        let manifest = try String(contentsOf: folder.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        let cases = manifest.split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(file: fields[0], command: fields[1], expected: fields[2], why: fields[3])
        }
        // The database every case starts from: its whole schema made (an import of workbooks
        // alone makes only its part, `SchemaScope`, and the next import of another kind would
        // make the rest), and holding a real release when the shared data is there, so that a
        // reader deleting or rewriting rows would show.
        let database = folder.appendingPathComponent("baseline.sqlite")
        var seeds = [["migrate"]]
        if let workbook = SharedData.path("ice-stats/FY24_detentionStats.xlsx") { seeds.append(["import", "ice-stats", workbook.path]) }
        for seed in seeds {
            let seeded = try ChildProcess.run([vigilBinary.path] + seed + ["--database-url", "sqlite://" + database.path],
                                              output: folder.appendingPathComponent("seed.txt"))
            guard seeded.status == 0 else { throw CorpusError("seeding the database failed: \(seeded.output)") }
        }
        return HostileCorpus(folder: folder, cases: cases, vigil: vigilBinary, database: database,
                             baselineDump: try dump(database))
    }

    /// The whole database as SQL text (`sqlite3 .dump`): equal dumps, equal contents.
    static func dump(_ database: URL) throws -> String {
        let output = database.deletingLastPathComponent().appendingPathComponent("dump-\(UUID().uuidString).sql")
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try ChildProcess.run(["sqlite3", database.path, ".dump"], output: output)
        guard run.status == 0 else { throw CorpusError("sqlite3 .dump failed: \(run.output)") }
        return run.output
    }

    struct CorpusError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

/// The corpus is over 300 MB (a 300 MB deaths file among others): it goes when the test process
/// exits, and one left by a run that did not exit (killed, crashed) goes at the next run.
/// Left behind once per run, they had filled the temporary folder with gigabytes.
enum CorpusCleanup {
    nonisolated(unsafe) private static var atExit: [URL] = []

    static func folder(of pid: pid_t) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("vigil-hostile-corpus-\(pid)")
    }

    static func generatorOutput(of pid: pid_t) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("vigil-hostile-generator-\(pid).txt")
    }

    /// Called once, from `HostileCorpus.make()`, before any test reads the corpus.
    static func removeAtExit(_ paths: [URL]) {
        atExit = paths
        atexit { for path in CorpusCleanup.atExit { try? FileManager.default.removeItem(at: path) } }
    }

    /// Corpora of test processes that are no longer running.
    static func removeLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? []
        for name in names where name.hasPrefix("vigil-hostile-corpus-") {
            guard let pid = pid_t(name.dropFirst("vigil-hostile-corpus-".count)), pid != getpid(),
                  kill(pid, 0) == -1, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: folder(of: pid))
            try? FileManager.default.removeItem(at: generatorOutput(of: pid))
        }
    }
}

/// A child process run to completion with `posix_spawnp`, its stdout and stderr in one file,
/// reaped by `wait4` for its exit status and peak resident memory.
enum ChildProcess {
    struct Run {
        /// The exit status, or 128 + the signal that ended it.
        var status: Int32
        var output: String
        var peakBytes: Int
        var seconds: Double
    }

    /// `input`, when given, is the child's standard input; `errors`, when given, takes its
    /// standard error apart from `output` (`vigil screen` writes JSON to one, notes to the other).
    static func run(_ arguments: [String], output: URL, input: URL? = nil, errors: URL? = nil) throws -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let input { posix_spawn_file_actions_addopen(&actions, 0, input.path, O_RDONLY, 0) }
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if let errors {
            posix_spawn_file_actions_addopen(&actions, 2, errors.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Date()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw HostileCorpus.CorpusError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(started)
        let exited = status & 0x7F == 0
        let text = (try? String(contentsOf: output, encoding: .utf8))
            ?? String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
        return Run(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output: text,
                   peakBytes: usage.ru_maxrss * 1024, seconds: seconds)
    }
}
