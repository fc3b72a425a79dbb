import VigilStore

/// `/letters`: every letter the reader may see, with its status and counted signatories.
struct LetterListModel: Sendable {
    var chrome: PageChrome
    var letters: [Entry]
    /// Editors see drafts and the link to write a letter.
    var isEditor: Bool

    struct Entry: Sendable {
        var letter: LetterRecord
        var approvedCount: Int
    }
}
