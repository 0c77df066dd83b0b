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
        return CountedProgress(try decode(data, path: path))
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
    private static let plainKeys = JSONPlainReader.Names([
        "questionId", "topic", "chosen", "correct", "seconds", "answeredAt", "session", "mode", "confidence", "credit",
    ])

    /// What counting an answer needs, read straight from the bytes when it is written plainly and every field is one
    /// `init(json:)` accepts; nil (the reader anywhere) leaves the answer to `init(json:)`.
    static func plainCount(_ reader: inout JSONPlainReader) -> (topic: String, credit: Double, answeredAt: Date)? {
        var seen: UInt16 = 0
        var topic: UnsafeBufferPointer<UInt8>?
        var correct: Bool?
        var writtenCredit: Double?
        var seconds: Double?
        var answeredAt: Date?
        let read = reader.object { key, value in
            guard let index = plainKeys.index(of: key), seen & (1 << index) == 0 else { return false }
            seen |= 1 << index
            switch index {
            case 0, 6, 7: return value.text() != nil
            case 1:
                topic = value.text()
                return topic != nil
            case 2: return value.list { $0.wholeNumber().map(ProgressLimits.choiceIndices.contains) == true }
            case 3:
                correct = value.bool()
                return correct != nil
            case 4:
                seconds = value.number()
                return seconds != nil
            case 5:
                answeredAt = value.text().flatMap(ISODate.date(utf8:)).flatMap { ISODate.writable.contains($0) ? $0 : nil }
                return answeredAt != nil
            case 8: return value.text().flatMap { Confidence(rawValue: String(decoding: $0, as: UTF8.self)) } != nil
            default:
                writtenCredit = value.number()
                return writtenCredit != nil
            }
        }
        guard read, seen & 0xFF == 0xFF, let topic, let correct, let seconds, let answeredAt,
              ProgressLimits.secondsPerAnswer.contains(seconds) else { return nil }
        let credit = writtenCredit ?? Credit.of(correct: correct)
        guard creditProblem(credit, correct: correct) == nil else { return nil }
        return (String(decoding: topic, as: UTF8.self), credit, answeredAt)
    }
}

extension QuestionStats {
    private static let plainKeys = JSONPlainReader.Names(["attempts", "correct", "lastAnsweredAt", "lastCorrect", "totalSeconds"])

    /// Checks a member of `questions` straight from the bytes: true (the position moved past it) when it is written
    /// plainly and `init(json:)` would accept it; false leaves it to `init(json:)`.
    static func skim(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Bool {
        var reader = JSONPlainReader(bytes, at: position)
        var seen: UInt8 = 0
        var attempts: Int?
        var correct: Int?
        var totalSeconds: Double?
        let read = reader.object { key, value in
            guard let index = plainKeys.index(of: key), seen & (1 << index) == 0 else { return false }
            seen |= 1 << index
            switch index {
            case 0:
                attempts = value.wholeNumber()
                return attempts != nil
            case 1:
                correct = value.wholeNumber()
                return correct != nil
            case 2: return value.text().flatMap(ISODate.date(utf8:)).map(ISODate.writable.contains) == true
            case 3: return value.bool() != nil
            default:
                totalSeconds = value.number()
                return totalSeconds != nil
            }
        }
        guard read, let attempts, let correct, let totalSeconds,
              problem(attempts: attempts, correct: correct, totalSeconds: totalSeconds) == nil else { return false }
        position = reader.position
        return true
    }
}
