import Foundation

/// `shared-strings`: a shared-string table part.
enum FuzzSharedStrings {
    static func run(_ data: Data) {
        _ = try? SharedStringsParser.parse(data)
    }
}
