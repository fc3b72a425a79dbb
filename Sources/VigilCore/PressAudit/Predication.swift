/// What a sentence asks to be done to something, in the two directions the letter's demands
/// run: to end it (end, close, halt, stop, cancel, freeze, rescind, reduce, release, abolish)
/// or to let it grow (expand, open, build, increase, turn over to, hand to, privatize).
///
/// A negation ("not", "no", "never", "without", "avoid", "prevent") or an ending verb up to six
/// words before a verb, with no "and", "but" or comma between, turns it round: "halt all efforts
/// to expand" ends expansion; "should not be gifted an expanded system" too.
public struct Predication: Hashable, Sendable {
    /// True: to grow or keep; false: to end.
    public let grows: Bool
    /// The verb as written.
    public let verb: String
    /// Stems of the words it acts on (up to six content words after it).
    public let object: Set<String>
    public let negated: Bool

    static let ending: Set<String> = [
        "end", "close", "halt", "stop", "cancel", "freeze", "rescind", "reduce", "release", "abolish", "dismantle",
        "shrink", "defund", "phase", "eliminate", "terminate",
    ]
    static let growing: Set<String> = [
        "expand", "open", "build", "grow", "increase", "turn", "hand", "transfer", "privatize", "outsource", "create",
        "continue", "keep", "maintain", "gift", "gifted",
    ]
    static let negations: Set<String> = ["not", "no", "never", "without", "avoid", "prevent", "against", "nor", "cannot", "dont", "doesnt", "didnt", "wont", "shouldnt"]
    /// Words that end a negation's reach and an object.
    static let breaks: Set<String> = ["and", "but", "or", "while", "because", "as", "so", "then", "this"]
    /// Words too common to tie two objects together on their own.
    static let generic: Set<String> = ["detention", "center", "facility", "system", "ice", "people", "immigration", "capacity"]

    public static func predications(_ tokens: [AuditToken], in scalars: [Unicode.Scalar]) -> [Predication] {
        let words = tokens.filter { $0.kind == .word }
        var result: [Predication] = []
        for (index, token) in words.enumerated() {
            let stem = ClaimWords.stem(token.folded)
            let ends = ending.contains(stem), grows = growing.contains(stem)
            guard ends || grows else { continue }
            // Look back for a negation or an ending verb, within the clause.
            var negated = false
            var back = index - 1, seen = 0
            while back >= 0, seen < 6 {
                if breaksClause(words[back], words[back + 1], scalars) { break }
                let word = words[back].folded
                if breaks.contains(word) { break }
                if negations.contains(word) || (grows && ending.contains(ClaimWords.stem(word))) { negated = true; break }
                if !ClaimWords.stopWords.contains(word) { seen += 1 }
                back -= 1
            }
            var object: Set<String> = []
            var forward = index + 1
            while forward < words.count, object.count < 6 {
                if breaksClause(words[forward - 1], words[forward], scalars) { break }
                let word = words[forward].folded
                let next = ClaimWords.stem(word)
                if breaks.contains(word) || ending.contains(next) || (growing.contains(next) && next != "expand") { break }
                if !ClaimWords.stopWords.contains(word) { object.insert(next) }
                forward += 1
            }
            result.append(Predication(grows: grows != negated, verb: token.folded, object: object, negated: negated))
        }
        return result
    }

    /// A comma, semicolon, colon or sentence stop between two words ends a clause.
    static func breaksClause(_ a: AuditToken, _ b: AuditToken, _ scalars: [Unicode.Scalar]) -> Bool {
        (a.end..<b.start).contains { [",", ";", ":", ".", "(", "—", "–"].contains(scalars[$0]) }
    }

    /// Whether two predications act on the same thing: a shared word that is not generic, two
    /// generic ones, or one when the verb is the same ("expand detention").
    public func overlaps(_ other: Predication) -> Bool {
        let shared = object.intersection(other.object)
        return shared.contains { !Predication.generic.contains($0) } || shared.count >= 2
            || (!shared.isEmpty && ClaimWords.stem(verb) == ClaimWords.stem(other.verb))
    }
}
