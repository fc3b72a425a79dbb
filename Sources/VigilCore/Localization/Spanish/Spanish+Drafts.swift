extension Catalogue {
    static let spanishDrafts: [String: String] = [
        "drafts.english": "English",
        "drafts.espa_ol": "Español",
        "drafts.pdf": "PDF",
    ]
}
