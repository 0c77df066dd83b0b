import Foundation

/// Reads a progress file of this schema version written the usual way (each answer and per-question entry in the
/// form srm-quiz writes) in one pass, making each record straight from the bytes instead of from a JSON tree; nil for
/// a file it does not read whole, which `ProgressStore.decode` then reads through the tree, or refuses with the
/// reason. What it reads, it reads as the tree does: the same `ProgressFile`.
final class PlainProgressReader {
    private var answers: [AnswerRecord] = []
    private var questions: [String: QuestionStats] = [:]
    private var failed = false

    private init() {}

    static func read(_ data: Data) -> ProgressFile? {
        let reader = PlainProgressReader()
        reader.answers.reserveCapacity(data.count / 256)
        let document = try? JSONParser.parse(
            data, streaming: "answers", skimming: reader.skimAnswer, skimmingMembers: ["questions": reader.skimQuestion],
            element: { _, _ in reader.failed = true }
        )
        guard !reader.failed, case .object(let header)? = document, case .string(ProgressFile.formatName)? = header["format"],
              case .integer(let version)? = header["schemaVersion"], version == ProgressFile.currentSchemaVersion,
              var progress = try? ProgressCoding.decoder().decode(ProgressFile.self, from: .object(header)) else { return nil }
        progress.answers = reader.answers
        progress.questions.merge(reader.questions) { written, _ in written }
        return progress
    }

    /// An answer written plainly, made straight from the bytes; any other fails the whole read.
    private func skimAnswer(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Bool {
        guard !failed else { return false }
        var plain = JSONPlainReader(bytes, at: position)
        guard let answer = PlainAnswer(&plain)?.record else { return false }
        answers.append(answer)
        position = plain.position
        return true
    }

    /// A question's figures written plainly, made straight from the bytes; any other is left in the tree.
    private func skimQuestion(_ key: String, _ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Bool {
        guard let stats = QuestionStats.plain(bytes, &position) else { return false }
        questions[key] = stats
        return true
    }
}

/// An answer as `JSONPlainReader` finds it, every field one `AnswerRecord.init(json:)` accepts, its text still bytes.
struct PlainAnswer {
    private static let keys = JSONPlainReader.Names([
        "questionId", "topic", "chosen", "correct", "seconds", "answeredAt", "session", "mode", "confidence", "credit",
    ])

    var questionId: UnsafeBufferPointer<UInt8>
    var topic: UnsafeBufferPointer<UInt8>
    var chosen: [Int]
    var correct: Bool
    var seconds: Double
    var answeredAt: Date
    var session: UnsafeBufferPointer<UInt8>
    var mode: UnsafeBufferPointer<UInt8>
    var confidence: Confidence?
    var credit: Double

    /// Reads an answer written plainly; nil (the reader anywhere) for any other form or any field `init(json:)` refuses.
    init?(_ reader: inout JSONPlainReader) {
        var seen: UInt16 = 0
        var questionId: UnsafeBufferPointer<UInt8>?
        var topic: UnsafeBufferPointer<UInt8>?
        var chosen: [Int] = []
        var correct: Bool?
        var seconds: Double?
        var answeredAt: Date?
        var session: UnsafeBufferPointer<UInt8>?
        var mode: UnsafeBufferPointer<UInt8>?
        var confidence: Confidence?
        var writtenCredit: Double?
        let read = reader.object(Self.keys) { index, value in
            guard let index, seen & (1 << index) == 0 else { return false }
            seen |= 1 << index
            switch index {
            case 0:
                questionId = value.text()
                return questionId != nil
            case 1:
                topic = value.text()
                return topic != nil
            case 2:
                return value.list { element in
                    guard let index = element.wholeNumber(), ProgressLimits.choiceIndices.contains(index) else { return false }
                    chosen.append(index)
                    return true
                }
            case 3:
                correct = value.bool()
                return correct != nil
            case 4:
                seconds = value.number()
                return seconds != nil
            case 5:
                answeredAt = value.text().flatMap(ISODate.date(utf8:)).flatMap { ISODate.writable.contains($0) ? $0 : nil }
                return answeredAt != nil
            case 6:
                session = value.text()
                return session != nil
            case 7:
                mode = value.text()
                return mode != nil
            case 8:
                confidence = value.text().flatMap { Confidence(rawValue: String(decoding: $0, as: UTF8.self)) }
                return confidence != nil
            default:
                writtenCredit = value.number()
                return writtenCredit != nil
            }
        }
        guard read, seen & 0xFF == 0xFF, let questionId, let topic, let correct, let seconds, let answeredAt, let session,
              let mode, ProgressLimits.secondsPerAnswer.contains(seconds) else { return nil }
        let credit = writtenCredit ?? Credit.of(correct: correct)
        guard AnswerRecord.creditProblem(credit, correct: correct) == nil else { return nil }
        self.questionId = questionId
        self.topic = topic
        self.chosen = chosen
        self.correct = correct
        self.seconds = seconds
        self.answeredAt = answeredAt
        self.session = session
        self.mode = mode
        self.confidence = confidence
        self.credit = credit
    }

    /// The answer as `AnswerRecord.init(json:)` makes it.
    var record: AnswerRecord {
        AnswerRecord(
            questionId: String(decoding: questionId, as: UTF8.self), topic: String(decoding: topic, as: UTF8.self),
            chosen: chosen, correct: correct, seconds: seconds, answeredAt: answeredAt,
            session: String(decoding: session, as: UTF8.self), mode: String(decoding: mode, as: UTF8.self),
            confidence: confidence, credit: credit
        )
    }
}

extension QuestionStats {
    private static let plainKeys = JSONPlainReader.Names(["attempts", "correct", "lastAnsweredAt", "lastCorrect", "totalSeconds"])

    /// A member of `questions` read straight from the bytes when it is written plainly and `init(json:)` would accept
    /// it (the position moved past it); nil leaves it to `init(json:)`.
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> QuestionStats? {
        var reader = JSONPlainReader(bytes, at: position)
        var seen: UInt8 = 0
        var attempts: Int?
        var correct: Int?
        var lastAnsweredAt: Date?
        var lastCorrect: Bool?
        var totalSeconds: Double?
        let read = reader.object(plainKeys) { index, value in
            guard let index, seen & (1 << index) == 0 else { return false }
            seen |= 1 << index
            switch index {
            case 0:
                attempts = value.wholeNumber()
                return attempts != nil
            case 1:
                correct = value.wholeNumber()
                return correct != nil
            case 2:
                lastAnsweredAt = value.text().flatMap(ISODate.date(utf8:)).flatMap { ISODate.writable.contains($0) ? $0 : nil }
                return lastAnsweredAt != nil
            case 3:
                lastCorrect = value.bool()
                return lastCorrect != nil
            default:
                totalSeconds = value.number()
                return totalSeconds != nil
            }
        }
        guard read, let attempts, let correct, let totalSeconds,
              problem(attempts: attempts, correct: correct, totalSeconds: totalSeconds) == nil else { return nil }
        position = reader.position
        var stats = QuestionStats()
        stats.attempts = attempts
        stats.correct = correct
        stats.lastAnsweredAt = lastAnsweredAt
        stats.lastCorrect = lastCorrect
        stats.totalSeconds = totalSeconds
        return stats
    }
}
