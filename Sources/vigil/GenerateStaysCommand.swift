import ArgumentParser
import Foundation
import VigilCore
import VigilImport

struct GenerateStaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stays",
        abstract: "Write synthetic person-level stints in ICE's 53-column Detentions schema.",
        discussion: """
            Fake people (SYN identifiers) at real facility codes: a few large facilities hold \
            most people, stays are long-tailed, some people are transferred, some stays are \
            still ongoing, birth dates are redacted, and a few rows repeat exactly. The same \
            seed gives the same file. Written as it is generated, so any count fits in memory; \
            a name ending in .gz is gzip-compressed (fast level).
            """)

    @Option(help: "Number of stints (rows).")
    var count: Int = 10_000

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "The file to write (.csv or .csv.gz; default: standard output).")
    var output: String?

    func validate() throws {
        if count < 0 { throw ValidationError("--count must not be negative.") }
    }

    func run() throws {
        var generator = StayGenerator(count: count, seed: seed)
        let writer = try output.map { try CompressedFileWriter(path: $0) }
        var block: [UInt8] = Array((StayGenerator.headerLine + "\n").utf8)
        block.reserveCapacity(4 << 20 + 4096)
        func flush() throws {
            if let writer { try writer.write(block) } else { try FileHandle.standardOutput.write(contentsOf: block) }
            block.removeAll(keepingCapacity: true)
        }
        while generator.nextRow(into: &block) {
            if block.count >= 4 << 20 { try flush() }
        }
        try flush()
        try writer?.close()
        if let output { Console.error("Wrote \(count) synthetic stints to \(output).") }
    }
}
