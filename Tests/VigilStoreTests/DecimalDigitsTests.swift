import Testing
@testable import VigilStore

@Suite("Decimal digits written without a string")
struct DecimalDigitsTests {
    @Test("the bytes are String(value)'s, at the edges of Int too",
          arguments: [0, 7, 10, -1, -40, 1_200, 987_654_321, Int.max, Int.min])
    func sameAsString(_ value: Int) {
        let bytes = DecimalDigits.withBytes(of: value) { Array($0) }
        #expect(String(decoding: bytes, as: UTF8.self) == String(value))
    }
}
