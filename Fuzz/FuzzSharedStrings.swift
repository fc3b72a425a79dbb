import Foundation

/// libFuzzer target `shared-strings`: a shared-string table part.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSharedStrings(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? SharedStringsParser.parse(Data(bytes: start, count: count))
    return 0
}
