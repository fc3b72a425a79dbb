import CVigilZlib
import VigilCore

/// The decompressed bytes of a gzip file (several concatenated members are read as one),
/// inflated chunk by chunk through the system zlib, within `ReadLimits`: a stream that
/// inflates past `maximumStreamByteCount`, or more than `maximumCompressionRatio` times the
/// compressed bytes read (a gzip bomb), is refused naming the file and the limit.
final class GzipByteStream: ByteStream {
    private let source: any ByteStream
    private let fileName: String
    private var stream = z_stream()
    private let input: UnsafeMutableRawBufferPointer
    private var inputEnd = false
    private var finishedMember = false
    private var producedAny = false
    private let limits: ReadLimits
    /// Over all members (zlib's own totals restart with each member).
    private var compressedByteCount = 0
    private var decompressedByteCount = 0

    init(source: any ByteStream, fileName: String, inputBufferSize: Int = 1 << 20,
         limits: ReadLimits = .current) throws {
        self.source = source
        self.fileName = fileName
        self.limits = limits
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
                    compressedByteCount += n
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
        let produced = buffer.count - Int(stream.avail_out)
        try account(produced)
        return produced
    }

    private func account(_ produced: Int) throws {
        decompressedByteCount += produced
        if decompressedByteCount > limits.maximumStreamByteCount {
            throw ImportFailure(file: fileName, """
                the gzip data expands past \(ReadLimits.describe(bytes: limits.maximumStreamByteCount)) \
                (the limit for a decompressed file)
                """)
        }
        // Input read ahead but not yet inflated does not count as consumed.
        let consumed = max(compressedByteCount - Int(stream.avail_in), 1)
        if decompressedByteCount > limits.compressionRatioFloorByteCount,
           decompressedByteCount / consumed > limits.maximumCompressionRatio {
            throw ImportFailure(file: fileName, """
                the gzip data expands more than \(limits.maximumCompressionRatio) times its compressed size \
                (the limit on compression ratio); refusing it as a possible gzip bomb
                """)
        }
    }
}
