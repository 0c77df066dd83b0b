import QuizCore
import QuizTestSupport
import Testing
@testable import QuizUI

/// The assessment's heat map: a grid on screen, and a line per service in plain mode, where it is read aloud.
@Suite struct MatrixHeatMapTests {
    func text(_ body: BodyBuilder) -> [String] {
        body.lines.map { line in line.spans.map(\.text).joined() }
    }

    let marks: [String: [String: AssessmentResult.CellMark]] = [
        "ec2": ["physical-security": .right, "guest-os-patching": .confidentlyWrong, "encryption-at-rest": .wrong],
        "s3": ["application-code": .right],
    ]

    @Test func plainModeListsEachServiceWithWhatWasRightAndWrong() {
        var body = BodyBuilder(width: 76)
        MatrixHeatMap.addList(marks, matrix: DrillFixtures.small, to: &body)
        #expect(text(body) == [
            "The matrix, service by service",
            "EC2: right: Physical security; wrong: Encryption at rest; wrong while sure:",
            "     Guest OS patching",
            "S3: right: Application code",
        ])
    }

    @Test func theScreenShowsAGridWithALegend() {
        var body = BodyBuilder(width: 76)
        MatrixHeatMap.add(marks, matrix: DrillFixtures.small, glyphs: .ascii, to: &body)
        let text = text(body)
        #expect(text.first == "The matrix, cell by cell")
        #expect(text.contains { $0.hasPrefix("EC2 ") && $0.contains("!") })
        #expect(text.contains { $0.contains("wrong while sure") })
    }
}
