import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

/// `vigil screen`: one person's facts as JSON on standard input, every release path as JSON
/// on standard output.
struct ScreenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen one person's facts (JSON on standard input) against every release path, as of a day.",
        discussion: """
            Input fields: citizenship, entered_us, continuously_present_since, birth_date, pregnant, postpartum_since, \
            nursing, conditions, serious_mental_disorder, disability, criminal, arriving, final_order (dates as \
            YYYY-MM-DD; any may be left out or null when not known). Output: as_of and paths, each with rule, kind, \
            status, because, missing_evidence, source and effective. TPS designations come from --tps FILE when \
            given, else from the latest version stored by `vigil import tps`. See docs/release-screener.md. \
            Not legal advice.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("as-of"), help: "The day to screen as of, YYYY-MM-DD (default: today, UTC).",
            transform: { text in
                guard let date = CalendarDate(iso: text) else { throw ValidationError("--as-of: “\(text)” is not a date as YYYY-MM-DD") }
                return date
            })
    var asOf: CalendarDate?

    @Option(name: .customLong("tps"), help: "A TPS designations file to screen against instead of the stored designations.")
    var tpsFile: String?

    func run() async throws {
        let asOf = asOf ?? .today
        let facts = try Self.facts(from: FileHandle.standardInput.readDataToEndOfFile(), asOf: asOf)
        let designations = try await designations()
        let result = ReleaseScreener(tpsDesignations: designations.list.designations).screen(facts, asOf: asOf)
        Console.error("TPS designations: \(designations.description)")
        FileHandle.standardOutput.write(try Self.json(result) + Data("\n".utf8))
    }

    /// The facts in `data`, checked against the day; a problem is a `CommandFailure` naming the field.
    static func facts(from data: Data, asOf: CalendarDate) throws -> ScreeningFacts {
        do {
            let facts = try JSONDecoder().decode(ScreeningFacts.self, from: data)
            try facts.validate(asOf: asOf)
            return facts
        } catch let error as ScreeningFactsError {
            throw CommandFailure("standard input: \(error.description)")
        } catch {
            throw CommandFailure("standard input is not one JSON object of facts: \(Self.reason(error))")
        }
    }

    /// Pretty JSON with keys in a stable (sorted) order and slashes unescaped (`HIV/AIDS`).
    static func json(_ result: ScreeningResult) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(result)
    }

    /// The designations to screen against, and a line saying where they came from.
    private func designations() async throws -> (list: TPSDesignationList, description: String) {
        if let tpsFile {
            do {
                let list = try TPSDesignationReader.read(fileAt: URL(fileURLWithPath: tpsFile))
                return (list, "\(list.source.fileName) (sha256 \(list.source.sha256)), \(list.designations.count) designations, \(list.toVerifyCount) marked to verify")
            } catch let failure as ImportFailure {
                throw CommandFailure("--tps \(tpsFile): \(failure.description)")
            }
        }
        let latest = try await options.withDatabase("screen") { try await TPSDesignationArchive(database: $0).latest() }
        guard let latest else {
            throw CommandFailure("""
                no TPS designations are stored: import them with `vigil import tps <csv>` or pass --tps <csv>, \
                so that no TPS path is missed for want of data
                """)
        }
        let v = latest.version
        return (latest.list, "stored version \(v.number), \(v.source.fileName) (sha256 \(v.source.sha256)), imported \(v.importedAt), \(v.toVerifyCount) marked to verify")
    }

    /// A JSON syntax error in words: Foundation's underlying message where it gives one.
    private static func reason(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            if let underlying = context.underlyingError { return (underlying as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(underlying)" }
            return context.debugDescription
        }
        return "\(error)"
    }
}
