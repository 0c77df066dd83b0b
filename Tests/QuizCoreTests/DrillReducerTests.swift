import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct DrillReducerTests {
    typealias Store = TestStore<DrillSession, DrillEvent, DrillEffect>

    func store(_ matrix: ResponsibilityMatrix = DrillFixtures.small, seed: UInt64 = 7) -> Store {
        Store(DrillFixtures.session(matrix, seed: seed), reduce: DrillReducer.reduce)
    }

    /// A store whose grid is the whole small matrix, filled from `Fixtures.at(1)`.
    func filling() -> Store {
        var store = store()
        store.send(.wholeMatrixRequested, at: Fixtures.at(1)) {
            $0.pickedServices = ["ec2", "rds", "s3"]
            $0.pickedControls = ["physical-security", "guest-os-patching", "identity-access", "encryption-at-rest", "application-code"]
            $0.grid = DrillGrid(matrix: DrillFixtures.small, services: $0.pickedServices, controls: $0.pickedControls)
            $0.phase = .filling
            $0.fillingStartedAt = Fixtures.at(1)
        }
        return store
    }

    @Test func servicesThenControlsAreTickedBeforeTheGridAppears() {
        var store = store()
        store.send(.checklistConfirmed, at: Fixtures.at(1)) {
            $0.phase = .choosing(.services, highlighted: 0, notice: .pickAtLeastOne(.services))
        }
        store.send(.checklistHighlightMoved(by: 1), at: Fixtures.at(2)) {
            $0.phase = .choosing(.services, highlighted: 1, notice: nil)
        }
        store.send(.checklistHighlightMoved(by: 9), at: Fixtures.at(3)) {
            $0.phase = .choosing(.services, highlighted: 2, notice: nil)
        }
        store.send(.highlightedEntryToggled, at: Fixtures.at(4)) {
            $0.pickedServices = ["s3"]
        }
        store.send(.checklistHighlightMoved(by: -5), at: Fixtures.at(5)) {
            $0.phase = .choosing(.services, highlighted: 0, notice: nil)
        }
        store.send(.highlightedEntryToggled, at: Fixtures.at(6)) {
            $0.pickedServices = ["ec2", "s3"]
        }
        store.send(.checklistBackRequested, at: Fixtures.at(7))
        store.send(.checklistConfirmed, at: Fixtures.at(8)) {
            $0.phase = .choosing(.controls, highlighted: 0, notice: nil)
        }
        store.send(.allEntriesToggled, at: Fixtures.at(9)) {
            $0.pickedControls = ["physical-security", "guest-os-patching", "identity-access", "encryption-at-rest", "application-code"]
        }
        store.send(.allEntriesToggled, at: Fixtures.at(10)) {
            $0.pickedControls = []
        }
        store.send(.checklistConfirmed, at: Fixtures.at(11)) {
            $0.phase = .choosing(.controls, highlighted: 0, notice: .pickAtLeastOne(.controls))
        }
        store.send(.checklistBackRequested, at: Fixtures.at(12)) {
            $0.phase = .choosing(.services, highlighted: 0, notice: nil)
        }
        store.send(.checklistConfirmed, at: Fixtures.at(13)) {
            $0.phase = .choosing(.controls, highlighted: 0, notice: nil)
        }
        store.send(.checklistHighlightMoved(by: 4), at: Fixtures.at(14)) {
            $0.phase = .choosing(.controls, highlighted: 4, notice: nil)
        }
        store.send(.highlightedEntryToggled, at: Fixtures.at(15)) {
            $0.pickedControls = ["application-code"]
        }
        store.send(.checklistHighlightMoved(by: -2), at: Fixtures.at(16)) {
            $0.phase = .choosing(.controls, highlighted: 2, notice: nil)
        }
        store.send(.highlightedEntryToggled, at: Fixtures.at(17)) {
            $0.pickedControls = ["application-code", "identity-access"]
        }
        store.send(.cursorMoved(rows: 1, columns: 1), at: Fixtures.at(18))
        store.send(.ownerSet(.aws), at: Fixtures.at(18))
        store.send(.checklistConfirmed, at: Fixtures.at(19)) {
            $0.grid = DrillGrid(matrix: DrillFixtures.small, services: ["ec2", "s3"], controls: ["identity-access", "application-code"])
            $0.phase = .filling
            $0.fillingStartedAt = Fixtures.at(19)
        }
        let grid = store.state.grid
        #expect(grid?.services.map(\.id) == ["ec2", "s3"])
        #expect(grid?.controls.map(\.id) == ["identity-access", "application-code"])
        #expect(grid?.cellCount == 4)
    }

    @Test func aChoiceWithoutAnyCellSaysSo() {
        var store = store()
        store.send(.checklistHighlightMoved(by: 1), at: Fixtures.at(1)) {
            $0.phase = .choosing(.services, highlighted: 1, notice: nil)
        }
        store.send(.highlightedEntryToggled, at: Fixtures.at(2)) {
            $0.pickedServices = ["rds"]
        }
        store.send(.checklistConfirmed, at: Fixtures.at(3)) {
            $0.phase = .choosing(.controls, highlighted: 0, notice: nil)
        }
        store.send(.checklistHighlightMoved(by: 4), at: Fixtures.at(4)) {
            $0.phase = .choosing(.controls, highlighted: 4, notice: nil)
        }
        store.send(.highlightedEntryToggled, at: Fixtures.at(5)) {
            $0.pickedControls = ["application-code"]
        }
        store.send(.checklistConfirmed, at: Fixtures.at(6)) {
            $0.phase = .choosing(.controls, highlighted: 4, notice: .noCells)
        }
    }

    @Test func letItPickIsTheSameForTheSameSeed() {
        var store = store(DrillFixtures.large, seed: 7)
        var generator = SeededGenerator(seed: 7)
        _ = DrillPicker.pick(from: DrillFixtures.large, using: &generator)
        store.send(.randomPickRequested, at: Fixtures.at(1)) {
            $0.generator = generator
            $0.pickedServices = ["ebs", "lightsail", "eks", "rds", "s3"]
            $0.pickedControls = [
                "runtime-or-engine-patching", "application-code", "encryption-at-rest", "network-and-firewall-configuration",
                "high-availability", "configuration-management",
            ]
            $0.grid = DrillGrid(matrix: DrillFixtures.large, services: $0.pickedServices, controls: $0.pickedControls)
            $0.phase = .filling
            $0.fillingStartedAt = Fixtures.at(1)
        }
        let again = DrillReducer.reduce(DrillFixtures.session(DrillFixtures.large, seed: 7), .randomPickRequested, at: Fixtures.at(1)).0
        #expect(again == store.state)
        let other = DrillReducer.reduce(DrillFixtures.session(DrillFixtures.large, seed: 8), .randomPickRequested, at: Fixtures.at(1)).0
        #expect(other.pickedServices != store.state.pickedServices || other.pickedControls != store.state.pickedControls)
    }

    @Test(arguments: [DrillFixtures.large, DrillFixtures.small])
    func letItPickSpansTheServiceModels(matrix: ResponsibilityMatrix) {
        for seed in UInt64(0)..<50 {
            var generator = SeededGenerator(seed: seed)
            let picks = DrillPicker.pick(from: matrix, using: &generator)
            let services = matrix.services.filter { picks.services.contains($0.id) }
            #expect(services.count == min(DrillPicker.serviceCount, matrix.services.count))
            #expect(Set(services.map(\.serviceModel)) == Set(ServiceModel.allCases))
            #expect(picks.controls.count == min(DrillPicker.controlCount, matrix.controls.count))
            let cells = { (control: String) in services.filter { matrix.cell(service: $0.id, control: control) != nil }.count }
            let fewestPicked = picks.controls.map(cells).min() ?? 0
            #expect(fewestPicked > 0)
            for control in matrix.controls where !picks.controls.contains(control.id) {
                #expect(cells(control.id) <= fewestPicked, "a control with more cells was left out")
            }
        }
    }

    @Test func theWholeMatrixIsOneKeyAway() {
        let store = filling()
        #expect(store.state.grid?.rowCount == 3)
        #expect(store.state.grid?.columnCount == 5)
        #expect(store.state.grid?.cellCount == 14)
    }

    @Test func theCursorStaysInsideTheGridAndStopsOnEveryPlace() {
        var store = filling()
        store.send(.cursorMoved(rows: -1, columns: -1), at: Fixtures.at(2))
        store.send(.cursorMoved(rows: 0, columns: 1), at: Fixtures.at(3)) {
            $0.grid?.cursor = GridPosition(row: 0, column: 1)
        }
        store.send(.cursorMoved(rows: 0, columns: 10), at: Fixtures.at(4)) {
            $0.grid?.cursor = GridPosition(row: 0, column: 4)
        }
        store.send(.cursorMoved(rows: 1, columns: 0), at: Fixtures.at(5)) {
            $0.grid?.cursor = GridPosition(row: 1, column: 4)
        }
        store.send(.ownerSet(.customer), at: Fixtures.at(6))
        store.send(.cellCleared, at: Fixtures.at(6))
        store.send(.cursorMoved(rows: 5, columns: -2), at: Fixtures.at(7)) {
            $0.grid?.cursor = GridPosition(row: 2, column: 2)
        }
        store.send(.cursorMoved(rows: 1, columns: 0), at: Fixtures.at(8))
        store.send(.cursorMoved(rows: -9, columns: -9), at: Fixtures.at(9)) {
            $0.grid?.cursor = .origin
        }
    }

    @Test func ownersAreSetReplacedAndCleared() {
        var store = filling()
        store.send(.ownerSet(.aws), at: Fixtures.at(2)) {
            $0.grid?.guesses = [.origin: .aws]
            $0.grid?.cursor = GridPosition(row: 0, column: 1)
        }
        store.send(.cursorMoved(rows: 0, columns: -1), at: Fixtures.at(3)) {
            $0.grid?.cursor = .origin
        }
        store.send(.ownerSet(.shared), at: Fixtures.at(3)) {
            $0.grid?.guesses = [.origin: .shared]
            $0.grid?.cursor = GridPosition(row: 0, column: 1)
        }
        store.send(.cursorMoved(rows: 2, columns: 2), at: Fixtures.at(4)) {
            $0.grid?.cursor = GridPosition(row: 2, column: 3)
        }
        store.send(.cellCleared, at: Fixtures.at(5))
        store.send(.ownerSet(.customer), at: Fixtures.at(6)) {
            $0.grid?.guesses = [.origin: .shared, GridPosition(row: 2, column: 3): .customer]
            $0.grid?.cursor = GridPosition(row: 2, column: 4)
        }
        #expect(store.state.isUnderWay)
        store.send(.cursorMoved(rows: -2, columns: -4), at: Fixtures.at(7)) {
            $0.grid?.cursor = .origin
        }
        store.send(.cellCleared, at: Fixtures.at(8)) {
            $0.grid?.guesses = [GridPosition(row: 2, column: 3): .customer]
        }
        #expect(store.state.grid?.blankCount == 13)
    }

    /// One key per cell: a/c/s moves the cursor to the next cell row by row, over places with no cell, and
    /// stays on the last cell.
    @Test func settingAnOwnerMovesToTheNextCellRowByRow() {
        var store = filling()
        store.send(.cursorMoved(rows: 1, columns: 3), at: Fixtures.at(2)) {
            $0.grid?.cursor = GridPosition(row: 1, column: 3)
        }
        store.send(.ownerSet(.customer), at: Fixtures.at(3)) {
            $0.grid?.guesses = [GridPosition(row: 1, column: 3): .customer]
            $0.grid?.cursor = GridPosition(row: 2, column: 0)
        }
        store.send(.cursorMoved(rows: 0, columns: 4), at: Fixtures.at(4)) {
            $0.grid?.cursor = GridPosition(row: 2, column: 4)
        }
        store.send(.ownerSet(.shared), at: Fixtures.at(5)) {
            $0.grid?.guesses = [GridPosition(row: 1, column: 3): .customer, GridPosition(row: 2, column: 4): .shared]
        }
        store.send(.cellCleared, at: Fixtures.at(6)) {
            $0.grid?.guesses = [GridPosition(row: 1, column: 3): .customer]
        }
    }

    @Test func fourteenKeysFillTheSmallGrid() {
        var state = filling().state
        for _ in 0..<14 { state = DrillReducer.reduce(state, .ownerSet(.aws), at: Fixtures.at(2)).0 }
        #expect(state.grid?.blankCount == 0)
    }

    @Test func submittingWithBlankCellsAsksFirst() {
        var store = filling()
        store.send(.ownerSet(.aws), at: Fixtures.at(2)) {
            $0.grid?.guesses = [.origin: .aws]
            $0.grid?.cursor = GridPosition(row: 0, column: 1)
        }
        store.send(.submitConfirmed, at: Fixtures.at(3))
        store.send(.submitRequested, at: Fixtures.at(4)) {
            $0.phase = .confirmingSubmit(blanks: 13)
        }
        store.send(.ownerSet(.customer), at: Fixtures.at(5))
        store.send(.cursorMoved(rows: 1, columns: 0), at: Fixtures.at(5))
        store.send(.submitCancelled, at: Fixtures.at(6)) {
            $0.phase = .filling
        }
        store.send(.submitRequested, at: Fixtures.at(7)) {
            $0.phase = .confirmingSubmit(blanks: 13)
        }
        let outcomes = store.state.grid!.cellPositions.map { position in
            let cell = store.state.grid!.cell(at: position)!
            return DrillCellOutcome(
                key: DrillCellKey(cell), position: position,
                guessed: position == .origin ? .aws : nil, actual: cell.owner
            )
        }
        let result = DrillResult(sessionID: "d1", outcomes: outcomes, seconds: 7, markedAt: Fixtures.at(8))
        store.send(.submitConfirmed, at: Fixtures.at(8), effects: [.drillMarked(result)]) {
            $0.phase = .marked(result)
        }
        #expect(result.credit == 1)
        #expect(result.count(of: .blank) == 13)
        #expect(!store.state.isUnderWay)
    }

    /// Every guess against every owner: columns 0-2 are answered AWS, Customer and Shared in every row, column 3
    /// is left blank, and each row has one owner (AWS, Customer, Shared).
    @Test func markingGivesPartialCreditForOneSideOfASharedDuty() {
        var store = filling()
        var guesses: [GridPosition: Owner] = [:]
        for row in 0..<3 {
            for (column, owner) in [Owner.aws, .customer, .shared].enumerated() {
                let position = GridPosition(row: row, column: column)
                store.send(.cursorMoved(rows: row - store.state.grid!.cursor.row, columns: column - store.state.grid!.cursor.column), at: Fixtures.at(2)) {
                    $0.grid?.cursor = position
                }
                guesses[position] = owner
                let next = store.state.grid!.nextCell(after: position)
                store.send(.ownerSet(owner), at: Fixtures.at(2)) {
                    $0.grid?.guesses = guesses
                    $0.grid?.cursor = next
                }
            }
        }
        store.send(.submitRequested, at: Fixtures.at(3)) {
            $0.phase = .confirmingSubmit(blanks: 5)
        }
        let key = { (service: String, control: String) in DrillCellKey(service: service, control: control) }
        let outcome = { (row: Int, column: Int, service: String, control: String, guessed: Owner?, actual: Owner) in
            DrillCellOutcome(key: key(service, control), position: GridPosition(row: row, column: column), guessed: guessed, actual: actual)
        }
        let expected = [
            outcome(0, 0, "ec2", "physical-security", .aws, .aws),
            outcome(0, 1, "ec2", "guest-os-patching", .customer, .aws),
            outcome(0, 2, "ec2", "identity-access", .shared, .aws),
            outcome(0, 3, "ec2", "encryption-at-rest", nil, .aws),
            outcome(0, 4, "ec2", "application-code", nil, .aws),
            outcome(1, 0, "rds", "physical-security", .aws, .customer),
            outcome(1, 1, "rds", "guest-os-patching", .customer, .customer),
            outcome(1, 2, "rds", "identity-access", .shared, .customer),
            outcome(1, 3, "rds", "encryption-at-rest", nil, .customer),
            outcome(2, 0, "s3", "physical-security", .aws, .shared),
            outcome(2, 1, "s3", "guest-os-patching", .customer, .shared),
            outcome(2, 2, "s3", "identity-access", .shared, .shared),
            outcome(2, 3, "s3", "encryption-at-rest", nil, .shared),
            outcome(2, 4, "s3", "application-code", nil, .shared),
        ]
        let result = DrillResult(sessionID: "d1", outcomes: expected, seconds: 9, markedAt: Fixtures.at(10))
        store.send(.submitConfirmed, at: Fixtures.at(10), effects: [.drillMarked(result)]) {
            $0.phase = .marked(result)
        }
        #expect(expected.map(\.credit) == [1, 0, 0.5, 0, 0, 0, 1, 0.5, 0, 0.5, 0.5, 1, 0, 0])
        #expect(expected.map(\.verdict) == [
            .right, .wrong, .partial, .blank, .blank, .wrong, .right, .partial, .blank, .partial, .partial, .right, .blank, .blank,
        ])
        #expect(result.credit == 5)
        #expect(result.score == 5.0 / 14.0)
        #expect(result.count(of: .right) == 3)
        #expect(result.count(of: .partial) == 4)
        #expect(result.count(of: .wrong) == 2)
        #expect(result.count(of: .blank) == 5)
    }

    @Test func everyGuessAgainstEveryOwner() {
        let table: [(guessed: Owner?, actual: Owner, verdict: DrillVerdict, credit: Double)] = [
            (.aws, .aws, .right, 1), (.customer, .customer, .right, 1), (.shared, .shared, .right, 1),
            (.shared, .aws, .partial, 0.5), (.shared, .customer, .partial, 0.5),
            (.aws, .shared, .partial, 0.5), (.customer, .shared, .partial, 0.5),
            (.aws, .customer, .wrong, 0), (.customer, .aws, .wrong, 0),
            (nil, .aws, .blank, 0), (nil, .customer, .blank, 0), (nil, .shared, .blank, 0),
        ]
        for row in table {
            let verdict = DrillVerdict(guessed: row.guessed, actual: row.actual)
            #expect(verdict == row.verdict, "\(String(describing: row.guessed)) for \(row.actual)")
            #expect(verdict.credit == row.credit)
        }
    }

    @Test func aFilledGridIsMarkedAtOnce() {
        var store = filling()
        var guesses: [GridPosition: Owner] = [:]
        for position in store.state.grid!.cellPositions {
            store.send(.cursorMoved(rows: position.row - store.state.grid!.cursor.row, columns: position.column - store.state.grid!.cursor.column), at: Fixtures.at(2)) {
                $0.grid?.cursor = position
            }
            guesses[position] = .customer
            let next = store.state.grid!.nextCell(after: position)
            store.send(.ownerSet(.customer), at: Fixtures.at(2)) {
                $0.grid?.guesses = guesses
                $0.grid?.cursor = next
            }
        }
        let grid = store.state.grid!
        let outcomes = grid.cellPositions.map { position in
            let cell = grid.cell(at: position)!
            return DrillCellOutcome(key: DrillCellKey(cell), position: position, guessed: .customer, actual: cell.owner)
        }
        let result = DrillResult(sessionID: "d1", outcomes: outcomes, seconds: 2, markedAt: Fixtures.at(3))
        store.send(.submitRequested, at: Fixtures.at(3), effects: [.drillMarked(result)]) {
            $0.phase = .marked(result)
        }
        #expect(result.credit == 4 + 5 * 0.5)
    }

    @Test func afterMarkingTheCursorMovesAndNothingElseChanges() {
        var store = filling()
        store.send(.ownerSet(.aws), at: Fixtures.at(2)) {
            $0.grid?.guesses = [.origin: .aws]
            $0.grid?.cursor = GridPosition(row: 0, column: 1)
        }
        store.send(.submitRequested, at: Fixtures.at(3)) {
            $0.phase = .confirmingSubmit(blanks: 13)
        }
        let marked = DrillReducer.reduce(store.state, .submitConfirmed, at: Fixtures.at(4))
        store.send(.submitConfirmed, at: Fixtures.at(4), effects: marked.1) {
            $0 = marked.0
        }
        store.send(.cursorMoved(rows: 1, columns: 2), at: Fixtures.at(5)) {
            $0.grid?.cursor = GridPosition(row: 1, column: 3)
        }
        store.send(.ownerSet(.shared), at: Fixtures.at(6))
        store.send(.cellCleared, at: Fixtures.at(6))
        store.send(.submitRequested, at: Fixtures.at(6))
        store.send(.submitConfirmed, at: Fixtures.at(6))
        store.send(.randomPickRequested, at: Fixtures.at(6))
        store.send(.newDrillRequested, at: Fixtures.at(7)) {
            $0.grid = nil
            $0.phase = .choosing(.services, highlighted: 0, notice: nil)
        }
        #expect(store.state.pickedServices.count == 3)
    }

    @Test func gridEventsDoNothingWhileChoosing() {
        var store = store()
        store.send(.cursorMoved(rows: 1, columns: 1), at: Fixtures.at(1))
        store.send(.ownerSet(.aws), at: Fixtures.at(1))
        store.send(.cellCleared, at: Fixtures.at(1))
        store.send(.submitRequested, at: Fixtures.at(1))
        store.send(.submitConfirmed, at: Fixtures.at(1))
        store.send(.newDrillRequested, at: Fixtures.at(1))
        #expect(!store.state.isUnderWay)
    }

    @Test func answeredCellsBecomeAnswersToTheirOwnerQuestions() {
        let outcomes = [
            DrillCellOutcome(key: DrillCellKey(service: "ec2", control: "physical-security"), position: .origin, guessed: .aws, actual: .aws),
            DrillCellOutcome(key: DrillCellKey(service: "ec2", control: "guest-os-patching"), position: GridPosition(row: 0, column: 1), guessed: nil, actual: .aws),
            DrillCellOutcome(key: DrillCellKey(service: "s3", control: "identity-access"), position: GridPosition(row: 2, column: 2), guessed: .customer, actual: .shared),
            DrillCellOutcome(key: DrillCellKey(service: "s3", control: "application-code"), position: GridPosition(row: 2, column: 4), guessed: .shared, actual: .shared),
        ]
        let result = DrillResult(sessionID: "d1", outcomes: outcomes, seconds: 12, markedAt: Fixtures.at(20))
        #expect(result.answerOutcomes == [
            AnswerOutcome(questionID: "matrix.owner.ec2.physical-security", topic: "responsibility-matrix", chosen: [0], isCorrect: true, seconds: 4, answeredAt: Fixtures.at(20)),
            AnswerOutcome(
                questionID: "matrix.owner.s3.identity-access", topic: "responsibility-matrix", chosen: [1], isCorrect: false, seconds: 4,
                answeredAt: Fixtures.at(20), credit: 0.5
            ),
            AnswerOutcome(questionID: "matrix.owner.s3.application-code", topic: "responsibility-matrix", chosen: [2], isCorrect: true, seconds: 4, answeredAt: Fixtures.at(20)),
        ])
    }

    @Test func everyBundledCellNamesAnOwnerQuestionWhoseAnswerIsTheCellsOwner() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        #expect(bank.matrix.cells.count > 0)
        for cell in bank.matrix.cells {
            let key = DrillCellKey(cell)
            #expect(key.ownerQuestionID == cell.ownerQuestionID)
            let question = try #require(bank.question(id: key.ownerQuestionID))
            #expect(question.kind == .owner)
            #expect(question.correctIndices == [Owner.allCases.firstIndex(of: cell.owner)!])
        }
    }

    @Test func theBundledMatrixCanBeDrilledWhole() throws {
        let matrix = try BankLoader.load(directory: Fixtures.bundledBankURL).matrix
        let session = DrillReducer.reduce(DrillFixtures.session(matrix), .wholeMatrixRequested, at: Fixtures.at(1)).0
        #expect(session.grid?.cellCount == matrix.cells.count)
        #expect(session.grid?.rowCount == matrix.services.count)
        #expect(session.grid?.columnCount == matrix.controls.count)
    }
}
