import ArgumentParser
import VigilCore

/// How every `vigil import` command treats the files it is given, so each says the same:
/// a file it cannot read or store is reported as `<file>: REFUSED: <reason>` (the reason an
/// `ImportFailure` gives, naming file, row and column), and the command exits 1.
///
/// A new import command reads its file through `read`, stores inside
/// `options.withDatabase { }` through `store`, or, for several files, loops with `each`.
enum FileImports {
    /// The one word every import prints for a file it did not take.
    static let refusedWord = "REFUSED"

    static func reportRefusal(_ file: String, _ error: any Error) {
        Console.error("\(file): \(refusedWord): \(reason(error))")
    }

    static func reason(_ error: any Error) -> String {
        (error as? ImportFailure)?.description ?? String(describing: error)
    }

    /// Reads `file` with `body`; a refusal is reported and the command exits 1.
    static func read<T>(_ file: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            reportRefusal(file, error)
            throw ExitCode(1)
        }
    }

    /// Stores what was read from `file` with `body`; a refusal is reported and the command exits 1.
    static func store<T>(_ file: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            reportRefusal(file, error)
            throw ExitCode(1)
        }
    }

    /// Imports each file in turn with `body`, each on its own: a refused file is reported,
    /// labelled by `label`, and the next goes on. Returns how many were refused; pass it to
    /// `exitIfAnyRefused` once the command's last step is done.
    static func each(_ files: [String], label: (String) -> String = { $0 },
                     _ body: (String) async throws -> Void) async -> Int {
        var refused = 0
        for file in files {
            do {
                try await body(file)
            } catch {
                refused += 1
                reportRefusal(label(file), error)
            }
        }
        return refused
    }

    /// Exit status 1 when any file was refused.
    static func exitIfAnyRefused(_ refused: Int) throws {
        if refused > 0 { throw ExitCode(1) }
    }
}
