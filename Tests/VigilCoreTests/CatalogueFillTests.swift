import Testing
import VigilCore

@Suite("Filling a message's {names}")
struct CatalogueFillTests {
    @Test("each {name} with an argument becomes its value; other braces stay as written", arguments: [
        ("{count} rows in {file}", ["count": "3", "file": "a.xlsx"], "3 rows in a.xlsx"),
        ("no braces", ["count": "3"], "no braces"),
        ("{unknown} and {count}", ["count": "3"], "{unknown} and 3"),
        ("{{count}}", ["count": "3"], "{3}"),
        ("{count", ["count": "3"], "{count"),
        ("a {} b", ["": "empty"], "a empty b"),
        ("é {name} 中文", ["name": "Ñandú"], "é Ñandú 中文"),
        ("{a}{b}{a}", ["a": "1", "b": "2"], "121"),
    ] as [(String, [String: String], String)])
    func fills(message: String, arguments: [String: String], expected: String) {
        #expect(Catalogue.fill(message, arguments) == expected)
    }

    @Test("a value is put in as it is: braces in it are not filled in turn, whatever the order of the arguments")
    func valuesAreNotFilledAgain() {
        for _ in 0..<20 {
            #expect(Catalogue.fill("{a} / {b}", ["a": "{b}", "b": "{a}"]) == "{b} / {a}")
        }
    }
}
