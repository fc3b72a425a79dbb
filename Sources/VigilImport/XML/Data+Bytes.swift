import Foundation

extension Data {
    /// Runs `body` over the bytes without copying them, typed as the scanners want.
    func withUInt8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withUnsafeBytes { raw in try body(raw.bindMemory(to: UInt8.self)) }
    }
}
