import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The trainer's roster: a CSV with a header row, read as spreadsheets write it.
@Suite struct RosterTests {
    static func read(_ text: String) throws(Roster.Failure) -> Roster {
        try Roster.read(Data(text.utf8), path: "/t/people.csv")
    }

    @Test func columnsInAnyOrderWithABOMQuotesAndCRLF() throws {
        let text = "\u{FEFF}Team,email,LOGIN,name,employeeId,desk\r\n"
            + "\"Ops, EU\",ada@example.com,ada,\"Lovelace, Ada \"\"Countess\"\"\",E1,3\r\n"
            + "\r\n"
            + "Dev,bob@example.com,bob,\"Bob\r\nSmith\",E2,4\r\n"
            + "Dev,,cy,Cy,,"
        let roster = try Self.read(text)
        #expect(roster.people == [
            Roster.Person(login: "ada", name: "Lovelace, Ada \"Countess\"", email: "ada@example.com", employeeId: "E1", team: "Ops, EU", line: 2),
            Roster.Person(login: "bob", name: "Bob\r\nSmith", email: "bob@example.com", employeeId: "E2", team: "Dev", line: 4),
            Roster.Person(login: "cy", name: "Cy", team: "Dev", line: 6),
        ])
        #expect(roster.problems.isEmpty)
    }

    @Test func anInvalidOrRepeatedLoginIsReportedAndSkipped() throws {
        let roster = try Self.read("login,name\nada,Ada\n../root,Mallory\n,Nobody\nada,Ada again\n")
        #expect(roster.people.map(\.login) == ["ada"])
        #expect(roster.problems.map(\.description) == [
            #"/t/people.csv: line 3: login: invalid profile name "../root": use only letters, digits, '.', '_' and '-'; row skipped"#,
            "/t/people.csv: line 4: login: invalid profile name \"\": it is empty; row skipped",
            "/t/people.csv: line 5: login ada is already on line 2; row skipped",
        ])
    }

    @Test func noHeaderNoLoginColumnOrAnOpenQuoteIsMalformed() {
        #expect(throws: Roster.Failure.malformed(path: "/t/people.csv", line: 1, reason: #"no header row: the first line names the columns, among them "login""#)) {
            try Self.read("")
        }
        #expect(throws: Roster.Failure.malformed(path: "/t/people.csv", line: 1, reason: #"no "login" column in the header (name,email)"#)) {
            try Self.read("name,email\nAda,ada@example.com\n")
        }
        #expect(throws: Roster.Failure.malformed(path: "/t/people.csv", line: 3, reason: "a quote opened on this line is never closed")) {
            try Self.read("login,name\nada,Ada\nbob,\"Bob\ncy,Cy\n")
        }
        #expect(Roster.Failure.malformed(path: "p", line: 1, reason: "r").isBadData)
    }

    @Test func aMissingRosterCannotBeRead() throws {
        let missing = try Fixtures.temporaryDirectory().appendingPathComponent("people.csv")
        #expect(throws: Roster.Failure.unreadable(path: missing.path, reason: "no such file")) { try Roster.load(missing) }
        #expect(!Roster.Failure.unreadable(path: "p", reason: "r").isBadData)
    }
}
