import QuizCore
import QuizTestSupport
import Testing
@testable import QuizUI

/// The history map: a grid of every service and control with totals that fits 60, 80 and 160 columns, and a line
/// per service in plain mode, where it is read aloud.
@Suite struct MatrixHeatMapTests {
    func text(_ body: BodyBuilder) -> [String] {
        body.lines.map { line in line.spans.map(\.text).joined() }
    }

    func record(_ id: String, _ correct: Bool, credit: Double? = nil) -> AnswerRecord {
        AnswerRecord(
            questionId: id, topic: MatrixQuestions.topic, chosen: [0], correct: correct, seconds: 1, answeredAt: Fixtures.start,
            session: "s", mode: "drill", credit: credit
        )
    }

    var history: MatrixHistory {
        MatrixHistory(answers: [
            record("matrix.owner.ec2.physical-security", true), record("matrix.owner.ec2.physical-security", true),
            record("matrix.owner.ec2.guest-os-patching", false),
            record("matrix.owner.s3.application-code", false, credit: 0.5), record("matrix.owner.s3.application-code", true),
        ])
    }

    @Test func plainModeListsEachServiceAskedWithItsTotalAndThenEachControl() {
        var body = BodyBuilder(width: 76)
        MatrixHeatMap.addList(history, matrix: DrillFixtures.small, to: &body)
        #expect(text(body) == [
            MatrixHeatMap.title,
            "EC2 67% (2 of 3): Physical security 100% (2 of 2); Guest OS patching 0% (0",
            "                  of 1)",
            "S3 75% (1.5 of 2): Application code 75% (1.5 of 2)",
            "1 service not asked yet.",
            "By control: Physical security 100% (2 of 2); Guest OS patching 0% (0 of 1);",
            "            Application code 75% (1.5 of 2)",
        ])
    }

    @Test func plainModeSaysWhenNoCellWasAskedYet() {
        var body = BodyBuilder(width: 76)
        MatrixHeatMap.addList(MatrixHistory(), matrix: DrillFixtures.small, to: &body)
        #expect(text(body) == [MatrixHeatMap.title, "No matrix cell asked yet."])
    }

    @Test func theGridMarksEachCellByAccuracyBlankWhereNeverAskedWithTotals() throws {
        var body = BodyBuilder(width: 24)
        MatrixHeatMap.add(history, matrix: DrillFixtures.small, glyphs: .ascii, height: 20, to: &body)
        let text = text(body)
        #expect(text[0] == MatrixHeatMap.title)
        #expect(text[1] == "    1 2 3 4 5    All")
        #expect(text[2] == "EC2 + x          67%", "right, wrong, then never asked")
        #expect(text[3] == "RDS         .      -", "nothing asked about RDS, and it has no application code cell")
        #expect(text[4] == "S3          ~    75%", "a half-right cell is between right and wrong")
        #expect(text[5] == "All + x     ~    70%", "3.5 of 5 in all")
        let styles = Dictionary(body.lines[4].spans.map { ($0.text.trimmingCharacters(in: .whitespaces), $0.style) }, uniquingKeysWith: { first, _ in first })
        #expect(styles["~"] == .middling, "colour repeats the band: between right and wrong")
        #expect(body.lines[2].spans.first { $0.text.hasPrefix("+") }?.style == .correct)
        #expect(body.lines[2].spans.first { $0.text.hasPrefix("x") }?.style == .wrong)
        #expect(text.joined(separator: " ").contains("blank: never asked"))
    }

    @Test func aWideScreenGivesEachControlsPercentInTheTotalsRow() throws {
        var body = BodyBuilder(width: 76)
        MatrixHeatMap.add(history, matrix: DrillFixtures.small, glyphs: .ascii, height: 20, to: &body)
        let text = text(body)
        #expect(text[1] == "      1   2   3   4   5    All")
        #expect(text[2] == "EC2   +   x                67%")
        #expect(text[5] == "All 100   0          75    70%")
        #expect(text.joined(separator: " ").contains("1 Physical security 100% (2 of 2); 2 Guest OS patching 0% (0 of"))
    }

    /// The bundled matrix (29 by 29) is whole, with its totals, at 60x16, 80x24 and 160x50: one column a cell at 60,
    /// two at 80, and at 160 four, with each control's percent in the totals row. Where the grid is taller than the
    /// body, it comes in blocks of services that each fit under their own control numbers; at 160x50 it is one.
    @Test(arguments: [(58, 12, 5), (78, 20, 2), (158, 46, 1)])
    func theBundledMatrixFitsTheScreen(_ width: Int, _ height: Int, _ blocks: Int) throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        let matrix = bank.matrix
        let answers = matrix.cells.enumerated().filter { $0.offset % 3 == 0 }.map { record($0.element.ownerQuestionID, $0.offset % 2 == 0) }
        var body = BodyBuilder(width: width)
        MatrixHeatMap.add(MatrixHistory(answers: answers), matrix: matrix, glyphs: .unicode, height: height, to: &body)
        let lines = text(body)
        for line in lines { #expect(DisplayWidth.of(line) <= width, "too wide: \(line)") }
        for service in matrix.services { #expect(lines.contains { $0.hasPrefix(service.shortName + " ") }) }
        let headers = lines.indices.filter { lines[$0].hasSuffix("All") }
        #expect(headers.count == blocks)
        let all = try #require(lines.firstIndex { $0.hasPrefix("All ") })
        let blockEnds = headers.dropFirst().map { $0 - 1 } + [all]
        for (header, end) in zip(headers, blockEnds) {
            let firstHeaderRow = lines[header - 1].trimmingCharacters(in: .whitespaces).hasPrefix("1 1") ? header - 1 : header
            #expect(end - firstHeaderRow + 1 <= height - 1, "a block and its numbers fit the body with its scroll line")
        }
        #expect(lines[all].hasSuffix("%"))
        if width > 150 { #expect(lines[all].contains(" 50 ") || lines[all].contains("100 ") || lines[all].contains("  0 "), "percent per control") }
    }
}
