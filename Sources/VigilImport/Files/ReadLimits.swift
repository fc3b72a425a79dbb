/// Every bound a reader keeps while it reads a file someone else made: how much it may read,
/// decompress, nest and hold. A file that breaks one is refused with an `ImportFailure`
/// naming the file, the part and the limit, before it can exhaust memory or time.
///
/// The defaults sit far above anything in a real source file (noted per limit) and far
/// below what would hurt the machine: a hostile file is stopped within a few hundred
/// megabytes and a few seconds. Tests lower them with `ReadLimits.$current.withValue(_:)`.
public struct ReadLimits: Hashable, Sendable {
    // MARK: Files read whole (workbooks, hand-kept CSVs, reference lists)

    /// The largest file read into memory at once, and the most a `.gz` reference list may
    /// decompress to. The largest real one is ICE's 2017 facility list, 2 MB.
    public var maximumFileByteCount = 256 << 20

    // MARK: ZIP containers (.xlsx)

    /// Entries in the archive's table of contents. ICE's workbooks hold at most 67.
    public var maximumZipEntryCount = 10_000
    /// The uncompressed size of any one part read, declared or actual (the bytes produced
    /// count, not the header). ICE's largest sheet is about 12 MB.
    public var maximumPartByteCount = 200 << 20
    /// All parts decompressed from one workbook together. Real ones: under 13 MB.
    public var maximumTotalPartByteCount = 512 << 20
    /// Uncompressed bytes per compressed byte, for a part or a gzip stream, checked once
    /// `compressionRatioFloorByteCount` bytes have come out. Real parts reach 33:1, real
    /// CSV.gz files 6:1; one row repeated reaches 300:1, a ZIP or gzip bomb 1,000:1.
    public var maximumCompressionRatio = 100
    public var compressionRatioFloorByteCount = 2 << 20

    // MARK: XML (the parts of a workbook)

    /// Elements open at once. A worksheet nests 6 deep.
    public var maximumXMLDepth = 64
    /// The text of one cell or shared string, in bytes as written. Excel stops at 32,767
    /// characters (at most 128 KB).
    public var maximumCellByteCount = 1 << 20
    /// Cells with a value in one sheet. ICE's largest sheet has about 60,000.
    public var maximumSheetCellCount = 5_000_000
    /// Items in the shared-string table. Real ones: under 10,000.
    public var maximumSharedStringCount = 5_000_000
    // Rows and columns are bounded by Excel's own sheet size, 1,048,576 × 16,384
    // (`CellReference`).

    // MARK: Delimited text (CSV, pipe-delimited, .csv.gz)

    /// One record (a line, or several when a quoted field holds line breaks). Real records
    /// are under 3 KB.
    public var maximumRecordByteCount = 4 << 20
    /// Fields in one record. The person-level stays file has 56.
    public var maximumFieldCount = 2_000
    /// Fields in a delimited file read whole (every one becomes a `String`). Real: under 100,000.
    public var maximumTotalFieldCount = 4_000_000
    /// Bytes a streamed `.gz` may decompress to: a person-level release runs to a few GB.
    public var maximumStreamByteCount = 64 << 30

    public init() {}

    public static let `default` = ReadLimits()

    /// The limits readers use: `.default`, unless a test binds others for its task.
    @TaskLocal public static var current = ReadLimits.default

    /// `200 MB`, `4 KB`, `64 GB`, `512 bytes`: a limit as a message states it.
    static func describe(bytes count: Int) -> String {
        for (unit, shift) in [("GB", 30), ("MB", 20), ("KB", 10)] where count >= 1 << shift && count % (1 << shift) == 0 {
            return "\(count >> shift) \(unit)"
        }
        return "\(count) bytes"
    }
}
