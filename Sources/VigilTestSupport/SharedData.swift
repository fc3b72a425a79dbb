import Foundation

/// Finds `../shared/data`, the real public data the tests read in place (never copied
/// into the repository).
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

    /// Printed by tests that skip for want of the shared data.
    public static func skipReason(_ relative: String) -> String {
        "skipped: ../shared/data/\(relative) is absent (set VIGIL_SHARED_DATA to the data folder to run this test)"
    }

    /// The package's root folder, found from this source file's path.
    public static var packageRoot: URL {
        // Symlinks resolved, so a scratch package that links these sources still finds the data.
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()  // .../Sources/VigilTestSupport/SharedData.swift
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
