import CVigilZlib
import VigilCore

/// The decompressed bytes of a gzip file (several concatenated members are read as one),
/// inflated chunk by chunk through the system zlib.
final class GzipByteStream: ByteStream {
    private let source: any ByteStream
    private let fileName: String
    private var stream = z_stream()
    private let input: UnsafeMutableRawBufferPointer
    private var inputEnd = false
    private var finishedMember = false
    private var producedAny = false

    init(source: any ByteStream, fileName: String, inputBufferSize: Int = 1 << 20) throws {
        self.source = source
        self.fileName = fileName
        input = .allocate(byteCount: inputBufferSize, alignment: 16)
        // 15 + 32: the largest window, and a gzip (or zlib) header detected automatically.
        let status = inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            input.deallocate()
            throw ImportFailure(file: fileName, "zlib could not start (status \(status))")
        }
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        stream.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = UInt32(min(buffer.count, Int(UInt32.max)))
        while stream.avail_out > 0 {
            if stream.avail_in == 0 && !inputEnd {
                let n = try source.read(into: input)
                if n == 0 {
                    inputEnd = true
                } else {
                    stream.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    stream.avail_in = UInt32(n)
                }
            }
            if stream.avail_in == 0 && inputEnd {
                if finishedMember { break }
                if !producedAny && stream.total_in == 0 {
                    throw ImportFailure(file: fileName, "the file is empty, not a gzip stream")
                }
                throw ImportFailure(file: fileName, """
                    the gzip stream ends before its end marker: the file is truncated (an interrupted \
                    download?); download it again
                    """)
            }
            if finishedMember {
                // Another gzip member follows the last one.
                inflateReset(&stream)
                finishedMember = false
            }
            let status = inflate(&stream, Z_NO_FLUSH)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                producedAny = true
            case Z_STREAM_END:
                producedAny = true
                finishedMember = true
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                throw ImportFailure(file: fileName, "the gzip data is corrupt (\(message)) after \(stream.total_in) compressed bytes")
            }
        }
        return buffer.count - Int(stream.avail_out)
    }
}
