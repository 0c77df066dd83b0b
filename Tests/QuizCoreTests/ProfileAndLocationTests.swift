import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct ProfileAndLocationTests {
    @Test(arguments: ["ada", "Ada.Lovelace", "team-7_b", String(repeating: "a", count: 64)])
    func plainNamesAreProfiles(name: String) throws {
        #expect(try ProfileName(name).value == name)
    }

    @Test(arguments: ["", "../x", "/etc/passwd", "a/b", ".hidden", "tab\there", "bell\u{7}", "spaces are not", "ünï", String(repeating: "a", count: 65)])
    func otherNamesAreRefused(name: String) {
        #expect(throws: ProfileName.Invalid.self) { try ProfileName(name) }
    }

    @Test func dataDirectoryFollowsTheEnvironment() {
        let home = "/home/ada"
        #expect(DataLocation.defaultDirectory(environment: ["SRM_QUIZ_HOME": "/srv/quiz", "XDG_DATA_HOME": "/x"], home: home).path == "/srv/quiz")
        #expect(DataLocation.defaultDirectory(environment: ["XDG_DATA_HOME": "/x/data"], home: home).path == "/x/data/srm-quiz")
        #expect(DataLocation.defaultDirectory(environment: ["XDG_DATA_HOME": "relative"], home: home).path == "/home/ada/.local/share/srm-quiz")
        #expect(DataLocation.defaultDirectory(environment: [:], home: home).path == "/home/ada/.local/share/srm-quiz")
    }

    @Test func theReportCountsPerTopicInBankOrder() throws {
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        for (id, topic, correct) in [("t.single", "basics", true), ("t.owner", "services", false), ("t.single", "basics", false), ("old", "retired", true)] {
            progress.record(AnswerRecord(questionId: id, topic: topic, chosen: [0], correct: correct, seconds: 1, answeredAt: Fixtures.start, session: "s", mode: "practice"))
        }
        let report = ProgressReport(progress: progress, bank: Fixtures.bank, file: "/p/ada.json", now: Fixtures.start)
        #expect(report.answered == 4)
        #expect(report.correct == 2)
        #expect(report.questionsSeen == 3)
        #expect(report.topics.map(\.id) == ["basics", "services", "retired"])
        #expect(report.topics.map(\.answered) == [2, 1, 1])
        #expect(report.topics[0].accuracy == 0.5)
        let decoded = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
        #expect(decoded?["answered"] as? Int == 4)
        #expect((decoded?["topics"] as? [[String: Any]])?.first?["title"] as? String == "Basics")
    }
}
