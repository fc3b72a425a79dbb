extension Catalogue {
    static let englishDrafts: [String: String] = [
        "drafts.english": "English",
        "drafts.espa_ol": "Español",
        "drafts.pdf": "PDF",
    ]
}
