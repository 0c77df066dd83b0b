import Foundation

extension ProgressStore {
    /// The saved progress, journal included, as a team report keeps it, or nil when the profile has none yet. It
    /// refuses what `load` refuses, with the same error, and counts the same totals; as a file written the usual way
    /// is read in one pass, its answers folded into the totals and its per-question figures checked without being
    /// built, it costs a fraction of `load` on a long history.
    public func loadCounted() throws(ProgressError) -> CountedProgress? {
        try read(decode: Self.decodeCounted, profile: \.progress.profile) { counted, entry in counted.fold(entry) }.progress
    }

    /// `data` read as `decode` reads it, then counted. The plain case (this schema version, each answer and
    /// per-question entry in the form srm-quiz writes) is read in one pass by `CountingReader`; anything else, another
    /// version, other forms, or anything wrong, is left to `decode`, so the result or the error is `decode`'s.
    static func decodeCounted(_ data: Data, path: String) throws(ProgressError) -> CountedProgress {
        if let counted = CountingReader.read(data) { return counted }
        return CountedProgress(try decodeTree(data, path: path))
    }
}

/// Reads a progress file of this schema version in one pass, counting each answer into the totals as the parser
/// reaches it and checking each per-question entry without building it; nil for a file it does not read whole
/// (which `ProgressStore.decode` then reads, or refuses with the reason).
final class CountingReader {
    private var totals = ProgressTotals()
    private var lastAnsweredAt: Date?
    private var failed = false
    private let decoder = ProgressCoding.decoder()
    private let list: JSONValueDecoder

    private init() {
        list = decoder.streamedList("answers")
    }

    static func read(_ data: Data) -> CountedProgress? {
        let reader = CountingReader()
        let document = try? JSONParser.parse(
            data, streaming: "answers", skimming: reader.skimAnswer, skimmingMembers: ["questions": QuestionStats.skim],
            element: reader.readAnswer
        )
        guard !reader.failed, case .object(let header)? = document, case .string(ProgressFile.formatName)? = header["format"],
              case .integer(let version)? = header["schemaVersion"], version == ProgressFile.currentSchemaVersion,
              let progress = try? reader.decoder.decode(ProgressFile.self, from: .object(header)) else { return nil }
        return CountedProgress(header: progress, totals: reader.totals, lastAnsweredAt: reader.lastAnsweredAt)
    }

    /// An answer written plainly, counted straight from the bytes.
    private func skimAnswer(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Bool {
        guard !failed else { return false }
        var plain = JSONPlainReader(bytes, at: position)
        guard let answer = AnswerRecord.plainCount(&plain) else { return false }
        totals.add(topic: answer.topic, credit: answer.credit)
        lastAnsweredAt = answer.answeredAt
        position = plain.position
        return true
    }

    /// Any other answer, read as `ProgressStore.decode` reads each one, and counted.
    private func readAnswer(_ value: JSONValue, _ index: Int) {
        guard !failed else { return }
        do {
            var fields = try JSONFields(value, parent: list, key: JSONIndexKey(index))
            let answer = try AnswerRecord(json: &fields)
            totals.add(answer)
            lastAnsweredAt = answer.answeredAt
        } catch {
            failed = true
        }
    }
}

extension AnswerRecord {
    /// What counting an answer needs, read straight from the bytes when it is written plainly and every field is one
    /// `init(json:)` accepts; nil (the reader anywhere) leaves the answer to `init(json:)`.
    static func plainCount(_ reader: inout JSONPlainReader) -> (topic: String, credit: Double, answeredAt: Date)? {
        guard let answer = PlainAnswer(&reader) else { return nil }
        return (String(decoding: answer.topic, as: UTF8.self), answer.credit, answer.answeredAt)
    }
}

extension QuestionStats {
    /// Checks a member of `questions` straight from the bytes: true (the position moved past it) when it is written
    /// plainly and `init(json:)` would accept it; false leaves it to `init(json:)`.
    static func skim(_ key: String, _ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Bool {
        plain(bytes, &position) != nil
    }
}
