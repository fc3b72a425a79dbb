import Foundation
import VigilCore

/// Reads an article to audit from a text file (UTF-8, else Windows-1252), held to the same
/// limits as every text file Vigil reads; an `ImportFailure` naming the file otherwise.
public enum ArticleFileReader {
    /// The article, named as the file was given (`path`), as `vigil audit press` reports it.
    public static func read(path: String) throws -> PressArticle {
        let url = URL(fileURLWithPath: path)
        return try read(data: try FileContents.read(url), name: path)
    }

    /// The article in `data`, named `name` (a path: its last part names the file in a refusal).
    public static func read(data: Data, name: String) throws -> PressArticle {
        let text = try TextDecoding.decode(data, fileName: URL(fileURLWithPath: name).lastPathComponent)
        return PressArticle(name: name, text: text)
    }
}
