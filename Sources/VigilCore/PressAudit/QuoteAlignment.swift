/// Aligns a quotation's words to a letter's words: a fitting alignment (Smith-Waterman's local
/// alignment on the letter's side, every word of the quotation accounted for), scored on
/// folded words.
///
/// Scores: the same word +2; a word written differently −1 (−0.5 when the two share a stem, as
/// "upend" and "upending" do, so the diff pairs them); a word added or left out −1. Changes the
/// writer marked cost nothing: a bracketed word replacing or adding to the letter's, and any
/// run of the letter's words skipped where the quotation has an ellipsis. A letter word left out
/// next to a bracketed word costs −0.25 and counts as marked ("[the groups]" for "we all").
public struct QuoteAlignment: Sendable {
    public let steps: [WordDiffStep]
    /// Index range of the letter's tokens the quotation covers (nil when nothing matched).
    public let sourceTokens: ClosedRange<Int>?
    public let score: Double

    public var matchedWords: Int { steps.filter { if case .same = $0 { true } else { false } }.count }

    /// The longest run of consecutive matched words: a quotation that matches only scattered
    /// common words ("and", "the") is not in the letter.
    public var longestMatchedRun: Int {
        var longest = 0, run = 0
        for step in steps {
            switch step {
            case .same: run += 1; longest = max(longest, run)
            case .left(_, true): continue
            default: run = 0
            }
        }
        return longest
    }

    /// `quote`: the quotation's tokens (words and ellipses); `source`: the letter's words.
    public static func align(_ quote: [AuditToken], to source: [AuditToken]) -> QuoteAlignment {
        var words: [AuditToken] = []
        var ellipsisBefore: [Bool] = []
        var pendingEllipsis = false
        for token in quote {
            if token.kind == .ellipsis { pendingEllipsis = true; continue }
            words.append(token)
            ellipsisBefore.append(pendingEllipsis && !words.dropLast().isEmpty)
            pendingEllipsis = false
        }
        let n = words.count, m = source.count
        guard n > 0, m > 0 else { return QuoteAlignment(steps: words.map { .added($0.folded, marked: $0.bracketed) }, sourceTokens: nil, score: 0) }

        // Each quotation word is scored once against each distinct letter word, not once per cell.
        var wordIDs: [String: Int] = [:]
        let sourceIDs = source.map { token in
            if let id = wordIDs[token.folded] { return id }
            wordIDs[token.folded] = wordIDs.count
            return wordIDs.count - 1
        }
        var distinct = [String](repeating: "", count: wordIDs.count)
        for (word, id) in wordIDs { distinct[id] = word }
        let substitutions: [[Double]] = words.map { token in
            distinct.map { word in token.folded == word ? 2 : token.bracketed ? 0 : (sharesStem(token.folded, word) ? -0.5 : -1) }
        }

        enum Move: UInt8 { case start, diagonal, up, left, jumpDiagonal, jumpUp }
        let width = m + 1
        var score = [Double](repeating: 0, count: (n + 1) * width)
        var move = [Move](repeating: .start, count: (n + 1) * width)
        var jumpFrom = [Int](repeating: 0, count: (n + 1) * width)
        for i in 1...n {
            let token = words[i - 1]
            let insertion = token.bracketed ? 0 : -1.0
            score[i * width] = score[(i - 1) * width] + insertion
            move[i * width] = .up
            // Best cell of the row above at or before each column, for a jump over an ellipsis.
            var prefixBest = -Double.infinity, prefixAt = 0
            for j in 1...width - 1 {
                let above = (i - 1) * width
                if ellipsisBefore[i - 1], score[above + j - 1] > prefixBest { prefixBest = score[above + j - 1]; prefixAt = j - 1 }
                let substitution = substitutions[i - 1][sourceIDs[j - 1]]
                var best = score[above + j - 1] + substitution, bestMove = Move.diagonal, from = 0
                let up = score[above + j] + insertion
                if up > best { best = up; bestMove = .up }
                let leftCost = (token.bracketed || (i < n && words[i].bracketed)) ? -0.25 : -1
                let left = score[i * width + j - 1] + leftCost
                if left > best { best = left; bestMove = .left }
                if ellipsisBefore[i - 1] {
                    if prefixBest + substitution > best { best = prefixBest + substitution; bestMove = .jumpDiagonal; from = prefixAt }
                    // The ellipsis may also skip letter words up to this column and the word be added.
                    let bestThrough = max(prefixBest, score[above + j])
                    if bestThrough + insertion > best {
                        best = bestThrough + insertion; bestMove = .jumpUp
                        from = score[above + j] >= prefixBest ? j : prefixAt
                    }
                }
                score[i * width + j] = best
                move[i * width + j] = bestMove
                jumpFrom[i * width + j] = from
            }
        }
        var endColumn = 0
        var best = -Double.infinity
        for j in 0...m where score[n * width + j] > best { best = score[n * width + j]; endColumn = j }

        var steps: [WordDiffStep] = []
        var i = n, j = endColumn
        var firstSource: Int? = nil, lastSource: Int? = nil
        func touch(_ column: Int) { firstSource = column; if lastSource == nil { lastSource = column } }
        func elide(from: Int, to: Int) {  // letter words from..<to, skipped at an ellipsis
            if to > from { steps.append(.left(source[from..<to].map(\.folded).joined(separator: " "), marked: true)) }
        }
        while i > 0 {
            let cell = i * width + j
            let token = words[i - 1]
            switch move[cell] {
            case .diagonal, .jumpDiagonal:
                let sourceWord = source[j - 1].folded
                steps.append(token.folded == sourceWord ? .same(token.folded) : .replaced(source: sourceWord, quoted: token.folded, marked: token.bracketed))
                touch(j - 1)
                if move[cell] == .jumpDiagonal { elide(from: jumpFrom[cell], to: j - 1); j = jumpFrom[cell] } else { j -= 1 }
                i -= 1
            case .up, .start:
                steps.append(.added(token.folded, marked: token.bracketed))
                i -= 1
            case .jumpUp:
                steps.append(.added(token.folded, marked: token.bracketed))
                elide(from: jumpFrom[cell], to: j)
                j = jumpFrom[cell]
                i -= 1
            case .left:
                let marked = token.bracketed || (i < n && words[i].bracketed)
                steps.append(.left(source[j - 1].folded, marked: marked))
                touch(j - 1)
                j -= 1
            }
        }
        steps.reverse()
        // Letter words left out before the first matched word are not part of the quotation.
        while case .left? = steps.first { steps.removeFirst() }
        let range: ClosedRange<Int>? = {
            guard let first = firstSource, let last = lastSource else { return nil }
            return min(first, last)...max(first, last)
        }()
        return QuoteAlignment(steps: steps, sourceTokens: range, score: best)
    }

    /// Two words share a stem when one begins with the other's first five letters, or both are
    /// short and differ by one letter ("upend"/"upending", "organisation"/"organization").
    static func sharesStem(_ a: String, _ b: String) -> Bool {
        let (x, y) = (a.utf8.count, b.utf8.count)
        guard min(x, y) >= 4 else { return false }
        let prefix = zip(a.utf8, b.utf8).prefix { $0 == $1 }.count
        // Neither five letters in common at the start nor within one letter of each other.
        if prefix < 4, abs(x - y) > 1 { return false }
        if prefix >= 5 || (prefix >= 4 && min(a.count, b.count) == 4) { return true }
        return EditDistance.between(a, b, limit: 1) != nil && min(a.count, b.count) >= 4
    }
}
