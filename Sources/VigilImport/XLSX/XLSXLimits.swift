/// How much a workbook may make the reader decompress: the defence against ZIP bombs, whose
/// few kilobytes inflate to gigabytes.
public struct XLSXLimits: Hashable, Sendable {
    /// The largest uncompressed size of any one part read (workbook, shared strings, sheet).
    /// ICE's largest sheet is about 12 MB; 200 MB leaves room for any real workbook.
    public var maximumPartByteCount: Int

    public init(maximumPartByteCount: Int) {
        self.maximumPartByteCount = maximumPartByteCount
    }

    public static let `default` = XLSXLimits(maximumPartByteCount: 200 * 1024 * 1024)
}
