import Foundation

/// An alien registration number ("A-number"): nine digits, written `A123-456-789` on ICE forms.
///
/// Accepts what people type: nine digits, optionally after an `A` and with dashes or spaces
/// between groups (`A123456789`, `a-123-456-789`, `123 456 789`). Older eight-digit numbers are
/// written with a leading zero, so eight digits are refused rather than guessed at.
public struct ANumber: Sendable, Hashable, CustomStringConvertible {
    /// The nine digits, nothing else.
    public let digits: String

    public init?(_ text: String) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        if rest.first == "A" || rest.first == "a" { rest = rest.dropFirst() }
        if rest.first == "-" || rest.first == " " { rest = rest.dropFirst() }
        var digits = ""
        var lastWasSeparator = false
        for character in rest {
            if character.isASCII, character.isNumber {
                digits.append(character)
                lastWasSeparator = false
            } else if (character == "-" || character == " ") && !digits.isEmpty && !lastWasSeparator {
                lastWasSeparator = true
            } else {
                return nil
            }
        }
        guard digits.count == 9, !lastWasSeparator else { return nil }
        self.digits = digits
    }

    /// `A123-456-789`.
    public var description: String {
        let d = Array(digits)
        return "A" + String(d[0..<3]) + "-" + String(d[3..<6]) + "-" + String(d[6..<9])
    }

    /// Shown where the whole number is not needed: `A•••-•••-789`.
    public var masked: String { "A•••-•••-" + String(digits.suffix(3)) }
}
