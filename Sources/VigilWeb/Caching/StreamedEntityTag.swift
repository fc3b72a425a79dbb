import Foundation

/// The entity tag of a streamed download: its bytes are not known when the headers go, so
/// unlike a cached response's tag it cannot name them. It names what determines them instead:
/// the data version and this build of Vigil (an upgrade may change how a table is written).
/// Weak (`W/`), since it vouches for the content, not for having hashed the bytes.
enum StreamedEntityTag {
    static func tag(version: Int64) -> EntityTag { EntityTag("v\(version)-stream-\(build)") }

    /// `W/"v12-stream-…"`, as sent in `ETag`.
    static func header(version: Int64) -> String { "W/" + tag(version: version).header }

    /// This executable's size and modification time, in hex: the same across restarts of one
    /// build, different after an upgrade.
    static let build: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "0" }
        let size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
        let modified = UInt64(max(0, (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0))
        return String(size, radix: 16) + String(modified, radix: 16)
    }()
}
