import Foundation

/// Finds Debian's headless Chromium, which prints dossiers to PDF.
///
/// `VIGIL_CHROMIUM` names a binary explicitly; otherwise the first of `chromium`,
/// `chromium-browser` or `google-chrome` on `PATH`.
public enum Chromium {
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["VIGIL_CHROMIUM"], !explicit.isEmpty {
            return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in directories where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }

    /// Flags for a headless run that leaves nothing behind and needs no display or sandbox
    /// privileges (servers often run as root in containers, where the sandbox cannot start).
    static func headlessArguments(profile: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
         "--mute-audio", "--user-data-dir=\(profile.path)"]
    }
}
