import Foundation

/// Reads (and, for `.gz`, inflates) on a background thread while the caller parses the
/// previous chunk: the two halves of an import run on two cores.
final class PrefetchingByteStream: ByteStream, @unchecked Sendable {
    private let source: any ByteStream
    private let chunkSize: Int
    private let condition = NSCondition()
    private var ready: [(UnsafeMutableRawBufferPointer, Int)] = []
    private var free: [UnsafeMutableRawBufferPointer] = []
    private var finished = false
    private var failure: (any Error)?
    private var current: (UnsafeMutableRawBufferPointer, Int)?
    private var currentOffset = 0
    private var stopped = false
    private var thread: Thread?

    init(source: any ByteStream, chunkSize: Int = 4 << 20, depth: Int = 4) {
        self.source = source
        self.chunkSize = chunkSize
        free = (0..<depth).map { _ in .allocate(byteCount: chunkSize, alignment: 64) }
        let thread = Thread { [unowned self] in self.produce() }
        thread.stackSize = 1 << 20
        self.thread = thread
        thread.start()
    }

    deinit {
        for (b, _) in ready { b.deallocate() }
        for b in free { b.deallocate() }
        if let (b, _) = current { b.deallocate() }
    }

    /// Stops the background reader and waits for it; call before dropping the stream.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    private func produce() {
        while true {
            condition.lock()
            while free.isEmpty && !stopped { condition.wait() }
            if stopped {
                finished = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let buffer = free.removeLast()
            condition.unlock()
            var n = 0
            var error: (any Error)?
            do {
                // Fill the whole chunk, so the consumer gets few, large pieces.
                while n < chunkSize {
                    let got = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[n...]))
                    if got == 0 { break }
                    n += got
                }
            } catch let e {
                error = e
            }
            condition.lock()
            if n > 0 { ready.append((buffer, n)) } else { free.append(buffer) }
            if let error { failure = error }
            let done = n < chunkSize || error != nil
            if done { finished = true }
            condition.broadcast()
            condition.unlock()
            if done { return }
        }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if current == nil {
            condition.lock()
            while ready.isEmpty && !finished { condition.wait() }
            if ready.isEmpty {
                let failure = self.failure
                condition.unlock()
                if let failure { throw failure }
                return 0
            }
            current = ready.removeFirst()
            currentOffset = 0
            condition.unlock()
        }
        let (chunk, length) = current!
        let n = min(buffer.count, length - currentOffset)
        buffer.baseAddress!.copyMemory(from: chunk.baseAddress! + currentOffset, byteCount: n)
        currentOffset += n
        if currentOffset == length {
            condition.lock()
            free.append(chunk)
            current = nil
            condition.broadcast()
            condition.unlock()
        }
        return n
    }
}
