import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The outbox: statements queued as synced lines, pending until the sent or refused ledger names them, a torn last
/// line dropped, nothing queued twice, emptied only when all is sent.
@Suite struct OutboxTests {
    func outbox() throws -> Outbox {
        let directory = try Fixtures.temporaryDirectory()
        return Outbox(progressFile: directory.appendingPathComponent("ada.json"))
    }

    /// Statements of a small practice history, as the export makes them.
    func statements(_ count: Int, from first: Int = 0) throws -> [XAPIStatement] {
        let bank = try XAPIExportTests.bundled.get()
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        for number in 0..<(first + count) {
            let question = bank.questions[number % bank.questions.count]
            progress.record(AnswerRecord(
                questionId: question.id, topic: question.topic, chosen: [0], correct: false, seconds: 2,
                answeredAt: Fixtures.at(Double(number)), session: "practice-1", mode: "practice"
            ))
        }
        return Array(XAPIExport(actor: .profileAccount("ada")).statements(progress, bank: bank).dropFirst(first))
    }

    func body(_ statement: XAPIStatement) throws -> Data {
        try XAPIStatement.encoder().encode(statement)
    }

    @Test func queuedStatementsArePendingInOrderUntilSent() throws {
        let outbox = try outbox()
        let queued = try statements(5)
        try outbox.queue(Array(queued.prefix(3)))
        try outbox.queue(Array(queued.suffix(2)))
        var reading = try outbox.read()
        #expect(reading.pending.map(\.id) == queued.map(\.id))
        #expect(try reading.pending.map(\.body) == queued.map(body))
        try outbox.markSent(Array(queued.prefix(2).map(\.id)), at: Fixtures.at(100))
        try outbox.markRefused(queued[2].id, reason: "409 Conflict: held differently", at: Fixtures.at(101))
        reading = try outbox.read()
        #expect(reading.pending.map(\.id) == Array(queued.suffix(2).map(\.id)))
        #expect(reading.sent == Set(queued.prefix(2).map(\.id)))
        #expect(reading.refused == [queued[2].id: "409 Conflict: held differently"])
        #expect(reading.lastSent == Fixtures.at(100))
        #expect(reading.damagedLines == 0)
    }

    @Test func aTornLastLineIsNotPendingAndIsCutBeforeTheNextQueue() throws {
        let outbox = try outbox()
        let queued = try statements(3)
        try outbox.queue([queued[0]])
        let line = try #require(Outbox.line(queued[1]))
        let handle = try FileHandle(forWritingTo: outbox.queueURL)
        try handle.seekToEnd()
        try handle.write(contentsOf: line.prefix(line.count / 2))
        try handle.close()
        #expect(try outbox.read().pending.map(\.id) == [queued[0].id])
        #expect(try outbox.read().damagedLines == 0, "a torn last line is a save a kill cut short, not damage")
        try outbox.queue([queued[2]])
        let reading = try outbox.read()
        #expect(reading.pending.map(\.id) == [queued[0].id, queued[2].id])
        #expect(reading.damagedLines == 0)
        let text = try String(contentsOf: outbox.queueURL, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2)
    }

    @Test func aWholeLastLineWithoutItsNewlineIsKept() throws {
        let outbox = try outbox()
        let queued = try statements(2)
        let line = try #require(Outbox.line(queued[0]))
        try line.dropLast().write(to: outbox.queueURL)
        try outbox.queue([queued[1]])
        #expect(try outbox.read().pending.map(\.id) == queued.map(\.id))
    }

    @Test func aDamagedLineIsCountedAndTheOutboxIsCopiedAsideBeforeItIsEmptied() throws {
        let outbox = try outbox()
        let queued = try statements(2)
        try outbox.queue([queued[0]])
        let handle = try FileHandle(forWritingTo: outbox.queueURL)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("not a statement\n".utf8))
        try handle.close()
        try outbox.queue([queued[1]])
        var reading = try outbox.read()
        #expect(reading.damagedLines == 1)
        #expect(reading.pending.count == 2)
        try outbox.markSent(queued.map(\.id), at: Fixtures.at(10))
        reading = try outbox.read()
        let aside = try #require(try outbox.emptyIfAllSent(reading, at: Fixtures.at(11)))
        #expect(try String(contentsOf: aside, encoding: .utf8).contains("not a statement"))
        #expect(try Data(contentsOf: outbox.queueURL).isEmpty)
        #expect(try outbox.read().sent.count == 2, "the ledger stays")
    }

    @Test func theOutboxIsEmptiedOnlyWhenAllIsSentAndNothingWasQueuedSince() throws {
        let outbox = try outbox()
        let queued = try statements(3)
        try outbox.queue(Array(queued.prefix(2)))
        try outbox.markSent([queued[0].id], at: Fixtures.at(10))
        #expect(try outbox.emptyIfAllSent(try outbox.read(), at: Fixtures.at(11)) == nil)
        #expect(try outbox.read().pending.count == 1, "one still pending: nothing emptied")
        try outbox.markSent([queued[1].id], at: Fixtures.at(12))
        let allSent = try outbox.read()
        try outbox.queue([queued[2]])
        try outbox.emptyIfAllSent(allSent, at: Fixtures.at(13))
        #expect(try outbox.read().pending.map(\.id) == [queued[2].id], "queued after the reading: kept")
    }

    @Test func queueMissingQueuesOnlyWhatTheOutboxNeverHeld() throws {
        let outbox = try outbox()
        let queued = try statements(4)
        try outbox.queue([queued[0]])
        try outbox.markSent([queued[0].id], at: Fixtures.at(10))
        try outbox.emptyIfAllSent(try outbox.read(), at: Fixtures.at(11))
        try outbox.queue([queued[1]])
        try outbox.markRefused(queued[1].id, reason: "409", at: Fixtures.at(12))
        #expect(try outbox.queueMissing(queued) == 2)
        #expect(try outbox.queueMissing(queued) == 0)
        #expect(try outbox.read().pending.map(\.id) == Array(queued.suffix(2).map(\.id)))
    }

    @Test func aQueuedStatementIsFrozen() throws {
        let outbox = try outbox()
        var statement = try statements(1)[0]
        try outbox.queue([statement])
        let frozen = try body(statement)
        statement.object.definition?.name = ["en-US": "A reworded question"]
        try outbox.queueMissing([statement])
        #expect(try outbox.read().pending.map(\.body) == [frozen])
    }

    @Test func filesAreTheUsersOnly() throws {
        let outbox = try outbox()
        try outbox.queue(try statements(1))
        try outbox.markSent([try statements(1)[0].id], at: Fixtures.at(1))
        for url in [outbox.queueURL, outbox.sentURL] {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
            #expect(mode == 0o600)
        }
    }
}
