import Foundation
import QuizCore
#if canImport(Glibc)
import Glibc
#endif

extension BankCache {
    /// The bank cache under `$XDG_CACHE_HOME/srm-quiz/bank` (else `~/.cache`), for this very build of srm-quiz; nil
    /// (no cache) when the running binary cannot be identified.
    static func forThisBuild(environment: [String: String] = ProcessInfo.processInfo.environment) -> BankCache? {
        guard let identity = buildIdentity() else { return nil }
        return BankCache(
            directory: CacheLocation.root(environment: environment, home: NSHomeDirectory()).appendingPathComponent("bank"),
            buildIdentity: identity
        )
    }

    /// The running binary's device, inode, size and change times: a new build (or any rewrite of the file) changes
    /// them, without reading the binary itself.
    static func buildIdentity() -> String? {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        return [
            UInt64(info.st_dev), UInt64(info.st_ino), UInt64(info.st_size),
            UInt64(info.st_mtim.tv_sec), UInt64(info.st_mtim.tv_nsec), UInt64(info.st_ctim.tv_sec), UInt64(info.st_ctim.tv_nsec),
        ].map(String.init).joined(separator: ":")
    }
}
