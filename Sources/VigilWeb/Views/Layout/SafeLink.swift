import Foundation

/// Links built from stored text (a source URL someone typed or a list carried) are shown as
/// links only when they are plain http(s) addresses; anything else (javascript:, data:) stays text.
enum SafeLink {
    static func httpURL(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false else { return nil }
        return trimmed
    }
}
