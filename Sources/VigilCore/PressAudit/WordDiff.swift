/// A word-level difference between a quotation and the letter's words it was aligned to.
public enum WordDiffStep: Hashable, Sendable {
    /// The same word (after folding).
    case same(String)
    /// The letter's word written differently; `marked` when the writer bracketed it ("[they]" for "you").
    case replaced(source: String, quoted: String, marked: Bool)
    /// Words the quotation adds; `marked` when bracketed ("[Biden and Mayorkas]").
    case added(String, marked: Bool)
    /// Letter words the quotation leaves out; `marked` when an ellipsis stands in their place.
    case left(String, marked: Bool)

    public var isMarked: Bool {
        switch self {
        case .same: true
        case .replaced(_, _, let marked), .added(_, let marked), .left(_, let marked): marked
        }
    }

    public var isChange: Bool {
        if case .same = self { return false }
        return true
    }
}

/// Writes a word diff for people: unchanged words plain, `[-letter-]` for words left out,
/// `{+article+}` for words added, `[-letter-]{+article+}` for a word replaced, and an
/// ellipsis or bracket note when the writer marked the change.
public enum WordDiffText {
    public static func render(_ steps: [WordDiffStep]) -> String {
        merged(steps).map { step -> String in
            switch step {
            case .same(let word): word
            case .replaced(let source, let quoted, let marked): "[-\(source)-]{+\(quoted)+}" + (marked ? "(bracketed)" : "")
            case .added(let words, let marked): "{+\(words)+}" + (marked ? "(bracketed)" : "")
            case .left(let words, let marked): "[-\(words)-]" + (marked ? "(…)" : "")
            }
        }.joined(separator: " ")
    }

    /// Runs of one kind of step merged into one, so a left-out passage reads as one step.
    public static func merged(_ steps: [WordDiffStep]) -> [WordDiffStep] {
        var result: [WordDiffStep] = []
        for step in steps {
            switch (result.last, step) {
            case (.same(let a)?, .same(let b)):
                result[result.count - 1] = .same(a + " " + b)
            case (.added(let a, let m)?, .added(let b, let n)) where m == n:
                result[result.count - 1] = .added(a + " " + b, marked: m)
            case (.left(let a, let m)?, .left(let b, let n)) where m == n:
                result[result.count - 1] = .left(a + " " + b, marked: m)
            case (.replaced(let s1, let q1, let m)?, .replaced(let s2, let q2, let n)) where m == n:
                result[result.count - 1] = .replaced(source: s1 + " " + s2, quoted: q1 + " " + q2, marked: m)
            default:
                result.append(step)
            }
        }
        return result
    }
}
