import Foundation
import VigilCore

/// Reads an article to audit from a text file (UTF-8, else Windows-1252), held to the same
/// limits as every text file Vigil reads; an `ImportFailure` naming the file otherwise.
public enum ArticleFileReader {
    /// The article, named as the file was given (`path`), as `vigil audit press` reports it.
    public static func read(path: String) throws -> PressArticle {
        let url = URL(fileURLWithPath: path)
        let text = try TextDecoding.decode(try FileContents.read(url), fileName: url.lastPathComponent)
        return PressArticle(name: path, text: text)
    }
}
