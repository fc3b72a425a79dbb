/// An article to audit: its name (the file name given on the command line, or the title of a
/// pasted article) and its text, read once into what every check needs.
public struct PressArticle: Sendable {
    public let name: String
    public let text: String
    let scalars: [Unicode.Scalar]
    public let sentences: [AuditSentence]
    public let quotations: [QuotedSpan]
    /// For each scalar, whether it lies inside a quotation: looked up for every letter of every sentence.
    let quotedMask: [Bool]
    /// A date the text opens with ("date 2024-11-19"): the article's own dateline, not a figure
    /// it reports, so the number check leaves it out.
    public let dateline: StatedNumber?

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        let quotations = QuoteFinder.quotations(in: scalars)
        self.quotations = quotations
        var mask = [Bool](repeating: false, count: scalars.count)
        for span in quotations { for part in span.parts { for offset in part.start..<part.end { mask[offset] = true } } }
        self.quotedMask = mask
        let opening = AuditTokenizer.tokens(scalars, from: 0, to: min(scalars.count, 40)).filter { $0.kind == .word }
        let leading = opening.prefix { $0.folded == "date" || $0.folded == "dated" }.count
        let dateline = NumberReader.numbers(in: scalars, tokens: Array(opening))
            .first { $0.kind == .date && $0.start == (leading < opening.count ? opening[leading].start : -1) }
        self.dateline = dateline
        // The dateline (and the "date" before it) is not part of the first sentence.
        self.sentences = SentenceSplitter.sentences(in: text).compactMap { sentence in
            guard let dateline, sentence.start < dateline.end else { return sentence }
            var start = dateline.end
            while start < sentence.end, scalars[start].properties.isWhitespace { start += 1 }
            guard start < sentence.end else { return nil }
            return AuditSentence(text: String(String.UnicodeScalarView(scalars[start..<sentence.end])), start: start, end: sentence.end)
        }
    }

    /// The article's text between two scalar offsets.
    public func excerpt(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[max(0, start)..<min(end, scalars.count)]))
    }

    /// Whether an offset lies inside a quotation.
    func isQuoted(_ offset: Int) -> Bool {
        offset >= 0 && offset < quotedMask.count && quotedMask[offset]
    }

    /// The share of a sentence's letters that are inside quotation marks.
    func quotedShare(of sentence: AuditSentence) -> Double {
        var letters = 0, quoted = 0
        for offset in sentence.start..<sentence.end where scalars[offset].properties.isAlphabetic {
            letters += 1
            if isQuoted(offset) { quoted += 1 }
        }
        return letters == 0 ? 0 : Double(quoted) / Double(letters)
    }
}
