import ArgumentParser
import VigilCore
import VigilStore

/// How every expansion import reports: one line per file, and the refusal when there is one.
enum ExpansionImportOutput {
    static func describe(_ report: ExpansionImportReport) -> String {
        if report.stored == 0, let name = report.alreadyArchivedAs {
            return "\(report.fileName): unchanged: already imported\(name == report.fileName ? "" : " as \(name)")"
        }
        var line = "\(report.fileName): imported as \(report.kind): \(report.stored) of \(report.records) records stored"
        if report.kind != "287g" && report.kind != "funded-beds" {
            line += ", \(report.linked) linked to registry facilities, \(report.doubtful) doubtful (see vigil facilities review)"
        }
        return line + ". Licence: CC BY-SA 4.0"
    }

    /// Reads a file whole, then stores it in one transaction, printing the outcome. A refused
    /// file (a bad row, named by file, row and field) exits 1, and nothing is stored.
    static func run<Records: Sendable>(_ options: GlobalOptions, file: String, read: () throws -> (SourceFile, Records), count: (Records) -> Int,
                                       store: @escaping @Sendable (VigilDatabase, SourceFile, Records) async throws -> ExpansionImportReport) async throws {
        let (source, records) = try FileImports.read(file, read)
        Console.error("\(source.fileName) (sha256 \(source.sha256)): \(count(records)) records read")
        let report = try await options.withDatabase("import") { database in
            try await FileImports.store(file) { try await store(database, source, records) }
        }
        Console.error(describe(report))
    }
}
