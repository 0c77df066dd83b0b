import Foundation
import Testing
@_spi(Fuzzing) @testable import QuizCore
import QuizTestSupport

/// The progress reader that makes records straight from the bytes (`PlainProgressReader`) against the reader through
/// the JSON tree (`ProgressStore.decodeTree`): the same progress for every file it reads, the tree's reading of every
/// file it leaves, and the same refusal, word for word, of every bad file.
@Suite struct PlainProgressReaderTests {
    typealias Counted = CountedProgressTests

    static func tree(_ text: String, _ name: String) -> Result<ProgressFile, ProgressError> {
        Result { () throws(ProgressError) in try ProgressStore.decodeTree(Data(text.utf8), path: name) }
    }

    static func read(_ text: String, _ name: String) -> Result<ProgressFile, ProgressError> {
        Result { () throws(ProgressError) in try ProgressStore.read(Data(text.utf8), path: name) }
    }

    /// A long history of every kind of answer srm-quiz writes, with the per-question figures kept in step.
    static func longHistory(answers count: Int, seed: UInt64) throws -> ProgressFile {
        var generator = SeededGenerator(seed: seed)
        var progress = ReportFixtures.progress("ada", answers: [])
        let modes = ["practice", "exam", "train", "assess", "review", "cram", "drill"]
        for index in 0..<count {
            let credit = [0, 0.5, 1][Int.random(in: 0...2, using: &generator)]
            progress.record(AnswerRecord(
                questionId: "q\(Int.random(in: 0..<900, using: &generator)).\(["matrix", "incident-s3", "x"][index % 3])",
                topic: ["basics", "services", "incidents"][Int.random(in: 0...2, using: &generator)],
                chosen: (0..<Int.random(in: 0...3, using: &generator)).map { _ in Int.random(in: 0...9, using: &generator) },
                correct: credit == 1, seconds: Double(Int.random(in: 0...600_000, using: &generator)) / 1000,
                answeredAt: Fixtures.at(Double(index) * 61.5 + Double(Int.random(in: 0...999, using: &generator)) / 1000),
                session: UUID(uuid: (UInt8(index % 256), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)).uuidString,
                mode: modes[index % modes.count], confidence: [nil, .sure, .unsure, .guessing][index % 4], credit: credit
            ))
        }
        ReportFixtures.completedTraining(&progress)
        return progress
    }

    @Test func aFileWrittenTheUsualWayIsReadStraightFromItsBytesAsTheTreeReadsIt() throws {
        for (seed, count) in [(UInt64(1), 0), (2, 1), (3, 2_000)] {
            let history = try Self.longHistory(answers: count, seed: seed)
            let data = try ProgressStore.encode(history)
            let plain = try #require(PlainProgressReader.read(data), "\(count) answers")
            #expect(plain == history, "\(count) answers")
            #expect(plain == (try ProgressStore.decodeTree(data, path: "long.json")), "\(count) answers")
        }
        let data = try ProgressStore.encode(try Counted.history())
        #expect(PlainProgressReader.read(data) == (try ProgressStore.decodeTree(data, path: "history.json")))
    }

    @Test func everyGoodFileReadsAsTheTreeReadsIt() throws {
        for (name, text) in try Counted.goodFiles() {
            let tree = Self.tree(text, name)
            #expect((try? tree.get()) != nil, "the tree reads \(name)")
            #expect(Self.read(text, name) == tree, "\(name)")
            if let plain = PlainProgressReader.read(Data(text.utf8)) {
                #expect(plain == (try? tree.get()), "\(name)")
            }
        }
    }

    @Test func answersInFormsSrmQuizDoesNotWriteAreLeftToTheTree() throws {
        let good = try Counted.goodFiles()
        for name in ["non-ASCII topic", "escaped text", "null confidence", "chosen as 1.0", "unknown key in an answer"] {
            let text = try #require(good[name])
            #expect(PlainProgressReader.read(Data(text.utf8)) == nil, "\(name)")
        }
        #expect(PlainProgressReader.read(Data(try #require(good["plain"]).utf8)) != nil)
    }

    @Test func everyBadFileIsRefusedWithTheTreesWords() throws {
        for (name, text) in try Counted.badFiles() {
            #expect(PlainProgressReader.read(Data(text.utf8)) == nil, "\(name)")
            let tree = Self.tree(text, name)
            if case .success = tree { Issue.record("the tree reads \(name), which is meant to be refused") }
            #expect(Self.read(text, name) == tree, "\(name)")
        }
    }

    @Test func aQuestionsFiguresInAnotherFormAreReadByTheTreeBesideThePlainOnes() throws {
        let text = try Counted.text()
        let variant = Counted.replacing(#""lastCorrect" : true"#, with: #""lastCorrect" : null"#, in: text)
        let plain = try #require(PlainProgressReader.read(Data(variant.utf8)))
        #expect(plain == (try ProgressStore.decodeTree(Data(variant.utf8), path: "null lastCorrect.json")))
        #expect(plain.questions.count == (try Counted.history()).questions.count)
        #expect(plain.questions.values.contains { $0.lastCorrect == nil })
    }
}
