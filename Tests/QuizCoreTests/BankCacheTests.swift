import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct BankCacheTests {
    static let build = "test-build-1"

    func freshCache(build: String = build) throws -> BankCache {
        BankCache(directory: try Fixtures.temporaryDirectory().appendingPathComponent("cache/srm-quiz/bank"), buildIdentity: build)
    }

    func smallBank(seed: UInt64 = 3) throws -> URL {
        var writer = RandomBankWriter(seed: seed)
        return try writer.write()
    }

    func cacheFiles(_ cache: BankCache) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.directory.path)) ?? []).sorted()
    }

    func questionFiles(_ root: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: root.appendingPathComponent("questions"), includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    // MARK: The fast path gives the full load's bank

    @Test func theBundledBankIsKeptThenReadBackEqual() throws {
        let directories = [Fixtures.bundledBankURL]
        let full = try BankLoader.load(directories: directories, trainingRequired: true)
        #expect(try BankArchive.decode(BankArchive.encode(full)) == full)
        let cache = try freshCache()
        let first = try BankLoader.loadReportingCache(directories: directories, trainingRequired: true, cache: cache)
        #expect(first.use == .stored)
        #expect(first.bank == full)
        let key = try cache.key(directories: directories, trainingRequired: true)
        #expect(cacheFiles(cache) == [cache.fileURL(for: key).lastPathComponent])
        let second = try BankLoader.loadReportingCache(directories: directories, trainingRequired: true, cache: cache)
        #expect(second.use == .hit)
        #expect(second.bank == full)
        #expect(!full.matrix.cells.isEmpty && !full.scenarios.isEmpty && !full.trainingModules.isEmpty && !full.glossary.isEmpty)
    }

    @Test func aHitIsReadFromTheCacheNotTheFiles() throws {
        let root = try smallBank()
        let cache = try freshCache()
        let other = try BankLoader.load(directory: smallBank(seed: 99))
        let key = try cache.key(directories: [root], trainingRequired: false)
        #expect(cache.write(other, key: key))
        let loaded = try BankLoader.loadReportingCache(directories: [root], cache: cache)
        #expect(loaded.use == .hit)
        #expect(loaded.bank == other, "a valid entry under the files' key is what a hit returns")
        #expect(loaded.bank != (try BankLoader.load(directory: root)))
    }

    @Test(arguments: 0..<20) func randomBanksReadBackEqual(seed: UInt64) throws {
        var writer = RandomBankWriter(seed: seed)
        let root = try writer.write()
        let full = try BankLoader.load(directory: root)
        #expect(try BankArchive.decode(BankArchive.encode(full)) == full)
        let cache = try freshCache()
        let first = try BankLoader.loadReportingCache(directories: [root], cache: cache)
        let second = try BankLoader.loadReportingCache(directories: [root], cache: cache)
        #expect(first.use == .stored && second.use == .hit)
        #expect(first.bank == full && second.bank == full)
    }

    @Test func randomBanksCoverEveryPart() throws {
        let banks = try (0..<20).map { seed throws -> Bank in
            var writer = RandomBankWriter(seed: UInt64(seed))
            return try BankLoader.load(directory: writer.write())
        }
        let questions = banks.flatMap(\.questions)
        #expect(Set(questions.map(\.kind)) == Set(QuestionKind.allCases))
        #expect(questions.contains { $0.examTask != nil } && questions.contains { $0.serviceModel != nil })
        #expect(questions.flatMap(\.sources).contains { if case .page(_, _, _?) = $0 { true } else { false } })
        #expect(banks.contains { !$0.matrix.cells.isEmpty } && banks.contains { !$0.scenarios.isEmpty })
        #expect(banks.flatMap(\.matrix.cells).contains { $0.revision > 1 && $0.condition != nil })
    }

    // MARK: A cache gone bad is never trusted

    @Test func noCacheIsTheFullLoad() throws {
        let root = try smallBank()
        let loaded = try BankLoader.loadReportingCache(directories: [root], cache: nil)
        #expect(loaded.use == .notStored)
        #expect(loaded.bank == (try BankLoader.load(directory: root)))
    }

    /// Writes `bytes` as the entry for `root`'s key, then loads: a miss that rebuilds, equal to the full load.
    func expectRebuilt(from bytes: [UInt8], root: URL, cache: BankCache, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let key = try cache.key(directories: [root], trainingRequired: false)
        try FileManager.default.createDirectory(at: cache.directory, withIntermediateDirectories: true)
        try Data(bytes).write(to: cache.fileURL(for: key))
        let loaded = try BankLoader.loadReportingCache(directories: [root], cache: cache)
        #expect(loaded.use == .stored, "\(what)", sourceLocation: sourceLocation)
        #expect(loaded.bank == (try BankLoader.load(directory: root)), "\(what)", sourceLocation: sourceLocation)
        let good = BankCache.file(of: loaded.bank, key: key)
        #expect([UInt8](try Data(contentsOf: cache.fileURL(for: key))) == good, "\(what): rewritten whole", sourceLocation: sourceLocation)
    }

    @Test func aTruncatedEntryIsRebuilt() throws {
        let root = try smallBank()
        let cache = try freshCache()
        let key = try cache.key(directories: [root], trainingRequired: false)
        let good = BankCache.file(of: try BankLoader.load(directory: root), key: key)
        for length in Array(0..<min(good.count, BankCache.headerSize + 40)) + [good.count / 2, good.count - 1] {
            #expect(throws: ArchiveError.self, "cut at \(length)") { try BankCache.bank(from: Array(good.prefix(length)), key: key) }
        }
        for length in [0, 7, BankCache.headerSize, good.count - 1] {
            try expectRebuilt(from: Array(good.prefix(length)), root: root, cache: cache, "cut at \(length)")
        }
    }

    @Test func aFlippedByteIsRebuilt() throws {
        let root = try smallBank()
        let cache = try freshCache()
        let key = try cache.key(directories: [root], trainingRequired: false)
        let good = BankCache.file(of: try BankLoader.load(directory: root), key: key)
        let positions = Array(0..<BankCache.headerSize) + stride(from: BankCache.headerSize, to: good.count, by: max(1, good.count / 60)) + [good.count - 1]
        for position in positions {
            var bad = good
            bad[position] ^= 0x01
            #expect(throws: ArchiveError.self, "byte \(position) flipped") { try BankCache.bank(from: bad, key: key) }
        }
        for position in [0, 9, BankCache.headerSize - 1, BankCache.headerSize + 3, good.count - 1] {
            var bad = good
            bad[position] ^= 0x80
            try expectRebuilt(from: bad, root: root, cache: cache, "byte \(position) flipped")
        }
    }

    @Test func aForeignFileIsRebuilt() throws {
        let root = try smallBank()
        let cache = try freshCache()
        let bank = try BankLoader.load(directory: root)
        let key = try cache.key(directories: [root], trainingRequired: false)
        var generator = SeededGenerator(seed: 8)
        let random = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try expectRebuilt(from: random, root: root, cache: cache, "random bytes")

        var otherVersion = BankCache.file(of: bank, key: key)
        otherVersion[BankCache.magic.count] &+= 1
        try expectRebuilt(from: otherVersion, root: root, cache: cache, "another format version")

        let otherKey = try cache.key(directories: [root], trainingRequired: true)
        try expectRebuilt(from: BankCache.file(of: bank, key: otherKey), root: root, cache: cache, "another key's entry")

        let json = try Data(contentsOf: try questionFiles(root)[0])
        try expectRebuilt(from: [UInt8](json), root: root, cache: cache, "a JSON file")

        try expectRebuilt(from: Array("SRMBANK\n".utf8) + random, root: root, cache: cache, "the magic, then random bytes")
    }

    @Test func aDirectoryWhereTheEntryShouldBeIsAMiss() throws {
        let root = try smallBank()
        let cache = try freshCache()
        let key = try cache.key(directories: [root], trainingRequired: false)
        try FileManager.default.createDirectory(at: cache.fileURL(for: key).appendingPathComponent("x"), withIntermediateDirectories: true)
        let loaded = try BankLoader.loadReportingCache(directories: [root], cache: cache)
        #expect(loaded.bank == (try BankLoader.load(directory: root)))
        #expect(try BankLoader.loadReportingCache(directories: [root], cache: cache).use == .hit)
    }

    @Test func textReadsBackExactlyAndInvalidUTF8IsRefused() throws {
        for text in ["", "q", "AWS secures the cloud", "Cust\u{F6}mer \u{2014} \u{201C}IN\u{201D} \u{1F512}", String(repeating: "\u{E9}", count: 300)] {
            var writer = ArchiveWriter()
            writer.write(text)
            var reader = ArchiveReader(writer.bytes)
            #expect(try reader.readString() == text)
            try reader.finish()
        }
        let invalid: [String: [UInt8]] = [
            "a lone continuation byte": [0x80], "a cut-short sequence": [0x61, 0xE2, 0x80], "an overlong NUL": [0xC0, 0x80],
            "a surrogate": [0xED, 0xA0, 0x80], "beyond U+10FFFF": [0xF4, 0x90, 0x80, 0x80], "0xFF": [0x41, 0xFF, 0x42],
            "the replacement character's bytes cut short": [0xEF, 0xBF],
        ]
        for (name, bytes) in invalid {
            var reader = ArchiveReader([UInt8(bytes.count)] + bytes)
            #expect(throws: ArchiveError.self, "\(name)") { try reader.readString() }
        }
        var reader = ArchiveReader([3, 0xEF, 0xBF, 0xBD])
        #expect(try reader.readString() == "\u{FFFD}")
    }

    @Test func theArchiveRejectsWhatItDidNotWrite() throws {
        let payload = BankArchive.encode(try BankLoader.load(directory: smallBank()))
        for length in 0..<payload.count {
            #expect(throws: ArchiveError.self, "payload cut at \(length)") { try BankArchive.decode(Array(payload.prefix(length))) }
        }
        #expect(throws: ArchiveError.self, "a trailing byte") { try BankArchive.decode(payload + [0]) }
        let hugeCount: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]
        #expect(throws: ArchiveError.self, "a count larger than the bytes") { try BankArchive.decode(hugeCount + [UInt8](repeating: 0, count: 16)) }
        #expect(throws: ArchiveError.self, "a number of 11 bytes") { try BankArchive.decode([UInt8](repeating: 0xFF, count: 11)) }
        let badUTF8: [UInt8] = [1, 2, 0xC3, 0x28]
        #expect(throws: ArchiveError.self, "invalid UTF-8") { try BankArchive.decode(badUTF8) }
        var writer = ArchiveWriter()
        writer.writeCount(0)
        writer.writeCount(1)
        writer.write("q")
        writer.write("essay")
        #expect(throws: ArchiveError.self, "an unknown kind") { try BankArchive.decode(writer.bytes) }
        var generator = SeededGenerator(seed: 21)
        for _ in 0..<300 {
            var bad = payload
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                bad[Int.random(in: 0..<bad.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = try? BankArchive.decode(bad)
        }
    }

    // MARK: The files are the one truth

    @Test func aChangedAddedOrRemovedFileReloads() throws {
        let root = try smallBank(seed: 5)
        let cache = try freshCache()
        var before = try BankLoader.loadReportingCache(directories: [root], cache: cache).bank
        let files = try questionFiles(root)
        try #require(files.count >= 2)

        func expectReload(_ what: String, use: BankCacheUse = .stored) throws {
            let full = try BankLoader.load(directory: root)
            let loaded = try BankLoader.loadReportingCache(directories: [root], cache: cache)
            #expect(loaded.use == use, "\(what)")
            #expect(loaded.bank == full && full != before, "\(what)")
            #expect(try BankLoader.loadReportingCache(directories: [root], cache: cache).use == .hit, "\(what)")
            before = full
        }

        let text = try String(contentsOf: files[0], encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"explanation\" : \"", with: "\"explanation\" : \"Changed: ").utf8).write(to: files[0])
        try expectReload("a changed question's text")

        try FileManager.default.removeItem(at: files[1])
        try expectReload("a question file removed")

        var writer = RandomBankWriter(seed: 6)
        let extra = try questionFiles(writer.write(idPrefix: "added", withExtras: false))[0]
        let topics = try String(contentsOf: root.appendingPathComponent("topics.json"), encoding: .utf8)
        let addedTopics = (0..<4).map { #"{"id": "added-topic-\#($0)", "title": "Added"}"# }.joined(separator: ",")
        try Data(topics.replacingOccurrences(of: "\"topics\" : [", with: "\"topics\" : [\(addedTopics),").utf8).write(to: root.appendingPathComponent("topics.json"))
        try expectReload("topics added")
        try FileManager.default.copyItem(at: extra, to: root.appendingPathComponent("questions/zz-added.json"))
        try expectReload("a question file added")

        try FileManager.default.removeItem(at: root.appendingPathComponent("questions/zz-added.json"))
        try expectReload("the added file removed again: the files are as they were, and so is their entry", use: .hit)
    }

    @Test func anotherBuildMisses() throws {
        let root = try smallBank()
        let first = try freshCache(build: "build-a")
        let second = BankCache(directory: first.directory, buildIdentity: "build-b")
        #expect(try BankLoader.loadReportingCache(directories: [root], cache: first).use == .stored)
        #expect(try BankLoader.loadReportingCache(directories: [root], cache: second).use == .stored)
        #expect(try BankLoader.loadReportingCache(directories: [root], cache: first).use == .hit)
        #expect(try BankLoader.loadReportingCache(directories: [root], cache: second).use == .hit)
        #expect(try first.key(directories: [root], trainingRequired: false) != second.key(directories: [root], trainingRequired: false))
    }

    @Test func anUnwritableCacheStillLoads() throws {
        let root = try smallBank()
        let blocker = try Fixtures.temporaryDirectory().appendingPathComponent("a-file")
        try Data("not a folder".utf8).write(to: blocker)
        let cache = BankCache(directory: blocker.appendingPathComponent("bank"), buildIdentity: Self.build)
        let loaded = try BankLoader.loadReportingCache(directories: [root], cache: cache)
        #expect(loaded.use == .notStored)
        #expect(loaded.bank == (try BankLoader.load(directory: root)))
    }

    @Test func aBrokenBankIsNotKeptAndSaysWhatTheFullLoadSays() throws {
        let root = try smallBank()
        let file = try questionFiles(root)[0]
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"checked\" : \"20", with: "\"checked\" : \"x20").utf8).write(to: file)
        let cache = try freshCache()
        let full = #expect(throws: BankError.self) { try BankLoader.load(directory: root) }
        for _ in 0..<2 {
            let cached = #expect(throws: BankError.self) { try BankLoader.loadReportingCache(directories: [root], cache: cache) }
            #expect(cached == full)
        }
        #expect(cacheFiles(cache).isEmpty)
    }

    @Test func anAddedBankIsPartOfTheKey() throws {
        let base = try smallBank(seed: 11)
        var writer = RandomBankWriter(seed: 12)
        let added = try writer.write(idPrefix: "added", withExtras: false)
        let cache = try freshCache()
        #expect(try cache.key(directories: [base], trainingRequired: false) != cache.key(directories: [base, added], trainingRequired: false))
        #expect(try BankLoader.loadReportingCache(directories: [base], cache: cache).use == .stored)
        let full = try BankLoader.load(directories: [base, added])
        let first = try BankLoader.loadReportingCache(directories: [base, added], cache: cache)
        #expect(first.use == .stored && first.bank == full)
        #expect(full.questions.contains { $0.id.hasPrefix("added.") })
        let second = try BankLoader.loadReportingCache(directories: [base, added], cache: cache)
        #expect(second.use == .hit && second.bank == full)
        #expect(try BankLoader.loadReportingCache(directories: [base], cache: cache).use == .hit, "each keeps its own entry")
    }

    @Test func theKeyFollowsEveryFileAndTheOptions() throws {
        let root = try smallBank()
        let cache = try freshCache()
        let key = try cache.key(directories: [root], trainingRequired: false)
        #expect(try cache.key(directories: [root], trainingRequired: false) == key)
        #expect(try cache.key(directories: [root], trainingRequired: true) != key)
        try Data().write(to: root.appendingPathComponent("notes.txt"))
        let withEmptyFile = try cache.key(directories: [root], trainingRequired: false)
        #expect(withEmptyFile != key)
        try FileManager.default.moveItem(at: root.appendingPathComponent("notes.txt"), to: root.appendingPathComponent("questions/notes.txt"))
        #expect(try cache.key(directories: [root], trainingRequired: false) != withEmptyFile, "a file moved elsewhere")
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("questions/loop"), withDestinationURL: root)
        #expect(try cache.key(directories: [root], trainingRequired: false) != withEmptyFile, "a link back up is named, not followed for ever")
    }

    @Test func onlyAFewEntriesAreKept() throws {
        let cache = try freshCache()
        for seed in 0..<(BankCache.keptEntries + 3) {
            var writer = RandomBankWriter(seed: UInt64(100 + seed))
            #expect(try BankLoader.loadReportingCache(directories: [writer.write()], cache: cache).use == .stored)
        }
        #expect(cacheFiles(cache).count == BankCache.keptEntries)
    }

    @Test func theCacheRootFollowsXDGElseHome() {
        #expect(CacheLocation.root(environment: ["XDG_CACHE_HOME": "/x/cache"], home: "/home/ada").path == "/x/cache/srm-quiz")
        #expect(CacheLocation.root(environment: ["XDG_CACHE_HOME": "relative"], home: "/home/ada").path == "/home/ada/.cache/srm-quiz")
        #expect(CacheLocation.root(environment: [:], home: "/home/ada").path == "/home/ada/.cache/srm-quiz")
    }
}
