import Testing
import VigilCore
@testable import VigilImport

/// `HeaderText.normalized` reads ASCII headers on their bytes and any other text through
/// Characters; the two must give the same answer wherever both apply.
@Suite("Header text")
struct HeaderTextTests {
    @Test("ICE's kinds of header normalize as documented")
    func documentedExamples() {
        let expected = [
            "FY21 ALOS": "fyxx alos", "FY2024 ALOS": "fyxx alos", "EOFY23 ADP": "fyxx adp", "eoyFY20  ADP": "fyxx adp",
            "Last Inspection Rating - Final": "last inspection rating-final", "Level A*": "level a", "Name [1]": "name",
            "  Male  Crim / Non-Crim ": "male crim/non-crim", "Guaranteed\tMinimum\r\n": "guaranteed minimum", "[1]": "",
            "Rating* [2]": "rating*", "***": "",
        ]
        for (text, normalized) in expected {
            #expect(HeaderText.normalized(text) == normalized, "\(text)")
            #expect(HeaderText.generalNormalized(text) == normalized, "\(text)")
        }
    }

    @Test("on ASCII text the byte path gives what the Character path gives; other text takes the Character path")
    func bytePathMatchesCharacterPath() {
        // Words, fiscal-year tokens, footnote marks, separators, and every ASCII control and space character.
        let pieces = ["Name", "ADP", "fy21", "FY2024", "EOFY23", "eoyfy20", "fy2", "fyxx", "Level", "A", "-", "/", "*", "[",
                      "]", "[1]", " ", "  ", "\r\n", "x"] + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + ["\u{7F}"]
        var random = SeededGenerator(seed: 20_261_203)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(HeaderText.asciiNormalized(text) == HeaderText.generalNormalized(text), "\(text.debugDescription)")
        }
        for text in ["Ñame", "Level\u{00A0}A", "FY21\u{2003}ALOS"] {
            #expect(HeaderText.asciiNormalized(text) == nil, "\(text.debugDescription)")
        }
        #expect(HeaderText.normalized("Level\u{00A0}A") == "level a")
    }

    @Test("a heading's words: on ASCII the byte path gives what the Character path gives")
    func headingWordsBytePath() {
        #expect(HeadingText.words("FY2025 Quarter 3 (Oct-Dec)") == ["fy2025", "quarter", "3", "oct", "dec"])
        #expect(HeadingText.words("*Data represents 1,281 unique detainees.") == ["data", "represents", "1", "281", "unique", "detainees"])
        let pieces = ["FY22", "Quarter", "1", "unique", "Data", "*", ",", ".", "-", " ", "\t", "\r\n", "_", "(", ")", "x", "Z9"]
            + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + ["\u{7F}", "@", "[", "`", "{"]
        var random = SeededGenerator(seed: 20_261_204)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(HeadingText.asciiWords(text) == HeadingText.generalWords(text), "\(text.debugDescription)")
        }
        #expect(HeadingText.asciiWords("Año 2025") == nil)
        #expect(HeadingText.words("Año 2025") == ["año", "2025"])
    }

    @Test("spreadsheet escapes (_xHHHH_) are decoded wherever they are, and text without one is left alone")
    func spreadsheetEscapes() {
        let cases = [
            "a_x0041_b": "aAb", "_x0041_": "A", "x_x_x0042_": "x_xB", "line_x000D_break": "line\rbreak",
            "ends with _": "ends with _", "_x004": "_x004", "under_score_x": "under_score_x", "__x0043_": "_C",
            "no escape at all": "no escape at all", "_x00G1_ stays": "_x00G1_ stays",
        ]
        for (text, decoded) in cases {
            #expect(XMLText.unescapingSpreadsheetEscapes(text) == decoded, "\(text)")
        }
    }
}
