import VigilCore
import VigilStore

/// A draft from a case, ready to show or print: its header facts and its written blocks.
struct DraftModel: Sendable {
    var kind: DraftKind
    var language: DraftLanguage
    var organization: Organization
    var stored: StoredCase
    var blocks: [DraftBlock]
    var today: CalendarDate
    /// True when printed from a file to PDF: no toolbar, no links back, the stylesheet inside.
    var printed: Bool
}
