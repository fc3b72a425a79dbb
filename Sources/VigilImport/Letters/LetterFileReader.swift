import Foundation
import VigilCore

/// Reads a sign-on letter in the plain-text form (`PlainTextLetter`) from a file, with the
/// file's name and SHA-256 so that importing the same file again adds nothing.
public enum LetterFileReader {
    /// The letter and its source; an `ImportFailure` naming the file, line and part otherwise.
    public static func read(fileAt url: URL) throws -> (draft: LetterDraft, source: SourceFile) {
        try read(data: try FileContents.read(url), fileName: url.lastPathComponent)
    }

    public static func read(data: Data, fileName: String) throws -> (draft: LetterDraft, source: SourceFile) {
        let text = try TextDecoding.decode(data, fileName: fileName)
        let draft: LetterDraft
        do {
            draft = try PlainTextLetter.parse(text)
        } catch {
            // `parse` throws only `LetterTextError`.
            throw ImportFailure(file: fileName, row: error.line, column: error.field, error.message)
        }
        return (draft, SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count))
    }
}
