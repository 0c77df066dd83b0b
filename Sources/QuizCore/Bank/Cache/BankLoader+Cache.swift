import Foundation

/// Where a cached load's bank came from.
public enum BankCacheUse: Equatable, Sendable {
    /// Read from the cache: nothing was parsed or validated.
    case hit
    /// Loaded from the JSON files, and kept for the next start.
    case stored
    /// Loaded from the JSON files and not kept: no key could be made, the files changed while they were read, or
    /// the cache folder cannot be written.
    case notStored
}

extension BankLoader {
    /// `load(directories:trainingRequired:)` through `cache`: the kept bank when the files, the build and the options
    /// are those it was made from, else the full load (kept when it succeeds). A bank with problems is never kept, and
    /// throws exactly what the full load throws.
    public static func load(directories: [URL], trainingRequired: Bool = false, cache: BankCache?) throws(BankError) -> Bank {
        try loadReportingCache(directories: directories, trainingRequired: trainingRequired, cache: cache).bank
    }

    public static func loadReportingCache(
        directories: [URL], trainingRequired: Bool = false, cache: BankCache?
    ) throws(BankError) -> (bank: Bank, use: BankCacheUse) {
        guard let cache, let key = try? cache.key(directories: directories, trainingRequired: trainingRequired) else {
            return (try load(directories: directories, trainingRequired: trainingRequired), .notStored)
        }
        if let bank = cache.read(key) { return (bank, .hit) }
        let bank = try load(directories: directories, trainingRequired: trainingRequired)
        // The files read may have changed while the loader read them: keep the bank only under the key they have now.
        guard (try? cache.key(directories: directories, trainingRequired: trainingRequired)) == key, cache.write(bank, key: key) else {
            return (bank, .notStored)
        }
        return (bank, .stored)
    }
}
