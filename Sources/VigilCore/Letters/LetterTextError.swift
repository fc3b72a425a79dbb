/// Why a plain-text letter could not be read: what is missing or wrong, and the line it was
/// looked for at (1-based), so an editor can fix the file.
public struct LetterTextError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The part of the letter: `date`, `recipients`, `closing`, `organizations`, `cc`.
    public var field: String
    public var line: Int
    public var message: String

    public init(field: String, line: Int, message: String) {
        self.field = field
        self.line = line
        self.message = message
    }

    /// `line 3, date: no date such as “November 15, 2024” before the recipients.`
    public var description: String { "line \(line), \(field): \(message)" }
}
