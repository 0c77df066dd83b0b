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

    /// The running binary's path, device, inode, size and change times: a new build (or any rewrite of the file)
    /// changes them, without reading the binary itself. The path is read through the link, as tools that run the
    /// binary under them (valgrind) answer for it; a stat of the link itself would describe the tool.
    static func buildIdentity() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let path = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let figures = [
            UInt64(info.st_dev), UInt64(info.st_ino), UInt64(info.st_size),
            UInt64(info.st_mtim.tv_sec), UInt64(info.st_mtim.tv_nsec), UInt64(info.st_ctim.tv_sec), UInt64(info.st_ctim.tv_nsec),
        ]
        return ([path] + figures.map(String.init)).joined(separator: ":")
    }
}
