/// One entry of a person's U.S. criminal record, as the screener's input names it.
///
/// The screener counts entries, it does not classify offences: whether an entry is a
/// conviction, and what it counts as under each statute, is for a lawyer. The counts are what
/// the bars are written in (TPS: a felony, or two or more misdemeanors).
public enum CriminalRecordEntry: String, Sendable, Codable, Hashable, CaseIterable {
    case felony
    case misdemeanor
}

extension Array where Element == CriminalRecordEntry {
    var felonies: Int { count { $0 == .felony } }
    var misdemeanors: Int { count { $0 == .misdemeanor } }

    /// `1 felony, 2 misdemeanors`, for the screener's reasons, in English.
    var summary: String { summaryText.english }

    /// `1 felony, 2 misdemeanors`, as words a page draws in its language.
    var summaryText: CatalogueText {
        if isEmpty { return CatalogueText("screener.record.none") }
        var parts: [CatalogueText] = []
        if felonies > 0 {
            let count = ["count": String(felonies)]
            parts.append(felonies == 1 ? CatalogueText("screener.record.felonies.one", count) : CatalogueText("screener.record.felonies.other", count))
        }
        if misdemeanors > 0 {
            let count = ["count": String(misdemeanors)]
            parts.append(misdemeanors == 1 ? CatalogueText("screener.record.misdemeanors.one", count)
                                           : CatalogueText("screener.record.misdemeanors.other", count))
        }
        return CatalogueText(key: "screener.record.list", arguments: ["parts": .list(parts, separator: ", ")])
    }
}
