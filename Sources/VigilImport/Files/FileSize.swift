#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A file's size as the file system gives it, for refusing a file too large before reading it.
///
/// It asks `stat` alone. `FileManager.attributesOfItem` also looks up the names of the file's owner
/// and group, through the system's name services (nscd, then `/etc/nsswitch.conf`, `/etc/passwd`
/// and `/etc/group` on this machine, a directory server on some), for every file: 8.5 µs a file
/// here against `stat`'s 0.5 µs (best of 20 over the 30 shared workbooks), and far more wherever
/// the names come over a network.
enum FileSize {
    /// The size in bytes of the file at `url`, or nil when the file system cannot say.
    static func of(_ url: URL) -> Int? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }
}
