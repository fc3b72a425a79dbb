import CVigilZlib
import VigilCore

/// The decompressed bytes of a gzip file (several concatenated members are read as one),
/// inflated chunk by chunk through the system zlib, within `ReadLimits`: a stream that
/// inflates past `maximumStreamByteCount`, or more than `maximumCompressionRatio` times the
/// compressed bytes read (a gzip bomb), is refused naming the file and the limit.
///
/// The same loop inflates one entry of a ZIP archive (`Format.deflate`): raw deflate data, no
/// header, one stream, read only from the entry's own bytes, so a stream that never reaches
/// its end marker is refused as truncated when those bytes run out.
final class GzipByteStream: ByteStream {
    enum Format {
        /// A `.gz` file (or zlib data): a header, then any number of members.
        case gzip
        /// The raw deflate data of the ZIP entry `part` (a workbook part such as
        /// `xl/worksheets/sheet1.xml`): one stream, anything after its end ignored.
        case deflate(part: String)
    }

    private let source: any ByteStream
    private let fileName: String
    private let format: Format
    private var stream = z_stream()
    private let input: UnsafeMutableRawBufferPointer
    private var inputEnd = false
    private var finishedMember = false
    private var producedAny = false
    private let limits: ReadLimits
    /// Over all members (zlib's own totals restart with each member).
    private var compressedByteCount = 0
    private var decompressedByteCount = 0

    init(source: any ByteStream, fileName: String, format: Format = .gzip, inputBufferSize: Int = 1 << 20,
         limits: ReadLimits = .current) throws {
        self.source = source
        self.fileName = fileName
        self.format = format
        self.limits = limits
        input = .allocate(byteCount: inputBufferSize, alignment: 16)
        // 15 + 32: the largest window, and a gzip (or zlib) header detected automatically;
        // -15: the largest window, raw deflate (a ZIP entry has no header of its own).
        let windowBits: Int32 = if case .gzip = format { 15 + 32 } else { -15 }
        let status = inflateInit2_(&stream, windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
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
            if finishedMember, case .deflate = format { break }
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
                switch format {
                case .gzip:
                    if !producedAny && stream.total_in == 0 {
                        throw ImportFailure(file: fileName, "the file is empty, not a gzip stream")
                    }
                    throw ImportFailure(file: fileName, """
                        the gzip stream ends before its end marker: the file is truncated (an interrupted \
                        download?); download it again
                        """)
                case .deflate(let part):
                    throw ImportFailure(file: fileName, """
                        the part \(part) ends before its deflate end marker (after \(stream.total_in) compressed \
                        bytes): the file is truncated or corrupted; download it again
                        """)
                }
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
                switch format {
                case .gzip:
                    throw ImportFailure(file: fileName, "the gzip data is corrupt (\(message)) after \(stream.total_in) compressed bytes")
                case .deflate(let part):
                    throw ImportFailure(file: fileName, """
                        the part \(part) cannot be decompressed (\(message) after \(stream.total_in) compressed \
                        bytes): the file is truncated or corrupted; download it again
                        """)
                }
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
