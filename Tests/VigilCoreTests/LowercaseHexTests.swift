import Testing
import VigilCore

@Suite("Bytes as lower-case hexadecimal")
struct LowercaseHexTests {
    @Test("two lower-case digits a byte, leading zeros kept, for every byte value")
    func everyByte() {
        #expect([UInt8]().lowercaseHex == "")
        #expect([0x00, 0x0F, 0xA5, 0xFF].lowercaseHex == "000fa5ff")
        let all = (0...255).map { UInt8($0) }
        let expected = all.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
        #expect(all.lowercaseHex == expected)
        // A sequence that is not an array, as digests and their prefixes are.
        #expect(all.lazy.filter { $0 >= 0xF0 }.prefix(3).lowercaseHex == "f0f1f2")
    }
}
