import Testing
import VigilCore
@testable import VigilImport

/// `TextDate.parse` reads `m/d/yyyy` on the bytes; every text must get what the general path
/// (`parseAnyForm`) gives it.
@Suite("Dates written as text")
struct TextDateTests {
    @Test("the byte path for m/d/yyyy gives what the general path gives, on generated text of that shape and near it")
    func bytePathMatchesGeneralPath() {
        var random = SeededGenerator(seed: 20_261_203)
        // Digits and slashes mostly, with what makes text just miss the shape: a space, a hyphen,
        // a letter, a non-ASCII digit and a dot.
        let alphabet = Array("0123456789/////  -a.٣")
        func field(_ widths: ClosedRange<Int>) -> String {
            String((0..<Int.random(in: widths, using: &random)).map { _ in "0123456789".randomElement(using: &random)! })
        }
        var texts = ["", "/", "//", "1/2/", "/1/2023", "1//2023", "2/29/2024", "2/29/2023", "02/30/23", "13/1/2023",
                     "0/1/2023", "1/0/2023", "12/31/99", "1/1/0000", "9/24/2020", " 9/24/2020", "9/24/2020 ", "9/24/20200",
                     "9/24/202", "123/4/2020", "9/24/2020/1", "9/24-2020", "9-24-2020", "2020-09-24", "Sep 24, 2020", "24-Sep-2020"]
        for _ in 0..<8_000 {
            // Three fields of the shape's widths or a digit either side of them...
            texts.append("\(field(0...3))/\(field(0...3))/\(field(1...5))")
            // ...and text from the alphabet.
            texts.append(String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
        var parsedByBothWays = 0
        for text in texts {
            let fast = TextDate.parse(text), general = TextDate.parseAnyForm(text)
            #expect(fast?.date == general?.date && fast?.format == general?.format, "\"\(text)\"")
            if general != nil { parsedByBothWays += 1 }
        }
        // The generated texts do reach real dates, not only refusals.
        #expect(parsedByBothWays > 200)
        #expect(TextDate.parse("9/24/2020")?.date == CalendarDate(year: 2020, month: 9, day: 24))
        #expect(TextDate.parse("02/29/24")?.date == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(TextDate.parse("2/30/2023") == nil)
    }
}
