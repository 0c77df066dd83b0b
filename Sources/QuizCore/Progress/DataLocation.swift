import Foundation

/// Where progress is kept when `--data-dir` is not given.
public enum DataLocation {
    /// `$SRM_QUIZ_HOME`, else `$XDG_DATA_HOME/srm-quiz`, else `~/.local/share/srm-quiz`.
    public static func defaultDirectory(environment: [String: String], home: String) -> URL {
        if let explicit = environment["SRM_QUIZ_HOME"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("srm-quiz")
        }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/srm-quiz")
    }
}
