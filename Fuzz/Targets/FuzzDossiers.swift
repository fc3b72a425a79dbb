import Foundation

/// `dossiers`: one contract dossier, Markdown opening with YAML front matter (Yams).
enum FuzzDossiers {
    static func run(_ data: Data) {
        _ = try? ContractDossierReader.read(data: data, fileName: "fuzz.md")
    }
}
