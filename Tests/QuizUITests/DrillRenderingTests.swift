import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport
@testable import QuizUI

@Suite struct DrillRenderingTests {
    /// The drill drawn as the app draws a screen: the chrome, then the drill's lines in the body area.
    func render(_ session: DrillSession, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode) -> ScreenBuffer {
        var screen = ScreenBuffer(width: width, height: height)
        let context = ViewContext(bank: Fixtures.bank, glyphs: glyphs)
        let lines = DrillView.lines(session, context: context, width: Chrome.bodyWidth(width: width), height: Chrome.bodyRows(height: height).count)
        Chrome.draw(into: &screen, profile: "ada", hints: DrillKeys.hints(for: session, glyphs: glyphs), glyphs: glyphs)
        Chrome.drawBody(lines, into: &screen, glyphs: glyphs)
        return screen
    }

    func session(_ events: [DrillEvent], matrix: ResponsibilityMatrix = DrillFixtures.large) -> DrillSession {
        events.enumerated().reduce(DrillFixtures.session(matrix)) { session, step in
            DrillReducer.reduce(session, step.element, at: Fixtures.at(Double(step.offset + 1))).0
        }
    }

    /// The whole large fixture with a few guesses: row 1 all AWS, row 2 all Customer (one key per cell, as a/c/s
    /// moves on to the next cell), the first cell of row 3 Shared, then the cursor moved.
    func filled(cursorRows: Int = 3, cursorColumns: Int = 4) -> [DrillEvent] {
        let grid = session([.wholeMatrixRequested]).grid!
        let cellsIn = { (row: Int) in grid.cellPositions.filter { $0.row == row }.count }
        let toOrigin = DrillEvent.cursorMoved(rows: -grid.rowCount, columns: -grid.columnCount)
        var events: [DrillEvent] = [.wholeMatrixRequested]
        events += Array(repeating: .ownerSet(.aws), count: cellsIn(0))
        events += Array(repeating: .ownerSet(.customer), count: cellsIn(1))
        events += [toOrigin, .cursorMoved(rows: 2, columns: 0), .ownerSet(.shared)]
        events += [toOrigin, .cursorMoved(rows: cursorRows, columns: cursorColumns)]
        return events
    }

    /// Where the cursor is drawn: the body's cells in the selected style.
    func selectedCells(_ screen: ScreenBuffer) -> [(row: Int, column: Int)] {
        Chrome.bodyRows(height: screen.height).flatMap { row in
            (0..<screen.width).filter { screen[row, $0].style == .selected }.map { (row: row, column: $0) }
        }
    }

    @Test func servicesChecklistGroupedByModelAndScrolledToTheHighlight() throws {
        let screen = render(session([.checklistHighlightMoved(by: 9), .highlightedEntryToggled, .checklistHighlightMoved(by: -6), .highlightedEntryToggled]))
        try GoldenFile.check(screen, "drill-services-80x24")
        #expect(DrillFixtures.large.services.allSatisfy { service in screen.lines.contains { $0.hasSuffix(service.name) } })
        let row = try #require(screen.lines.firstIndex { $0.contains("› [x] Amazon Lightsail") })
        #expect(screen[row, 1].style == .selected)
    }

    @Test func controlsChecklistWithANoticeAt60x16() throws {
        let screen = render(session([.highlightedEntryToggled, .checklistConfirmed, .checklistHighlightMoved(by: 15), .checklistConfirmed]), width: 60, height: 16)
        try GoldenFile.check(screen, "drill-controls-notice-60x16")
        #expect(screen.lines.joined().contains("Tick at least one control"))
        #expect(screen.lines.contains { $0.contains("› [ ] logging and monitoring") }, "controls are named by their phrase")
        let classes = ["(inherited)", "(shared)", "(customer-specific)"]
        #expect(!screen.lines.contains { line in classes.contains(where: line.contains) }, "no control class gives an answer away")
        #expect(screen.lines.contains { $0.contains("▲ ") && $0.contains("more") })
        #expect(screen.lines.contains { $0.contains("▼ ") && $0.contains("more") })
    }

    @Test func gridWhileFilling() throws {
        let screen = render(session(filled()))
        try GoldenFile.check(screen, "drill-filling-80x24")
        #expect(selectedCells(screen).count == 2)
    }

    @Test func submitWithBlanksAsks() throws {
        let screen = render(session(filled() + [.submitRequested]))
        try GoldenFile.check(screen, "drill-confirm-80x24")
        #expect(screen.lines.joined().contains("still blank"))
    }

    @Test func gridAfterMarking() throws {
        let screen = render(session(filled() + [.submitRequested, .submitConfirmed, .cursorMoved(rows: -2, columns: 0)]))
        try GoldenFile.check(screen, "drill-marked-80x24")
        #expect(screen.lines.joined().contains("Score 20.5 of 218 (9%)"))
    }

    @Test func markedInASCII() throws {
        let screen = render(session(filled() + [.submitRequested, .submitConfirmed, .cursorMoved(rows: -1, columns: -3)]), glyphs: .ascii)
        try GoldenFile.check(screen, "drill-marked-ascii-80x24")
    }

    @Test func aGridLargerThanTheScreenScrollsToTheCursorAt60x16() throws {
        let screen = render(session(filled(cursorRows: 9, cursorColumns: 17)), width: 60, height: 16)
        try GoldenFile.check(screen, "drill-scrolled-60x16")
        let header = screen.lines[3]
        #expect(header.contains("◀"))
        #expect(!header.contains("▶"))
        #expect(screen.lines.contains { $0.hasSuffix("▲") })
        #expect(screen.lines.joined().contains("columns"))
        let cursor = selectedCells(screen)
        #expect(cursor.count == 2)
        #expect(cursor.first.map { screen.lines[$0.row].hasPrefix(" S3 ") } == true)
    }

    @Test func theWideScreenShowsTheColumnKeyAt200x60() throws {
        let screen = render(session(filled() + [.submitRequested, .submitConfirmed]), width: 200, height: 60)
        try GoldenFile.check(screen, "drill-marked-200x60")
        #expect(screen.lines.contains { $0.contains("20 Configuration management") })
        #expect(!screen.lines.joined().contains("◀"))
    }

    /// The bundled matrix whole, the cursor in every row and every column (each row at the edges and the middle
    /// columns, each column in the first, middle and last rows), in each size: the cursor is always on screen,
    /// in its row and under its column's stressed number, and nothing runs off the right edge.
    @Test(arguments: [(60, 16), (80, 24), (200, 60)])
    func theCursorIsAlwaysInViewOnTheBundledMatrix(width: Int, height: Int) throws {
        let matrix = try BankLoader.load(directory: Fixtures.bundledBankURL).matrix
        let filling = DrillReducer.reduce(DrillFixtures.session(matrix), .wholeMatrixRequested, at: Fixtures.at(1)).0
        let marked = DrillReducer.reduce(DrillReducer.reduce(filling, .submitRequested, at: Fixtures.at(2)).0, .submitConfirmed, at: Fixtures.at(3)).0
        let (rows, columns) = (matrix.services.count, matrix.controls.count)
        let positions = (0..<rows).flatMap { row in [0, 1, columns / 2, columns - 2, columns - 1].map { GridPosition(row: row, column: $0) } }
            + (0..<columns).flatMap { column in [0, rows / 2, rows - 1].map { GridPosition(row: $0, column: column) } }
        for var session in [filling, marked] {
            for position in positions {
                session.grid?.cursor = position
                let screen = render(session, width: width, height: height)
                let cursor = selectedCells(screen)
                #expect(cursor.count == 2, "\(position) at \(width)x\(height)")
                let headerRow = try #require(screen.lines.firstIndex { $0.hasPrefix(String(repeating: " ", count: 12)) })
                let numberColumn = try #require(cursor.first?.column)
                let number = String(position.column + 1)
                #expect(screen[headerRow, numberColumn].text == String(number.first!))
                #expect(screen[headerRow, numberColumn].style == .heading)
                let name = TextWrap.truncated(matrix.services[position.row].shortName, width: 12)
                #expect(cursor.first.map { screen.lines[$0.row].hasPrefix(" " + name) } == true)
                for line in screen.lines {
                    #expect(DisplayWidth.of(line) <= width)
                }
            }
        }
    }

    @Test func fillingNeverOverflowsTheBody() throws {
        let matrix = try BankLoader.load(directory: Fixtures.bundledBankURL).matrix
        let session = DrillReducer.reduce(DrillFixtures.session(matrix), .wholeMatrixRequested, at: Fixtures.at(1)).0
        for (width, height) in [(60, 16), (80, 24), (200, 60)] {
            let lines = DrillView.lines(session, context: ViewContext(bank: Fixtures.bank, glyphs: .unicode), width: width - 2, height: height - 4)
            #expect(lines.count <= height - 4)
        }
    }
}
