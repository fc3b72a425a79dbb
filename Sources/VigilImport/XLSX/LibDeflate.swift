#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libdeflate, when the system has it (Debian and Ubuntu: `libdeflate0`), for inflating a
/// workbook part whole and checking its CRC-32.
///
/// A workbook part's size is known before it is inflated, so it need not be streamed, and
/// libdeflate inflates a whole buffer several times faster than zlib's streaming `inflate`:
/// FY25_detentionStats08012025's 11.5 MB segregation sheet in 4.5–5 ms against zlib's
/// 24–28 ms on the machine this was measured on, its CRC-32 in 1 ms against 5 ms. zlib stays
/// the inflater for streams (`GzipByteStream`) and whenever libdeflate is missing or declines
/// a part, so that every refusal keeps zlib's reason (`ZIPPackage.read`).
///
/// It is loaded when first needed rather than linked, so building Vigil asks for nothing more
/// than zlib's headers, and a system without the library simply reads with zlib.
struct LibDeflate: @unchecked Sendable {  // C function pointers into a library never unloaded
    /// The library, or nil when the system has none (or one without these functions).
    static let system: LibDeflate? = ["libdeflate.so.0", "libdeflate.0.dylib", "libdeflate.so"].lazy.compactMap(LibDeflate.init(loading:)).first

    private typealias Allocate = @convention(c) () -> OpaquePointer?
    private typealias Free = @convention(c) (OpaquePointer?) -> Void
    private typealias Decompress = @convention(c) (OpaquePointer?, UnsafeRawPointer?, Int, UnsafeMutableRawPointer?, Int,
                                                   UnsafeMutablePointer<Int>?, UnsafeMutablePointer<Int>?) -> Int32
    private typealias Checksum = @convention(c) (UInt32, UnsafeRawPointer?, Int) -> UInt32

    private let allocate: Allocate
    private let free: Free
    private let decompress: Decompress
    private let checksum: Checksum

    private init?(loading name: String) {
        guard let library = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { return nil }
        func function<T>(_ symbol: String, as type: T.Type) -> T? {
            dlsym(library, symbol).map { unsafeBitCast($0, to: type) }
        }
        guard let allocate = function("libdeflate_alloc_decompressor", as: Allocate.self),
              let free = function("libdeflate_free_decompressor", as: Free.self),
              let decompress = function("libdeflate_deflate_decompress_ex", as: Decompress.self),
              let checksum = function("libdeflate_crc32", as: Checksum.self) else {
            dlclose(library)
            return nil
        }
        (self.allocate, self.free, self.decompress, self.checksum) = (allocate, free, decompress, checksum)
    }

    /// Inflates the raw deflate stream `input` into `output`. Returns the bytes produced, or
    /// nil when the stream is damaged, does not end within `input`, or needs more room than
    /// `output` has: the caller then inflates it with zlib, which says which.
    func inflate(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Int? {
        guard let decompressor = allocate() else { return nil }
        defer { free(decompressor) }
        var consumed = 0, produced = 0
        // 0 is LIBDEFLATE_SUCCESS: the stream's final block ended within the input.
        guard decompress(decompressor, input.baseAddress, input.count, output.baseAddress, output.count, &consumed, &produced) == 0 else {
            return nil
        }
        return produced
    }

    /// The CRC-32 of `bytes`, as ZIP and zlib's `crc32` compute it.
    func crc32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        checksum(0, bytes.baseAddress, bytes.count)
    }
}
