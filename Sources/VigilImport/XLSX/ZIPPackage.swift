import Foundation
import VigilCore
import ZIPFoundation

/// The ZIP container of a workbook: its parts by name, read one at a time within limits.
///
/// Every refusal is an `ImportFailure` naming the file, so a user learns whether the file
/// is empty, not a ZIP at all, an encrypted workbook, or a ZIP cut short in transit.
final class ZIPPackage {
    let fileName: String
    private let archive: Archive
    private let entries: [String: Entry]
    private let entriesByLowercasedPath: [String: Entry]
    private let limits: XLSXLimits

    init(data: Data, fileName: String, limits: XLSXLimits) throws {
        self.fileName = fileName
        self.limits = limits
        switch FileSignature(of: data) {
        case .empty:
            throw ImportFailure(file: fileName, "the file is empty (0 bytes); download the workbook again")
        case .oleCompoundFile:
            throw ImportFailure(file: fileName, """
                the file is an OLE compound document, not an .xlsx: either a password-protected (encrypted) \
                workbook or a legacy Excel 97–2003 .xls. Open it in Excel and save it unencrypted as an \
                Excel Workbook (.xlsx)
                """)
        case .pdf:
            throw ImportFailure(file: fileName, "the file is a PDF, not an Excel workbook (.xlsx)")
        case .text:
            throw ImportFailure(file: fileName, """
                the file is plain text (a CSV or a web page saved under an .xlsx name?), not an Excel \
                workbook; an .xlsx is a ZIP archive
                """)
        case .unknown:
            throw ImportFailure(file: fileName, "the file is not a ZIP archive, so it cannot be an Excel workbook (.xlsx)")
        case .zip:
            break
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ImportFailure(file: fileName, """
                the file starts like a ZIP archive but its table of contents is missing or damaged: \
                it is truncated or corrupted; download it again
                """)
        }
        var entries: [String: Entry] = [:]
        var lowercased: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let path = entry.path.hasPrefix("/") ? String(entry.path.dropFirst()) : entry.path
            if entries[path] == nil { entries[path] = entry }
            if lowercased[path.lowercased()] == nil { lowercased[path.lowercased()] = entry }
        }
        self.entries = entries
        self.entriesByLowercasedPath = lowercased
    }

    /// True when the archive holds a part at `path` (OPC part names ignore case).
    func contains(_ path: String) -> Bool { entry(at: path) != nil }

    /// The uncompressed bytes of the part at `path`, or nil when there is none.
    func read(_ path: String) throws -> Data? {
        guard let entry = entry(at: path) else { return nil }
        let limit = limits.maximumPartByteCount
        if entry.uncompressedSize > UInt64(limit) {
            throw ImportFailure(file: fileName, """
                the part \(path) would decompress to \(entry.uncompressedSize) bytes, more than the \
                \(limit)-byte limit for one part; refusing it as a possible ZIP bomb
                """)
        }
        var contents = Data()
        contents.reserveCapacity(Int(entry.uncompressedSize))
        do {
            let checksum = try archive.extract(entry, bufferSize: 256 * 1024, skipCRC32: false) { chunk in
                // The declared size can lie; the bytes actually produced are what count.
                guard contents.count + chunk.count <= limit else { throw PartTooLarge() }
                contents.append(chunk)
            }
            guard checksum == entry.checksum else {
                throw ImportFailure(file: fileName, "the part \(path) is corrupted (its checksum does not match); download the file again")
            }
        } catch let failure as ImportFailure {
            throw failure
        } catch is PartTooLarge {
            throw ImportFailure(file: fileName, """
                the part \(path) decompresses to more than the \(limit)-byte limit for one part; \
                refusing it as a possible ZIP bomb
                """)
        } catch {
            throw ImportFailure(file: fileName, "the part \(path) cannot be decompressed (\(error)): the file is truncated or corrupted")
        }
        return contents
    }

    private func entry(at path: String) -> Entry? {
        entries[path] ?? entriesByLowercasedPath[path.lowercased()]
    }

    private struct PartTooLarge: Error {}
}
