/// One piece of a draft document, in the order it is written.
enum DraftBlock: Sendable, Hashable {
    case heading(String)
    case paragraph(String)
    case list([String])
    /// Text the representative must replace or check, shown marked.
    case placeholder(String)
}
