import Foundation

/// `delimited-text`: the path every delimited file read whole takes: limits, decoding, the
/// delimiter guess, records.
enum FuzzDelimitedText {
    static func run(_ data: Data) {
        guard let text = try? TextDecoding.decode(data, fileName: "fuzz.csv") else { return }
        _ = try? DelimitedText.records(text, delimiter: DelimitedText.delimiter(of: text), fileName: "fuzz.csv")
    }
}
