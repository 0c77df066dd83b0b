import Foundation

/// Where srm-quiz keeps what it can always make again (the bank cache, pages read from an LRS).
public enum CacheLocation {
    /// `$XDG_CACHE_HOME/srm-quiz` when it is an absolute path, else `~/.cache/srm-quiz`.
    public static func root(environment: [String: String], home: String) -> URL {
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            ?? URL(fileURLWithPath: home).appendingPathComponent(".cache")
        return base.appendingPathComponent("srm-quiz")
    }
}
