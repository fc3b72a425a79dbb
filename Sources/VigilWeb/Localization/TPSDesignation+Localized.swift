import VigilCore

// A designation's source and changed end as the TPS page says them in its language. The
// citation, document number and notice are quoted as the file gives them; `source` and
// `endChange` keep the English for the API and the CSV.

extension TPSDesignation {
    var localizedSource: String {
        switch (federalRegisterCitation, federalRegisterDocument) {
        case let (citation?, document?): t("t_p_s.source_citation_document", ["citation": citation, "document": document])
        case let (citation?, nil): citation
        case let (nil, document?): t("t_p_s.source_document", ["document": document])
        case (nil, nil): t("t_p_s.source_file_only", ["country": country, "designation": designation])
        }
    }

    var localizedEndChange: String? {
        endNotice.map { t("t_p_s.end_change", ["notice": $0, "date": effectiveTo.iso]) }
    }
}
