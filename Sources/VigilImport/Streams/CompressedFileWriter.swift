import CVigilZlib
import Foundation
import VigilCore

/// Writes a file in large blocks, gzip-compressed (by the system zlib) when its name ends
/// in `.gz`: for generated data that may run to gigabytes, in constant memory.
public final class CompressedFileWriter {
    public let path: String
    private let handle: FileHandle
    private let compress: Bool
    private var stream = z_stream()
    private var output = [UInt8](repeating: 0, count: 1 << 20)
    private var closed = false

    /// Creates (or truncates) the file. `level` is zlib's 1 (fastest) ... 9 (smallest).
    public init(path: String, level: Int32 = 1) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw ImportFailure(file: path, "cannot create the file")
        }
        self.handle = handle
        compress = path.lowercased().hasSuffix(".gz")
        if compress {
            // 15 + 16: the largest window, with a gzip header and trailer.
            let status = deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                       zlibVersion(), Int32(MemoryLayout<z_stream>.size))
            guard status == Z_OK else { throw ImportFailure(file: path, "zlib could not start (status \(status))") }
        }
    }

    deinit {
        if compress { deflateEnd(&stream) }
    }

    /// Writes (or compresses and writes) `bytes`.
    public func write(_ bytes: [UInt8]) throws {
        guard compress else {
            try handle.write(contentsOf: bytes)
            return
        }
        try bytes.withUnsafeBytes { try deflate(UnsafeRawBufferPointer($0), finish: false) }
    }

    /// Flushes everything and closes the file.
    public func close() throws {
        guard !closed else { return }
        closed = true
        if compress { try deflate(UnsafeRawBufferPointer(start: nil, count: 0), finish: true) }
        try handle.close()
    }

    private func deflate(_ input: UnsafeRawBufferPointer, finish: Bool) throws {
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = UInt32(input.count)
        let capacity = output.count
        while true {
            let (status, produced): (Int32, Int) = output.withUnsafeMutableBytes { out in
                stream.next_out = out.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = UInt32(capacity)
                let status = CVigilZlib.deflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH)
                return (status, capacity - Int(stream.avail_out))
            }
            guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                throw ImportFailure(file: path, "zlib failed while compressing (status \(status))")
            }
            if produced > 0 { try handle.write(contentsOf: output[0..<produced]) }
            if finish ? status == Z_STREAM_END : (stream.avail_in == 0 && produced < capacity) { break }
        }
    }
}
