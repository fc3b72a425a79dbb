import Foundation

/// What a file's first bytes say it is, so a refusal can name the real problem
/// ("this is a PDF") instead of a ZIP library's complaint.
enum FileSignature: Equatable {
    case empty
    /// `PK\u{3}\u{4}` (or the end record of an empty archive): a ZIP, as every XLSX is.
    case zip
    /// `D0 CF 11 E0 A1 B1 1A E1`: an OLE compound file. Excel writes password-protected
    /// workbooks this way (the XLSX inside is encrypted), and so are legacy `.xls` files.
    case oleCompoundFile
    case pdf
    /// Mostly printable bytes: CSV, HTML, an error page saved under the wrong name.
    case text
    case unknown

    init(of data: Data) {
        guard !data.isEmpty else { self = .empty; return }
        let head = [UInt8](data.prefix(512))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .zip
        } else if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .oleCompoundFile
        } else if head.starts(with: Array("%PDF".utf8)) {
            self = .pdf
        } else if Self.looksLikeText(head) {
            self = .text
        } else {
            self = .unknown
        }
    }

    private static func looksLikeText(_ head: [UInt8]) -> Bool {
        let printable = head.filter { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 >= 0x80 }
        return head.count > 0 && Double(printable.count) / Double(head.count) > 0.95 && !head.contains(0)
    }
}
