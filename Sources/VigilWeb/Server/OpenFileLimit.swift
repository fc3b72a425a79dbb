#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's limit on open files, which bounds how many connections `vigil serve` can hold.
///
/// Linux starts most processes at a soft limit of 1,024 (systemd, login shells), while the hard limit
/// is usually far higher. Each connection is a file, as are the database, its journal and a printing
/// Chromium's pipes: at 1,000 concurrent connections a server at 1,024 refuses new ones (EMFILE). So
/// `vigil serve` raises its soft limit to the hard limit at start, as any process may.
public enum OpenFileLimit {
    #if canImport(Glibc)
    static let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    static let resource = RLIMIT_NOFILE
    #endif

    /// The soft and hard limits now.
    public static func current() -> (soft: UInt64, hard: UInt64) {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return (0, 0) }
        return (UInt64(limit.rlim_cur), UInt64(limit.rlim_max))
    }

    /// Raises the soft limit to the hard one (on macOS at most `OPEN_MAX`); returns the soft limit afterwards.
    @discardableResult
    public static func raiseToHardLimit() -> UInt64 {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return 0 }
        #if canImport(Darwin)
        let target = min(limit.rlim_max, rlim_t(OPEN_MAX))
        #else
        let target = limit.rlim_max
        #endif
        if limit.rlim_cur < target {
            var raised = limit
            raised.rlim_cur = target
            if setrlimit(resource, &raised) == 0 { return UInt64(target) }
        }
        return UInt64(limit.rlim_cur)
    }
}
