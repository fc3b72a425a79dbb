import Foundation
import VigilCore

/// Reads a whole input file, turning the system's error into an `ImportFailure` that names the
/// file: the first step of every reader that works on a file in memory.
enum FileContents {
    static func read(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ImportFailure(file: url.lastPathComponent, "the file cannot be read: \(error.localizedDescription)")
        }
    }
}
