import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

    /// Flags for a headless run that leaves nothing behind and needs no display. Chromium's
    /// sandbox is on, except when running as root, where Chromium refuses to start with it
    /// (servers often run as root in containers): then `--no-sandbox`, and the README says so.
    static func headlessArguments(profile: URL, runningAsRoot: Bool = Chromium.runningAsRoot) -> [String] {
        ["--headless"] + (runningAsRoot ? ["--no-sandbox"] : [])
            + ["--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions", "--mute-audio",
               "--user-data-dir=\(profile.path)"]
    }

    /// True when this process runs as root, where Chromium's sandbox cannot start.
    static var runningAsRoot: Bool { geteuid() == 0 }

    /// Added for printing a page Vigil wrote to a file: no network at all (every host name fails
    /// to resolve, any proxied request goes to a closed port, no background requests). Scripts
    /// are stopped by the page's own policy (`Layout.printedPagePolicy`), which also forbids
    /// fetching anything: Chromium's `scriptEnabled=false` setting stops headless printing itself.
    static let printingArguments = [
        "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--disable-background-networking",
        "--disable-sync", "--no-pings",
    ]
}
