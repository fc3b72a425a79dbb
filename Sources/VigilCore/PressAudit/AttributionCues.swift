/// Words by which an article says something comes from the letter or its signers: "the letter
/// demands", "the groups want", "192 other signatories".
public enum AttributionCues {
    /// Who or what speaks for the letter.
    public static let speakers: Set<String> = [
        "letter", "groups", "group", "organizations", "organisations", "organization", "signatories", "signers",
        "signatory", "coalition", "consortium", "advocates", "they", "signed", "endorsed", "demand", "demands",
    ]
    /// Verbs and nouns of asking and saying.
    public static let positions: Set<String> = [
        "want", "wants", "wanted", "demand", "demands", "demanded", "demanding", "ask", "asks", "asked", "asking",
        "call", "calls", "called", "calling", "urge", "urges", "urged", "urging", "say", "says", "said", "claim",
        "claims", "claimed", "warn", "warns", "warned", "plead", "pleaded", "pleads", "implore", "implored",
        "allege", "alleges", "alleged", "argue", "argues", "argued", "insist", "insists", "state", "states",
        "stated", "conclude", "concludes", "concluded", "wrote", "write", "writes", "reads", "seek", "seeks",
        "sought", "push", "pushes", "pushed",
    ]
    /// Words that tie a date to the letter: sent, dated, released.
    public static let letterEvents: Set<String> = ["letter", "sent", "dated", "released", "published", "signed", "delivered"]

    /// Whether a sentence's words name the letter or its signers.
    public static func mentionsSpeaker(_ words: [String]) -> Bool {
        words.contains(where: speakers.contains)
    }

    /// Whether a sentence attributes a position to the letter: a speaker and a verb of asking or saying.
    public static func attributesPosition(_ words: [String]) -> Bool {
        let speakerWords = speakers.subtracting(["signed", "endorsed", "demand", "demands"])
        if words.contains(where: speakerWords.contains) && words.contains(where: positions.contains) { return true }
        // "The first demand is …", "The final demand is …"
        return zip(words, words.dropFirst()).contains { $0.1 == "demand" && ["first", "second", "third", "final", "last", "next"].contains($0.0) }
    }
}
