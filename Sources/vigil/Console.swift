import Foundation

/// Progress and diagnostics go to standard error, so standard output stays clean for data
/// (`vigil export ... > file.csv`).
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
