import Foundation

/// Checks the sentences that attribute a position to the letter ("the groups want…", "the
/// letter demands…") against the letter's sentences, by deterministic rules that explain
/// themselves in each finding.
///
/// 1. A claim sentence names the letter or its signers and a verb of asking or saying
///    (`AttributionCues`), and is mostly not a quotation (those are checked as quotations).
/// 2. It is aligned to the letter's sentences by the words they share, each word weighed by how
///    rare it is in the letter; the letter's sentences that ask for something ("we ask", "you
///    must", "promised", a demand's heading) are preferred when they match nearly as well.
/// 3. `polarity-flip`: the claim asks to grow or keep something (expand, open, turn over to)
///    that the letter's best-matching requests ask to end (end, close, halt), or the other way
///    round, with no request of the letter going the claim's way (`Predication`).
/// 4. `scope-overreach`: the claim says "all", "every", "everyone" (outside quotation marks)
///    where the letter's paragraph is partial ("starting with", "particularly") or says no such thing.
/// 5. `supported` when at least `supportedShare` of the claim's weighed words are in its
///    letter sentence; otherwise `unsupported`.
public enum ClaimCheck {
    public static let supportedShare = 0.4
    static let universals: Set<String> = ["all", "every", "everyone", "everybody", "entire", "each", "any", "anyone"]
    static let partialMarkers: [[String]] = [
        ["starting", "with"], ["beginning", "with"], ["particularly"], ["especially"], ["in", "particular"],
        ["those", "with"], ["some"],
    ]
    static let requestWords: Set<String> = ["ask", "asks", "want", "implore", "urge", "must", "should", "promised", "calling", "call", "demand", "need", "time"]

    struct SourceSentence {
        let sentence: AuditSentence
        let paragraph: Int
        let stems: Set<String>
        let words: [String]
        let predications: [Predication]
        let isRequest: Bool
    }

    public static func findings(_ article: PressArticle, source: AuditSource) -> [PressFinding] {
        let sourceScalars = Array(source.text.unicodeScalars)
        var paragraph = 0, lastEnd = 0
        let sentences: [SourceSentence] = source.sentences.map { sentence in
            if sourceScalars[lastEnd..<sentence.start].contains("\n") { paragraph += 1 }
            lastEnd = sentence.end
            let tokens = AuditTokenizer.tokens(sourceScalars, from: sentence.start, to: sentence.end).filter { $0.kind == .word }
            let words = tokens.map(\.folded)
            let predications = Predication.predications(tokens, in: sourceScalars)
            let imperative = words.first.map { Predication.ending.contains(ClaimWords.stem($0)) } ?? false
            return SourceSentence(sentence: sentence, paragraph: paragraph, stems: Set(ClaimWords.content(tokens)), words: words,
                                  predications: predications, isRequest: imperative || words.contains(where: requestWords.contains))
        }
        var frequency: [String: Int] = [:]
        for sentence in sentences { for stem in sentence.stems { frequency[stem, default: 0] += 1 } }
        func weight(_ stem: String) -> Double { log(1 + Double(sentences.count) / Double(1 + (frequency[stem] ?? 0))) }

        var result: [PressFinding] = []
        for sentence in article.sentences {
            let tokens = AuditTokenizer.tokens(article.scalars, from: sentence.start, to: sentence.end).filter { $0.kind == .word }
            let words = tokens.map(\.folded)
            guard AttributionCues.attributesPosition(words), article.quotedShare(of: sentence) < 0.6,
                  !article.quotations.contains(where: { $0.isBlock && $0.start <= sentence.start && sentence.end <= $0.end }) else { continue }
            // Names (capitalised words inside the sentence) and numbers say who and how many, not what
            // is asked: numbers and names have their own checks.
            let stems = Set(ClaimWords.content(tokens.filter { token in
                token.start == sentence.start || !article.scalars[token.start].properties.isUppercase
            }).filter { $0.first?.isNumber == false })
            guard stems.count >= 2, !sentences.isEmpty else { continue }
            // The verbs that ask to end or to grow weigh double: they are what a position is.
            let verbs = Set(stems.filter { Predication.ending.contains($0) || Predication.growing.contains($0) })
            func weigh(_ words: Set<String>) -> Double { words.map { weight($0) * (verbs.contains($0) ? 2 : 1) }.reduce(0, +) }
            let total = weigh(stems)
            let scored = sentences.map { s in (s, weigh(stems.intersection(s.stems)) / total) }
                .sorted { $0.1 > $1.1 }
            let best = scored[0]
            let requests = scored.filter { $0.0.isRequest && $0.1 >= 0.2 }.prefix(3)
            let anchor = requests.first.map { $0.1 >= 0.75 * best.1 ? $0 : best } ?? best
            // A claim may sum up two of the letter's sentences: the one that adds most to the anchor.
            let partner = scored.filter { $0.0.sentence != anchor.0.sentence }
                .map { s in (s.0, weigh(stems.intersection(s.0.stems.union(anchor.0.stems))) / total) }
                .max { $0.1 < $1.1 }
            func make(_ verdict: PressVerdict, _ sourceText: String, _ value: String, _ note: CatalogueText) -> PressFinding {
                PressFinding(article: article.name, kind: .claim, text: sentence.text, verdict: verdict, sourceText: sourceText,
                             sourceValue: value, start: sentence.start, end: sentence.end, note: note)
            }
            let share = (anchor.1 * 100).fixedDecimals(0) + "%"

            // 3. Polarity
            let claimed = Predication.predications(tokens, in: article.scalars)
            flipSearch: for claim in claimed {
                let sourceSide = requests.flatMap { r in r.0.predications.map { (r.0, $0) } }.filter { $0.1.overlaps(claim) }
                guard !sourceSide.contains(where: { $0.1.grows == claim.grows }),
                      let opposite = sourceSide.first(where: { $0.1.grows != claim.grows }) else { continue }
                // the words as the article or letter has them, whether negated, and which way they ask
                let described = { (p: Predication) -> CatalogueText in
                    let words = ["words": ([p.verb] + p.object.sorted()).joined(separator: " ")]
                    return switch (p.negated, p.grows) {
                    case (false, true): CatalogueText("press_audit.note.predication_grow", words)
                    case (false, false): CatalogueText("press_audit.note.predication_end", words)
                    case (true, true): CatalogueText("press_audit.note.predication_negated_grow", words)
                    case (true, false): CatalogueText("press_audit.note.predication_negated_end", words)
                    }
                }
                result.append(make(.polarityFlip, opposite.0.sentence.text, "\(claim.verb) ↔ \(opposite.1.negated ? "not " : "")\(opposite.1.verb)",
                                   CatalogueText("press_audit.note.polarity_flip", parts: ["article": described(claim), "letter": described(opposite.1)])))
                break flipSearch
            }
            if result.last?.start == sentence.start, result.last?.kind == .claim { continue }

            // 4. Scope: the verb a universal goes with ("release everyone", "shut down all"), then
            // what the letter writes after that verb: a partial passage within ten words.
            let unquoted = tokens.filter { !article.isQuoted($0.start) }
            if let universalIndex = unquoted.firstIndex(where: { universals.contains($0.folded) }) {
                let universal = unquoted[universalIndex].folded
                let verb = unquoted[max(0, universalIndex - 3)..<universalIndex].reversed().map { ClaimWords.stem($0.folded) }
                    .first { Predication.ending.contains($0) || Predication.growing.contains($0) }
                let partial = verb.flatMap { verb in
                    sentences.lazy.compactMap { s -> (SourceSentence, String)? in
                        s.words.indices.lazy.filter { ClaimWords.stem(s.words[$0]) == verb }
                            .compactMap { at in partialMarker(in: Array(s.words[at...].prefix(12))) }.first.map { (s, $0) }
                    }.first
                }
                if let (s, marker) = partial {
                    result.append(make(.scopeOverreach, s.sentence.text, "\(universal) ↔ \(marker)",
                                       CatalogueText("press_audit.note.scope_partial", ["universal": universal, "verb": verb!, "marker": marker])))
                    continue
                }
                let paragraph = sentences.filter { $0.paragraph == anchor.0.paragraph }
                if anchor.1 >= supportedShare, !paragraph.contains(where: { $0.words.contains(where: universals.contains) }) {
                    result.append(make(.scopeOverreach, anchor.0.sentence.text, "\(universal) ↔ (none)",
                                       CatalogueText("press_audit.note.scope_none", ["universal": universal])))
                    continue
                }
            }

            // 5. Support
            if anchor.1 >= supportedShare {
                result.append(make(.supported, anchor.0.sentence.text, share,
                                   CatalogueText("press_audit.note.supported", ["share": share])))
            } else if let partner, partner.1 >= supportedShare {
                let both = [anchor.0, partner.0].sorted { $0.sentence.start < $1.sentence.start }.map(\.sentence.text).joined(separator: " ")
                let shareOfBoth = (partner.1 * 100).fixedDecimals(0) + "%"
                result.append(make(.supported, both, shareOfBoth,
                                   CatalogueText("press_audit.note.supported_two", ["share": shareOfBoth])))
            } else {
                result.append(make(.unsupported, anchor.1 > 0 ? anchor.0.sentence.text : "", share,
                                   CatalogueText("press_audit.note.unsupported", ["share": share])))
            }
        }
        return result
    }

    static func partialMarker(in words: [String]) -> String? {
        for index in words.indices {
            for marker in partialMarkers where Array(words[index...].prefix(marker.count)) == marker {
                return (words[index...].prefix(marker.count + 3)).joined(separator: " ")
            }
        }
        return nil
    }
}
