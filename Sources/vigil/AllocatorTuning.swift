#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator, set to give each new thread's heap room to grow into: for
/// `import ice-stats`, which reads many workbooks at once, each on a thread of its own
/// (`Vigil.main()` sets it before the command starts any thread).
///
/// A thread allocating for the first time gets a heap of its own (an arena), which glibc opens
/// to writing a few pages at a time as it grows: importing ICE's 30 shared workbooks made
/// 2,213–2,423 `mprotect` calls, and each one interrupts the other core to flush its view of
/// the process's memory. With 16 MB of padding, every heap made after this call starts with
/// 16 MB open, and the import made 40–779 (the heap of the thread that parsed the command is
/// older, and how much lands on it varies from run to run). Pages never touched take no memory. Not for the server: glibc also keeps the
/// padding when it trims a heap, up to 16 MB a thread.
enum AllocatorTuning {
    static func giveNewHeapsRoomToGrow() {
        #if canImport(Glibc)
        // Swift's Glibc module exposes neither `mallopt` nor <malloc.h>'s M_TOP_PAD (-2).
        let topPad: Int32 = -2
        guard let symbol = dlsym(nil, "mallopt") else { return }  // nil is RTLD_DEFAULT: the process's own libc
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        _ = mallopt(topPad, 16 << 20)
        #endif
    }
}
