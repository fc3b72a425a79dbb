import Foundation

/// libFuzzer target `stays-csv`: the streaming scanner person-level and daily-population
/// files go through, fed in small chunks so records straddle refills.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStaysCSV(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let stream = ChunkedBytes(Array(UnsafeBufferPointer(start: start, count: count)))
    var limits = ReadLimits()
    limits.maximumRecordByteCount = 1 << 16
    let scanner = DelimitedRecordScanner(stream: stream, fileName: "fuzz.csv", delimiter: 0x2C, bufferSize: 1 << 17, limits: limits)
    do {
        while try scanner.nextRecord() {
            for i in 0..<scanner.fieldCount { _ = scanner.fieldText(i); _ = scanner.fieldIsRedacted(i) }
        }
    } catch {}
    return 0
}

final class ChunkedBytes: ByteStream {
    private let bytes: [UInt8]
    private var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset, 7)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
        offset += n
        return n
    }
}
