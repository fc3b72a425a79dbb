import Foundation
import VigilCore

/// An Excel workbook (.xlsx) opened for reading: its sheet names, and any sheet's cells.
///
/// Only the parts a read needs are decompressed — `workbook.xml` and its relationships when
/// opened, `sharedStrings.xml` and the one sheet when a sheet is read — each within
/// `ReadLimits`. Every refusal is an `ImportFailure` naming the file (and the sheet, row
/// and cell where it applies).
///
/// Not `Sendable`: it holds the open archive. Open one per task.
public final class XLSXWorkbook {
    public let fileName: String
    /// Sheet names exactly as written (stray spaces included), in tab order.
    public let sheetNames: [String]

    private let package: ZIPPackage
    private let workbookPart: String
    private let sheetParts: [String: String]
    private let sharedStringsPart: String?
    private var sharedStrings: [String]?
    private let limits: ReadLimits

    /// Opens a workbook held in memory; `fileName` is used in messages.
    public init(data: Data, fileName: String, limits: ReadLimits = .current) throws {
        self.fileName = fileName
        self.limits = limits
        package = try ZIPPackage(data: data, fileName: fileName, limits: limits)

        let rootRelationships = try Self.relationships(in: "_rels/.rels", of: package, fileName: fileName) ?? []
        let officeDocument = rootRelationships.first { $0.typeName == "officeDocument" && !$0.isExternal }
        let workbookPart = officeDocument.flatMap { PackagePath.resolve($0.target, relativeTo: "") } ?? "xl/workbook.xml"
        guard let workbookData = try package.read(workbookPart) else {
            throw ImportFailure(file: fileName, """
                the file is a ZIP archive but not an Excel workbook: it has no \(workbookPart) \
                (is it a Word or PowerPoint file, or a ZIP of something else?)
                """)
        }
        self.workbookPart = workbookPart
        let sheets: [WorkbookSheetEntry]
        do {
            sheets = try WorkbookPartParser.parse(workbookData)
        } catch {
            throw ImportFailure(file: fileName, "the workbook's sheet list (\(workbookPart)) is malformed: \(error)")
        }
        let relationships = try Self.relationships(in: PackagePath.relationshipsPart(of: workbookPart),
                                                   of: package, fileName: fileName) ?? []
        var parts: [String: String] = [:]
        for sheet in sheets {
            guard let relationship = relationships.first(where: { $0.id == sheet.relationshipID }),
                  !relationship.isExternal,
                  let part = PackagePath.resolve(relationship.target, relativeTo: workbookPart) else { continue }
            parts[sheet.name] = part
        }
        sheetNames = sheets.map(\.name)
        sheetParts = parts
        sharedStringsPart = relationships.first { $0.typeName == "sharedStrings" && !$0.isExternal }
            .flatMap { PackagePath.resolve($0.target, relativeTo: workbookPart) }
            ?? (package.contains("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
    }

    /// Opens the workbook in a file.
    public convenience init(contentsOf url: URL, limits: ReadLimits = .current) throws {
        let data = try FileContents.read(url)
        try self.init(data: data, fileName: url.lastPathComponent, limits: limits)
    }

    /// The cells of the sheet named `sheetName` (exactly as in `sheetNames`), as rows that
    /// hold a value, in row order.
    public func rows(inSheet sheetName: String) throws -> [XLSXRow] {
        guard let part = sheetParts[sheetName] else {
            let reason = sheetNames.contains(sheetName)
                ? "the workbook lists this sheet but its relationship to a part is missing"
                : "there is no such sheet; the workbook has \(sheetNames.map { "\"\($0)\"" }.joined(separator: ", "))"
            throw ImportFailure(file: fileName, sheet: sheetName, reason)
        }
        guard let data = try package.read(part) else {
            throw ImportFailure(file: fileName, sheet: sheetName, "the sheet's part \(part) is missing from the file")
        }
        let strings = try loadSharedStrings()
        do {
            return try WorksheetParser.parse(data, sharedStrings: strings, limits: limits)
        } catch let problem as WorksheetProblem {
            throw ImportFailure(file: fileName, sheet: sheetName, row: problem.row, column: problem.cell, problem.problem)
        }
    }

    private func loadSharedStrings() throws -> [String] {
        if let sharedStrings { return sharedStrings }
        var strings: [String] = []
        if let part = sharedStringsPart, let data = try package.read(part) {
            do {
                strings = try SharedStringsParser.parse(data, limits: limits)
            } catch {
                throw ImportFailure(file: fileName, "the shared-string table (\(part)) is malformed: \(error)")
            }
        }
        sharedStrings = strings
        return strings
    }

    private static func relationships(in part: String, of package: ZIPPackage,
                                      fileName: String) throws -> [PackageRelationship]? {
        guard let data = try package.read(part) else { return nil }
        do {
            return try PackageRelationshipsParser.parse(data)
        } catch {
            throw ImportFailure(file: fileName, "the relationships part \(part) is malformed: \(error)")
        }
    }
}
