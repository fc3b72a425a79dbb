import Crypto
import Foundation
import VigilCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes through `read(2)`, optionally hashing them (SHA-256) on the way, so the
/// file is read once for both its digest and its contents.
final class FileByteStream: ByteStream {
    let fileName: String
    private let descriptor: Int32
    private var hasher: SHA256?
    private(set) var byteCount = 0

    init(path: String, computeDigest: Bool) throws {
        fileName = URL(fileURLWithPath: path).lastPathComponent
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ImportFailure(file: fileName, "the file cannot be opened: \(String(cString: strerror(errno)))")
        }
        hasher = computeDigest ? SHA256() : nil
    }

    deinit { close(descriptor) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw ImportFailure(file: fileName, "the file cannot be read: \(String(cString: strerror(errno)))")
            }
            if n > 0 {
                hasher?.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
                byteCount += n
            }
            return n
        }
    }

    /// The lower-case hex SHA-256 of everything read, or "" when not asked for.
    func finishDigest() -> String {
        guard let hasher else { return "" }
        let hexDigits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        for byte in hasher.finalize() {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The first bytes of a file, to tell its format by signature.
    static func signature(of path: String, count: Int = 4) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: count)) ?? Data())
    }
}
