import Foundation

/// `stays-csv`: a person-level file as `vigil import stays` reads it (header search, the
/// streaming record scanner, the tally and the daily populations), fed 7 bytes at a time so
/// that records straddle refills.
enum FuzzStaysCSV {
    static func run(_ data: Data) {
        let stream = MemoryByteStream([UInt8](data), chunkSize: 7)
        guard let tally = try? StaysFileReader.readDelimited(stream, fileName: "fuzz.csv") else { return }
        _ = tally.builder.build(through: nil)
    }
}
