import Foundation
import Testing

/// Finds `../shared/seeds`, the coalition's letter (`001_*.txt`) and two news reports of it
/// (`000_*.txt`, `002_*.txt`), read in place like `SharedData`, never copied into the project.
public enum SharedSeeds {
    /// The folder, or nil when absent; `VIGIL_SHARED_SEEDS` overrides `<package root>/../shared/seeds`.
    public static var folder: URL? {
        if let override = ProcessInfo.processInfo.environment["VIGIL_SHARED_SEEDS"], !override.isEmpty {
            let url = URL(fileURLWithPath: override)
            return FileManager.default.fileExists(atPath: url.path) ? url : nil
        }
        let url = SharedData.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The seed whose file name starts with `prefix` (`"001"`), or nil.
    public static func file(_ prefix: String) -> URL? {
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        return names.sorted().first { $0.hasPrefix(prefix + "_") && $0.hasSuffix(".txt") }.map { folder.appendingPathComponent($0) }
    }

    /// The sign-on letter.
    public static var letter: URL? { file("001") }

    /// The trait of a test that reads the seeds named by `prefixes`: skipped, with the reason, when
    /// one is absent; in CI with the folder present it runs, and the missing file fails it.
    public static func required(_ prefixes: String...) -> ConditionTrait {
        let missing = prefixes.filter { file($0) == nil }
        return .enabled(if: missing.isEmpty || (SharedData.isCI && folder != nil),
                        Comment(rawValue: "skipped: ../shared/seeds/\(missing.joined(separator: ", "))_*.txt is absent (set VIGIL_SHARED_SEEDS to the seeds folder to run this test)"))
    }

    /// The text of the seed `prefix`, or an error naming it.
    public static func text(_ prefix: String) throws -> String {
        guard let url = file(prefix) else { throw SharedData.Missing(relative: "../seeds/\(prefix)_*.txt", folder: folder) }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
