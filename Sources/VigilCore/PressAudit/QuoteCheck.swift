/// Checks each quotation of an article against the letter's words (`QuoteAlignment`).
///
/// - `not-found`: fewer than three in five of the quotation's own (unbracketed) words match, or
///   a quotation of three words or more has no three matching words in a row.
/// - `misquote`: any change the writer did not mark: a word replaced, added or left out
///   without brackets or an ellipsis. A changed negation ("not", "never", …) is named as a
///   change of meaning.
/// - `altered-indicated`: every change is marked by brackets or an ellipsis.
/// - `exact`: the words are the letter's, once case, punctuation, dashes, curly quotes,
///   whitespace and ellipses at either end are set aside.
public enum QuoteCheck {
    static let negations: Set<String> = ["not", "no", "never", "nor", "none", "nobody", "nothing", "without", "cannot", "cant", "dont", "doesnt", "didnt", "wont", "shouldnt", "isnt", "arent"]

    public static func findings(_ article: PressArticle, source: AuditSource) -> [PressFinding] {
        article.quotations.map { finding(for: $0, article: article, source: source) }
    }

    static func finding(for span: QuotedSpan, article: PressArticle, source: AuditSource) -> PressFinding {
        let tokens = span.parts.flatMap { AuditTokenizer.tokens(article.scalars, from: $0.start, to: $0.end) }
        let text = span.parts.map { article.excerpt($0.start, $0.end) }.joined(separator: " ")
        let alignment = QuoteAlignment.align(tokens, to: source.tokens)
        let own = tokens.filter { $0.kind == .word && !$0.bracketed }.count
        let matched = alignment.matchedWords
        func make(_ verdict: PressVerdict, sourceText: String, diff: String, note: CatalogueText) -> PressFinding {
            PressFinding(article: article.name, kind: .quote, text: text, verdict: verdict, sourceText: sourceText,
                         sourceValue: diff, start: span.start, end: span.end, note: note)
        }
        guard let range = alignment.sourceTokens, own > 0,
              Double(matched) >= 0.6 * Double(own), own < 3 || alignment.longestMatchedRun >= 3 else {
            return make(.notFound, sourceText: "", diff: "",
                        note: CatalogueText("press_audit.note.quote_not_found", ["matched": String(matched), "own": String(own)]))
        }
        let sourceText = source.excerpt(source.tokens[range.lowerBound].start, source.tokens[range.upperBound].end)
        let diff = WordDiffText.render(alignment.steps)
        let unmarked = alignment.steps.filter { $0.isChange && !$0.isMarked }
        if !unmarked.isEmpty {
            let changes = WordDiffText.merged(unmarked).map(describe)
            let negation = unmarked.contains { step in
                switch step {
                case .replaced(let s, let q, _): negations.contains(s) != negations.contains(q)
                case .added(let q, _): negations.contains(q)
                case .left(let s, _): negations.contains(s)
                case .same: false
                }
            }
            let arguments: [String: CatalogueText.Argument] = ["changes": .list(changes, separator: "; ")]
            return make(.misquote, sourceText: sourceText, diff: diff,
                        note: negation ? CatalogueText(key: "press_audit.note.misquote_negation", arguments: arguments)
                                       : CatalogueText(key: "press_audit.note.misquote", arguments: arguments))
        }
        let marked = alignment.steps.filter(\.isChange)
        if !marked.isEmpty {
            let changes = WordDiffText.merged(marked).map(describe)
            return make(.alteredIndicated, sourceText: sourceText, diff: diff,
                        note: CatalogueText(key: "press_audit.note.altered_indicated", arguments: ["changes": .list(changes, separator: "; ")]))
        }
        return make(.exact, sourceText: sourceText, diff: diff, note: CatalogueText("press_audit.note.exact"))
    }

    /// One change, in words; the quoted words are the article's and the letter's, as written.
    static func describe(_ step: WordDiffStep) -> CatalogueText {
        switch step {
        case .same(let words): CatalogueText("press_audit.change.kept", ["words": words])
        case .replaced(let source, let quoted, let marked):
            marked ? CatalogueText("press_audit.change.replaced_marked", ["source": source, "quoted": quoted])
                   : CatalogueText("press_audit.change.replaced", ["source": source, "quoted": quoted])
        case .added(let words, let marked):
            marked ? CatalogueText("press_audit.change.added_marked", ["words": words]) : CatalogueText("press_audit.change.added", ["words": words])
        case .left(let words, let marked):
            marked ? CatalogueText("press_audit.change.left_marked", ["words": words]) : CatalogueText("press_audit.change.left", ["words": words])
        }
    }
}
