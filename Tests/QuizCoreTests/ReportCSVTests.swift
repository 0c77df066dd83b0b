import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The CSV the reports write: RFC 4180 quoting and one row per answer.
@Suite struct ReportCSVTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("crlf\r\nline", "\"crlf\r\nline\""),
        ("cr\ronly", "\"cr\ronly\""),
        (" spaced ", " spaced "),
    ])
    func fieldsAreQuotedOnlyWhenTheyMustBe(text: String, field: String) {
        #expect(CSVTable.field(text) == field)
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+1+2", "'+1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("\tcmd", "'\tcmd"),
        ("-12.5", "-12.5"),
        ("-", "-"),
        ("a=b", "a=b"),
    ])
    func aFieldASpreadsheetWouldRunAsAFormulaIsDefused(text: String, field: String) {
        #expect(CSVTable.field(text) == field)
    }

    @Test func aWindowsLineBreakIsQuoted() {
        #expect(CSVTable.line(["crlf\r\nline", "x"]) == "\"crlf\r\nline\",x\r\n")
    }

    @Test func linesEndInCRLF() {
        #expect(CSVTable.text(header: ["a", "b"], rows: [["1", "x,y"], ["", "2"]]) == "a,b\r\n1,\"x,y\"\r\n,2\r\n")
    }

    @Test func everyAnswerIsARowWithItsServiceModelFromTheBank() {
        let progress = ReportFixtures.progress(answers: [
            ReportFixtures.answer("t.owner", topic: "services", correct: false, at: 0.5, session: "practice-1", chosen: [0]),
            ReportFixtures.answer("t.single", at: 60, session: "assess-2", mode: "assess", confidence: .unsure, chosen: [0, 2]),
            ReportFixtures.answer("t.scenario.who", at: 61, session: "assess-2", mode: "assess"),
            ReportFixtures.answer("gone.question", topic: "retired", at: 62, session: "exam-3", mode: "exam", chosen: []),
        ])
        #expect(AnswerCSV.csv(progress, bank: ReportFixtures.bank) == [
            "answeredAt,profile,session,mode,questionId,topic,serviceModel,correct,seconds,confidence,chosen,credit",
            "2027-01-15T08:00:00.500Z,ada,practice-1,practice,t.owner,services,infrastructure,false,4.25,,0,0",
            "2027-01-15T08:01:00.000Z,ada,assess-2,assess,t.single,basics,,true,4.25,unsure,0;2,1",
            "2027-01-15T08:01:01.000Z,ada,assess-2,assess,t.scenario.who,basics,abstracted,true,4.25,,1,1",
            "2027-01-15T08:01:02.000Z,ada,exam-3,exam,gone.question,retired,,true,4.25,,,1",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test func fieldsFromAHandEditedFileAreQuoted() {
        let progress = ReportFixtures.progress(answers: [
            ReportFixtures.answer("t.single", topic: "a \"quoted\" topic", session: "one,two", mode: "line\nbreak"),
        ])
        let rows = AnswerCSV.csv(progress, bank: ReportFixtures.bank).components(separatedBy: "\r\n")
        #expect(rows[1] == "2027-01-15T08:00:00.000Z,ada,\"one,two\",\"line\nbreak\",t.single,\"a \"\"quoted\"\" topic\",,true,4.25,,1,1")
    }

    @Test func anEmptyProgressFileIsTheHeaderAlone() {
        #expect(AnswerCSV.csv(ReportFixtures.progress(), bank: ReportFixtures.bank) == AnswerCSV.header.joined(separator: ",") + "\r\n")
    }
}
