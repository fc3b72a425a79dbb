/// One numbered demand of a letter: `1. Close detention centers: We ask that you …`.
public struct LetterDemand: Sendable, Hashable, Codable {
    public var number: Int
    /// The demand's heading, before its first colon: `Close detention centers`.
    public var title: String
    /// What follows the heading, as one paragraph (page breaks rejoined).
    public var text: String

    public init(number: Int, title: String, text: String) {
        self.number = number
        self.title = title
        self.text = text
    }
}
