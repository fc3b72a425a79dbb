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

    /// Added for printing the page the server holds at `origin` (`127.0.0.1:port`): no network but that one
    /// host and port. Every request goes to a proxy on a closed port (`127.0.0.1:9`, discard), except the
    /// server's own address (`<-loopback>` first removes Chromium's implicit loopback bypass, so other
    /// loopback ports are refused too); host names do not resolve; no background requests. Tried with
    /// Chromium 156: a loopback listener on another port, an IP address and a host name all see nothing.
    static func printingArguments(origin: String) -> [String] {
        let host = origin.hasPrefix("[") ? String(origin[..<(origin.firstIndex(of: "]").map { origin.index(after: $0) } ?? origin.endIndex)])
            : String(origin.split(separator: ":").first ?? "")
        return [
            "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>;\(origin)",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE \(host)", "--disable-background-networking",
            "--disable-sync", "--no-pings", "--disable-component-update", "--disable-domain-reliability",
        ]
    }

    /// The profile's preferences, written before Chromium starts: JavaScript blocked for every site.
    /// `--blink-settings=scriptEnabled=false` would do the same, but Chromium 156's headless printing then
    /// never loads the page and exits 0 with no PDF; the content setting stops scripts and printing works.
    /// The page's own policy (`Layout.printedPagePolicy`, sent as a header) forbids script as well.
    static let printingPreferences = #"{"profile":{"default_content_setting_values":{"javascript":2}}}"#

    /// Writes `printingPreferences` into a new profile folder.
    static func preparePrintingProfile(_ profile: URL) throws {
        let folder = profile.appendingPathComponent("Default")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try Data(printingPreferences.utf8).write(to: folder.appendingPathComponent("Preferences"))
    }
}
