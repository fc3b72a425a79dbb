import VigilCore
import Foundation
import Synchronization

/// Pages and downloads as anonymous readers get them, kept for one data version.
///
/// Keyed by path and query. Bounded three ways: by bytes (least recently used entries go
/// first), by entry size (a body larger than an eighth of the budget is not kept), and by
/// query variants per path (so `/ranking?deaths=…` with endless weights cannot push the
/// national page out; the least recently used variant of that path goes). Seeing a newer data
/// version empties the cache, and entries are also dropped when the UTC day changes, since a
/// dossier says the day it was prepared.
final class ResponseCache: Sendable {
    struct Key: Hashable, Sendable {
        var path: String
        var query: String
        /// Pages are drawn in the reader's language, chosen by more than the address (cookie, Accept-Language).
        var language: SiteLanguage = SiteLanguage.current
    }

    enum Claim: Sendable {
        /// Kept: send it.
        case hit(CachedResponse)
        /// Someone is making it: wait for it.
        case wait(PendingResponse)
        /// Make it, then `fulfil` the pending response (with nil if it cannot be kept).
        case make(PendingResponse)
    }

    let byteLimit: Int
    let variantsPerPath: Int
    var entryByteLimit: Int { byteLimit / 8 }
    private let today: @Sendable () -> Int
    private let state = Mutex(State())

    private struct Slot {
        var entry: CachedResponse
        var lastUse: UInt64
    }

    private struct State {
        var version: Int64 = .min
        var day = 0
        var slots: [Key: Slot] = [:]
        var variants: [String: Set<String>] = [:]
        var bytes = 0
        var clock: UInt64 = 0
        var pending: [Key: PendingResponse] = [:]

        mutating func advance(to version: Int64, day: Int) {
            guard version > self.version || day != self.day else { return }
            self.version = max(version, self.version)
            self.day = day
            slots = [:]
            variants = [:]
            bytes = 0
            pending = pending.filter { $0.value.version >= version }
        }

        mutating func remove(_ key: Key) {
            guard let slot = slots.removeValue(forKey: key) else { return }
            bytes -= slot.entry.bytes
            variants[key.path]?.remove(key.query)
            if variants[key.path]?.isEmpty == true { variants[key.path] = nil }
        }

        mutating func evictLeastRecentlyUsed(among keys: some Sequence<Key>) {
            guard let oldest = keys.min(by: { (slots[$0]?.lastUse ?? 0) < (slots[$1]?.lastUse ?? 0) }) else { return }
            remove(oldest)
        }
    }

    /// - Parameters:
    ///   - byteLimit: the most bytes of bodies kept; 0 keeps nothing.
    ///   - variantsPerPath: the most query strings kept for one path.
    init(byteLimit: Int, variantsPerPath: Int = 64,
         today: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970 / 86_400) }) {
        self.byteLimit = byteLimit
        self.variantsPerPath = variantsPerPath
        self.today = today
    }

    var isEnabled: Bool { byteLimit > 0 }

    /// What to do for `key` at data version `version`.
    func claim(_ key: Key, version: Int64) -> Claim {
        let day = today()
        return state.withLock { state in
            state.advance(to: version, day: day)
            if state.version == version, var slot = state.slots[key] {
                state.clock += 1
                slot.lastUse = state.clock
                state.slots[key] = slot
                return .hit(slot.entry)
            }
            if let pending = state.pending[key], pending.version == version { return .wait(pending) }
            let pending = PendingResponse(version: version)
            state.pending[key] = pending
            return .make(pending)
        }
    }

    /// Keeps `entry` (if any, and if it still belongs to the newest version seen) and hands it
    /// to everyone waiting on `pending`.
    func fulfil(_ pending: PendingResponse, key: Key, with entry: CachedResponse?) {
        let day = today()
        state.withLock { state in
            if state.pending[key] === pending { state.pending[key] = nil }
            guard let entry, entry.bytes <= entryByteLimit else { return }
            state.advance(to: entry.version.number, day: day)
            guard state.version == entry.version.number else { return }
            state.remove(key)
            if let queries = state.variants[key.path], queries.count >= variantsPerPath {
                state.evictLeastRecentlyUsed(among: queries.map { Key(path: key.path, query: $0) })
            }
            while state.bytes + entry.bytes > byteLimit, !state.slots.isEmpty {
                state.evictLeastRecentlyUsed(among: state.slots.keys)
            }
            state.clock += 1
            state.slots[key] = Slot(entry: entry, lastUse: state.clock)
            state.variants[key.path, default: []].insert(key.query)
            state.bytes += entry.bytes
        }
        pending.resolve(entry)
    }

    /// Entries and bytes held, for tests and the benchmark's notes.
    var usage: (entries: Int, bytes: Int) {
        state.withLock { ($0.slots.count, $0.bytes) }
    }
}
