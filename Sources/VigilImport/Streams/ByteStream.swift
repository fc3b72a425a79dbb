/// A source of bytes read front to back in chunks: a file, a decompressed `.gz`, or a
/// background reader in front of either. Nothing reads a whole file into memory.
protocol ByteStream: AnyObject {
    /// Fills the start of `buffer` and returns how many bytes it wrote; 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}
