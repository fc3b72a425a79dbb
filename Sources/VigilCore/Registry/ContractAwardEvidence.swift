import Foundation

/// When a contract award is evidence of who runs a facility, and which words of its
/// description may name the facility. Pure rules; the store runs the names through the
/// registry matcher.
///
/// Conservative on purpose: an award counts only when it is flagged detention-related and
/// its description says the recipient provides the detention itself (detention services,
/// detention and transportation, bed days, housing detainees, ...). Construction, supplies,
/// inspections, medical staffing or a guard post at a facility say nothing about who runs it.
/// Task orders under the multiple-award emergency-detention vehicle (“minimum obligation”)
/// name no facility and are left out.
public enum ContractAwardEvidence {
    /// Phrases saying the recipient provides detention at a place.
    public static let operationPhrases = [
        "DETENTION SERVICES", "DETENTION AND TRANSPORTATION", "DETENTION, TRANSPORTATION", "DETENTION SUPPORT SERVICES",
        "DETENTION AND TRANSPORATION", "BED DAYS", "HOUSING OF ICE DETAINEES", "HOUSING, TRANSPORTATION", "HOUSE AND TRANSPORT",
        "HOUSING AND SAFEGUARDING", "HOUSE AND SAFEGUARD", "ESTABLISH A DETENTION FACILITY",
    ]
    public static let excludedPhrases = ["MINIMUM OBLIGATION"]

    /// Words a facility's name ends with; a candidate name is a run of words ending in one.
    public static let nameEndings: Set<String> = [
        "CENTER", "CENTRE", "CTR", "FACILITY", "ANNEX", "COMPLEX", "CDF", "SPC", "JAIL", "INSTITUTION", "HALL",
    ]

    /// The longest candidate name, in words.
    public static let longestName = 8

    /// Whether the award may evidence an operator at all.
    public static func qualifies(_ award: ContractAward) -> Bool {
        guard award.detentionRelated, award.recipient != nil, let text = award.description?.uppercased() else { return false }
        if excludedPhrases.contains(where: { text.contains($0) }) { return false }
        return operationPhrases.contains { text.contains($0) }
    }

    /// Every run of 2 to `longestName` words of the description that ends with a facility word,
    /// longest first at each ending (parentheses and punctuation split words).
    public static func candidateNames(in description: String) -> [String] {
        let words = description.uppercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "." || $0 == "'" || $0 == "&" || $0 == "-") })
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { !$0.isEmpty }
        var names: [String] = []
        for (end, word) in words.enumerated() where nameEndings.contains(word) {
            for start in stride(from: max(0, end - longestName + 1), through: end - 1, by: 1) {
                names.append(words[start...end].joined(separator: " "))
            }
        }
        return names
    }

    /// Two-letter state codes the description writes after a comma (“EL PASO, TX”) or at the end.
    public static func statesNamed(in description: String, among known: Set<String>) -> [String] {
        let words = description.uppercased().split(whereSeparator: { !($0.isLetter) }).map(String.init)
        var states: [String] = []
        for word in words where word.count == 2 && known.contains(word) && !states.contains(word) {
            guard description.uppercased().contains(", \(word)") || description.uppercased().contains(" \(word).")
                    || description.uppercased().hasSuffix(" \(word)") else { continue }
            states.append(word)
        }
        return states
    }
}
