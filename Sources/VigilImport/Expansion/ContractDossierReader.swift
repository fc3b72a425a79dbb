import Foundation
import VigilCore
import Yams

/// Reads researched contract dossiers: Markdown files opening with YAML front matter between
/// `---` lines (`id`, `title`, `contractor`, `facility`, `value`, `beds`, ...). A folder is read
/// whole: every `.md` file in it, in name order. A file with no front matter, YAML that does
/// not parse, no title, or a field of the wrong kind refuses the folder, naming the file, the
/// line and the field; so does an id two files share.
public enum ContractDossierReader {
    public struct Folder: Sendable {
        /// Each file as it arrived, with its dossier, in name order.
        public var dossiers: [(source: SourceFile, dossier: ContractDossier)]
    }

    public static func read(folderAt url: URL) throws -> Folder {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".md") }.sorted()
        } catch {
            throw ImportFailure(file: url.lastPathComponent, "not a folder of dossiers (\(error.localizedDescription))")
        }
        guard !names.isEmpty else { throw ImportFailure(file: url.lastPathComponent, "the folder holds no .md dossiers") }
        var dossiers: [(source: SourceFile, dossier: ContractDossier)] = []
        var slugs: [String: String] = [:]
        for name in names {
            let (source, dossier) = try read(data: try FileContents.read(url.appendingPathComponent(name)), fileName: name)
            if let other = slugs[dossier.slug] {
                throw ImportFailure(file: name, row: 2, column: "id", "the id \(dossier.slug) is also the id of \(other)")
            }
            slugs[dossier.slug] = name
            dossiers.append((source: source, dossier: dossier))
        }
        return Folder(dossiers: dossiers)
    }

    public static func read(data: Data, fileName: String) throws -> (SourceFile, ContractDossier) {
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        let text = try TextDecoding.decode(data, fileName: fileName)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            throw ImportFailure(file: fileName, row: 1, "no YAML front matter: the file must open with a line “---” and close it with another")
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let object: Any?
        do {
            object = try Yams.load(yaml: yaml)
        } catch let error as YamlError {
            throw ImportFailure(file: fileName, row: Self.line(of: error).map { $0 + 1 }, "the front matter is not valid YAML: \(error)")
        } catch {
            throw ImportFailure(file: fileName, row: 2, "the front matter is not valid YAML: \(error)")
        }
        guard let fields = object as? [String: Any] else {
            throw ImportFailure(file: fileName, row: 2, "the front matter is not a list of fields (key: value)")
        }
        func line(of key: String) -> Int {
            (lines[1..<end].firstIndex { $0.hasPrefix("\(key):") } ?? 1) + 1
        }
        func string(_ key: String) throws -> String? {
            guard let value = fields[key] else { return nil }
            switch value {
            case let s as String:
                let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
                return trimmed.isEmpty ? nil : trimmed
            case let i as Int: return String(i)
            case let d as Double: return String(d)
            case is NSNull: return nil
            default: throw ImportFailure(file: fileName, row: line(of: key), column: key, "expected text, found a list or a map")
            }
        }
        guard let title = try string("title") else {
            throw ImportFailure(file: fileName, row: 2, column: "title", "a dossier needs a title")
        }
        var importance: Int?
        if let value = fields["importance"], !(value is NSNull) {
            guard let n = value as? Int else {
                throw ImportFailure(file: fileName, row: line(of: "importance"), column: "importance", "“\(value)” is not a whole number")
            }
            importance = n
        }
        var tags: [String] = []
        if let value = fields["tags"], !(value is NSNull) {
            guard let list = value as? [Any] else {
                throw ImportFailure(file: fileName, row: line(of: "tags"), column: "tags", "expected a list of tags")
            }
            tags = list.map { "\($0)" }
        }
        let stem = String(fileName.dropLast(fileName.hasSuffix(".md") ? 3 : 0))
        let body = lines[(end + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return (source, ContractDossier(
            slug: try string("id") ?? stem, title: title, contractType: try string("contract_type"),
            awardingEntity: try string("awarding_entity"), contractor: try string("contractor"), facility: try string("facility"),
            value: try string("value"), period: try string("period"), beds: try string("beds"), importance: importance, tags: tags,
            body: body, fileName: fileName))
    }

    /// The line of the front matter (1-based) a YAML error points at, when it says.
    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }
}
