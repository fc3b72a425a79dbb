extension Catalogue {
    static let spanishDrafts: [String: String] = [
        "drafts.english": "English",
        "drafts.error.no_chromium": "Para imprimir en PDF hace falta Chromium en el servidor (apt-get install chromium, o defina VIGIL_CHROMIUM). La página del borrador se imprime desde cualquier navegador: {path}",
        "drafts.error.print_failed": "Chromium no pudo imprimir el borrador ({failure}). La página misma se imprime desde cualquier navegador: {path}",
        "drafts.espa_ol": "Español",
        "drafts.pdf": "PDF",
    ]
}
