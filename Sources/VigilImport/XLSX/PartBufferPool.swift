import Foundation
import Synchronization

/// Memory that workbook parts are inflated into, kept from one part to the next.
///
/// A sheet's XML lives only while it is parsed: the parser copies out what it keeps. Each part
/// used to be inflated 256 KB at a time into a staging buffer and copied from there into a
/// fresh `Data`, whose pages the kernel then faulted in one by one on first touch. A part is
/// now inflated where it will be parsed, and a buffer given back here is taken by the next
/// part with its pages already mapped (only the largest part a reader meets is faulted in).
final class PartBufferPool: Sendable {
    static let shared = PartBufferPool()

    /// How many buffers are kept: one per reader (`ReleaseReadAhead` runs one per core) and a
    /// little spare; more wait for nothing.
    private static let keptBufferCount = 4
    /// A buffer larger than this is freed rather than kept, so a long-running server holds at
    /// most 64 MB here between imports. The largest part in ICE's 30 workbooks is 11.5 MB.
    private static let largestKeptByteCount = 16 << 20

    private let free = Mutex<[PartBuffer]>([])

    /// A buffer of at least `byteCount` bytes, its contents undefined.
    func take(atLeast byteCount: Int) -> PartBuffer {
        let buffer = free.withLock { $0.popLast() } ?? PartBuffer()
        buffer.makeRoom(for: byteCount)
        return buffer
    }

    func giveBack(_ buffer: PartBuffer) {
        guard buffer.capacity <= Self.largestKeptByteCount else { return }
        free.withLock { if $0.count < Self.keptBufferCount { $0.append(buffer) } }
    }
}

/// One block of memory a part is inflated into, grown as the part turns out larger.
///
/// Unchecked `Sendable`: it is used by one reader at a time, between `take` and `giveBack`.
final class PartBuffer: @unchecked Sendable {
    private(set) var start: UnsafeMutableRawPointer?
    private(set) var capacity = 0

    deinit { start?.deallocate() }

    /// Makes the buffer at least `byteCount` bytes long, dropping what it held.
    func makeRoom(for byteCount: Int) {
        guard byteCount > capacity else { return }
        start?.deallocate()
        start = .allocate(byteCount: byteCount, alignment: 16)
        capacity = byteCount
    }

    /// Makes the buffer `byteCount` bytes long, keeping its first `kept` bytes.
    func grow(to byteCount: Int, keeping kept: Int) {
        guard byteCount > capacity else { return }
        let larger = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 16)
        if let start, kept > 0 { larger.copyMemory(from: start, byteCount: kept) }
        start?.deallocate()
        start = larger
        capacity = byteCount
    }
}
