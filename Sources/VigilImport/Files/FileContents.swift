import Foundation
import VigilCore

/// Reads a whole input file, turning the system's error into an `ImportFailure` that names the
/// file: the first step of every reader that works on a file in memory.
enum FileContents {
    /// The file's bytes; refused, before any is read, when it is larger than
    /// `ReadLimits.maximumFileByteCount`.
    static func read(_ url: URL, limits: ReadLimits = .current) throws -> Data {
        let fileName = url.lastPathComponent
        if let size = FileSize.of(url), size > limits.maximumFileByteCount {
            throw ImportFailure(file: fileName, """
                the file is \(size) bytes, past \(ReadLimits.describe(bytes: limits.maximumFileByteCount)) \
                (the limit for a file read whole); no source file of this kind is nearly that large
                """)
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ImportFailure(file: fileName, "the file cannot be read: \(error.localizedDescription)")
        }
    }
}
