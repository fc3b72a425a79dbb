import Foundation

/// libFuzzer target `worksheet-xml`: a worksheet part, read against a small shared-string
/// table. Any outcome but a crash, a hang or a sanitizer report is fine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorksheetXML(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? WorksheetParser.parse(Data(bytes: start, count: count), sharedStrings: ["a", "b", "c"])
    return 0
}
