extension Catalogue {
    static let englishDrafts: [String: String] = [
        "drafts.english": "English",
        "drafts.error.no_chromium": "Printing to PDF needs Chromium on the server (apt-get install chromium, or set VIGIL_CHROMIUM). The draft page prints from any browser: {path}",
        "drafts.error.print_failed": "Chromium could not print the draft ({failure}). The page itself prints from any browser: {path}",
        "drafts.espa_ol": "Español",
        "drafts.pdf": "PDF",
    ]
}
