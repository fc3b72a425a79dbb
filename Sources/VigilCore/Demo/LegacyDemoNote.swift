/// Older demos wrote "this is invented" in English into the stored text of their cases and
/// incidents; pages now say it themselves, in the reader's language. Taken off at read time, so
/// a database loaded then reads like one loaded now (case notes are sealed, so no migration could).
enum LegacyDemoNote {
    /// `text` without any of `notes` at its end, nor the spaces before it.
    static func removing(_ notes: [String], from text: String) -> String {
        var text = text
        for note in notes where text.hasSuffix(note) {
            text = String(text.dropLast(note.count))
            while text.last == " " { text.removeLast() }
        }
        return text
    }
}
