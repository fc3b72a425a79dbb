import Foundation

/// libFuzzer target `delimited-text`: the path every delimited file read whole takes
/// (facility lists, deaths, incidents, operators, national ADP): limits, decoding, records.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDelimitedText(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let text = try? TextDecoding.decode(data, fileName: "fuzz.csv") else { return 0 }
    _ = DelimitedText.records(text, delimiter: DelimitedText.delimiter(of: text))
    return 0
}
