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
    private let limits: ReadLimits
    /// Bytes decompressed from this file so far, against `maximumTotalPartByteCount`.
    private var decompressedByteCount = 0

    init(data: Data, fileName: String, limits: ReadLimits) throws {
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
            archive = try Self.openArchive(data, fileName: fileName)
        } catch let failure as ImportFailure {
            throw failure
        } catch {
            throw ImportFailure(file: fileName, """
                the file starts like a ZIP archive but its table of contents is missing or damaged: \
                it is truncated or corrupted; download it again
                """)
        }
        var entries: [String: Entry] = [:]
        var lowercased: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.maximumZipEntryCount {
                throw ImportFailure(file: fileName, """
                    the archive lists more than \(limits.maximumZipEntryCount) entries (limit); a workbook \
                    holds a few dozen, so this is refused as a possible ZIP bomb
                    """)
            }
            guard entry.type == .file else { continue }
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
    ///
    /// The part is refused as soon as it breaks a limit: its declared size, the bytes it
    /// actually produces (headers can lie), its ratio to its compressed size, or the total
    /// decompressed from this file so far. Nothing beyond the limit is ever held.
    func read(_ path: String) throws -> Data? {
        guard let entry = entry(at: path) else { return nil }
        let partLimit = limits.maximumPartByteCount
        func tooLarge(_ what: String) -> ImportFailure {
            ImportFailure(file: fileName, "\(path) \(what); refusing it as a possible ZIP bomb")
        }
        if entry.uncompressedSize > UInt64(partLimit) {
            throw tooLarge("declares \(entry.uncompressedSize) bytes uncompressed, past \(ReadLimits.describe(bytes: partLimit)) (the limit for one part)")
        }
        let compressedSize = max(Int(clamping: entry.compressedSize), 1)
        var contents = Data()
        contents.reserveCapacity(Int(entry.uncompressedSize))
        do {
            let checksum = try archive.extract(entry, bufferSize: 256 * 1024, skipCRC32: false) { chunk in
                // The declared size can lie; the bytes actually produced are what count.
                let produced = contents.count + chunk.count
                if produced > partLimit { throw LimitBroken.part }
                if decompressedByteCount + produced > limits.maximumTotalPartByteCount { throw LimitBroken.total }
                if produced > limits.compressionRatioFloorByteCount,
                   produced / compressedSize > limits.maximumCompressionRatio { throw LimitBroken.ratio }
                contents.append(chunk)
            }
            guard checksum == entry.checksum else {
                throw ImportFailure(file: fileName, "the part \(path) is corrupted (its checksum does not match); download the file again")
            }
        } catch let failure as ImportFailure {
            throw failure
        } catch let broken as LimitBroken {
            switch broken {
            case .part:
                throw tooLarge("expands past \(ReadLimits.describe(bytes: partLimit)) (the limit for one part)")
            case .total:
                throw tooLarge("takes the bytes decompressed from this file past \(ReadLimits.describe(bytes: limits.maximumTotalPartByteCount)) (the limit for one workbook)")
            case .ratio:
                throw tooLarge("expands more than \(limits.maximumCompressionRatio) times its compressed size of \(compressedSize) bytes (the limit on compression ratio)")
            }
        } catch {
            throw ImportFailure(file: fileName, "the part \(path) cannot be decompressed (\(error)): the file is truncated or corrupted")
        }
        decompressedByteCount += contents.count
        return contents
    }

    /// The archive over `data`, read through a temporary file that is unlinked as soon as it is
    /// open. Not `Archive(data:)`: ZIPFoundation's in-memory file traps (crashing the process)
    /// when a damaged table of contents points past the end of the bytes, and leaks its copy of
    /// them when it refuses an archive; through a file, a read past the end merely comes up
    /// short and the archive is refused. Found by `scripts/fuzz workbook`.
    private static func openArchive(_ data: Data, fileName: String) throws -> Archive {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-workbook-\(UUID().uuidString).zip")
        do {
            try data.write(to: url)
        } catch {
            throw ImportFailure(file: fileName, "a temporary copy cannot be written to read it (\(error.localizedDescription))")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        return try Archive(url: url, accessMode: .read)
    }

    private func entry(at path: String) -> Entry? {
        entries[path] ?? entriesByLowercasedPath[path.lowercased()]
    }

    private enum LimitBroken: Error { case part, total, ratio }
}
