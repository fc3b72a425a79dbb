import Foundation
import Testing

/// Finds `../shared/data`, the real public data the tests read in place (never copied
/// into the repository).
///
/// Every test that reads it declares what it reads with the trait `SharedData.required(...)`
/// and opens each file with `SharedData.require(_:)`. Away from CI a missing file skips the
/// test visibly, with the reason. In CI (`CI=true`) with the shared folder present, the test
/// runs anyway and a missing file fails it: there the data is expected, and a file that went
/// missing must not turn its tests into silent skips.
public enum SharedData {
    /// The folder, or nil when it is absent; `VIGIL_SHARED_DATA` overrides the default
    /// `<package root>/../shared/data`.
    public static var folder: URL? {
        if let override = ProcessInfo.processInfo.environment["VIGIL_SHARED_DATA"], !override.isEmpty {
            let url = URL(fileURLWithPath: override)
            return FileManager.default.fileExists(atPath: url.path) ? url : nil
        }
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A file or folder under the shared data, or nil when absent.
    public static func path(_ relative: String) -> URL? {
        guard let url = folder?.appendingPathComponent(relative),
              FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }

    /// Why a test that needs `relative` is skipped.
    public static func skipReason(_ relative: String) -> String {
        "skipped: ../shared/data/\(relative) is absent (set VIGIL_SHARED_DATA to the data folder to run this test)"
    }

    /// True when the tests run in CI, which sets `CI=true`.
    public static var isCI: Bool {
        ["true", "1", "yes"].contains((ProcessInfo.processInfo.environment["CI"] ?? "").lowercased())
    }

    /// Whether a test needing every path in `relatives` runs: when they are all present, and in
    /// CI whenever the shared folder is, so that a missing file fails rather than skips.
    public static func runs(_ relatives: [String]) -> Bool {
        relatives.allSatisfy { path($0) != nil } || (isCI && folder != nil)
    }

    /// The trait of a test that reads `relatives` (files or folders under the shared data):
    /// `.enabled(if:)` with the reason it is skipped, by the rule of `runs(_:)`.
    public static func required(_ relatives: String...) -> ConditionTrait { required(relatives) }

    public static func required(_ relatives: [String]) -> ConditionTrait {
        let missing = relatives.filter { path($0) == nil }
        return .enabled(if: runs(relatives), Comment(rawValue: skipReason(missing.isEmpty ? relatives.joined(separator: ", ")
                                                                                              : missing.joined(separator: ", "))))
    }

    /// A file the test cannot do without. Missing, it throws an error naming it: the test runs
    /// only when `required(...)` found it, or in CI, where its absence is the failure.
    public static func require(_ relative: String) throws -> URL {
        guard let url = path(relative) else { throw Missing(relative: relative, folder: folder) }
        return url
    }

    /// A file of the shared data that a test needed and did not find.
    public struct Missing: Error, CustomStringConvertible {
        public var relative: String
        public var folder: URL?
        public var description: String {
            guard let folder else { return "../shared/data is absent, so \(relative) cannot be read (set VIGIL_SHARED_DATA)" }
            return "\(relative) is missing from the shared data folder \(folder.path)"
                + (SharedData.isCI ? " (in CI a missing expected file is a failure, not a skip)" : "")
        }
    }

    /// The package's root folder, found from this source file's path.
    public static var packageRoot: URL {
        // Symlinks resolved, so a scratch package that links these sources still finds the data.
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()  // .../Sources/VigilTestSupport/SharedData.swift
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
