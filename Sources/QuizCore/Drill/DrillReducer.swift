import Foundation

/// The matrix drill's state machine: `state + event -> new state + effects`, nothing else.
public enum DrillReducer {
    public static func reduce(_ session: DrillSession, _ event: DrillEvent, at now: Date) -> (DrillSession, [DrillEffect]) {
        switch session.phase {
        case let .choosing(list, highlighted, _):
            return (choosing(session, list: list, highlighted: highlighted, event, at: now), [])
        case .filling:
            return filling(session, event, at: now)
        case .confirmingSubmit:
            switch event {
            case .submitConfirmed: return mark(session, at: now)
            case .submitCancelled:
                var next = session
                next.phase = .filling
                return (next, [])
            default: return (session, [])
            }
        case .marked:
            switch event {
            case let .cursorMoved(rows, columns): return (moved(session, rows: rows, columns: columns), [])
            case .newDrillRequested:
                var next = session
                next.grid = nil
                next.phase = .choosing(.services, highlighted: 0, notice: nil)
                return (next, [])
            default: return (session, [])
            }
        }
    }

    private static func choosing(
        _ session: DrillSession, list: DrillSession.Checklist, highlighted: Int, _ event: DrillEvent, at now: Date
    ) -> DrillSession {
        var next = session
        let count = session.entryCount(list)
        switch event {
        case let .checklistHighlightMoved(delta):
            next.phase = .choosing(list, highlighted: min(max(highlighted + delta, 0), max(count - 1, 0)), notice: nil)
        case .highlightedEntryToggled:
            guard let id = session.entryID(list, at: highlighted) else { return session }
            next.setPicked(list, session.picked(list).symmetricDifference([id]))
            next.phase = .choosing(list, highlighted: highlighted, notice: nil)
        case .allEntriesToggled:
            let all = Set((0..<count).compactMap { session.entryID(list, at: $0) })
            next.setPicked(list, session.picked(list) == all ? [] : all)
            next.phase = .choosing(list, highlighted: highlighted, notice: nil)
        case .checklistConfirmed:
            guard !session.picked(list).isEmpty else {
                next.phase = .choosing(list, highlighted: highlighted, notice: .pickAtLeastOne(list))
                return next
            }
            guard list == .controls else {
                next.phase = .choosing(.controls, highlighted: 0, notice: nil)
                return next
            }
            return started(next, at: now)
        case .checklistBackRequested:
            guard list == .controls else { return session }
            next.phase = .choosing(.services, highlighted: 0, notice: nil)
        case .randomPickRequested:
            let picks = DrillPicker.pick(from: session.matrix, using: &next.generator)
            next.pickedServices = picks.services
            next.pickedControls = picks.controls
            return started(next, at: now)
        case .wholeMatrixRequested:
            next.pickedServices = Set(session.matrix.services.map(\.id))
            next.pickedControls = Set(session.matrix.controls.map(\.id))
            return started(next, at: now)
        default:
            return session
        }
        return next
    }

    /// The grid of the picked services and controls, or a notice where the matrix has no cell among them.
    private static func started(_ session: DrillSession, at now: Date) -> DrillSession {
        var next = session
        let grid = DrillGrid(matrix: session.matrix, services: session.pickedServices, controls: session.pickedControls)
        guard grid.cellCount > 0 else {
            if case let .choosing(list, highlighted, _) = session.phase {
                next.phase = .choosing(list, highlighted: highlighted, notice: .noCells)
            }
            return next
        }
        next.grid = grid
        next.phase = .filling
        next.fillingStartedAt = now
        return next
    }

    private static func filling(_ session: DrillSession, _ event: DrillEvent, at now: Date) -> (DrillSession, [DrillEffect]) {
        guard var grid = session.grid else { return (session, []) }
        var next = session
        switch event {
        case let .cursorMoved(rows, columns):
            return (moved(session, rows: rows, columns: columns), [])
        case let .ownerSet(owner):
            guard grid.cell(at: grid.cursor) != nil else { return (session, []) }
            grid.guesses[grid.cursor] = owner
            grid.cursor = grid.nextCell(after: grid.cursor)
        case .cellCleared:
            grid.guesses[grid.cursor] = nil
        case .submitRequested:
            guard grid.blankCount == 0 else {
                next.phase = .confirmingSubmit(blanks: grid.blankCount)
                return (next, [])
            }
            return mark(session, at: now)
        default:
            return (session, [])
        }
        next.grid = grid
        return (next, [])
    }

    private static func moved(_ session: DrillSession, rows: Int, columns: Int) -> DrillSession {
        guard var grid = session.grid else { return session }
        grid.cursor = grid.clamped(GridPosition(row: grid.cursor.row + rows, column: grid.cursor.column + columns))
        var next = session
        next.grid = grid
        return next
    }

    private static func mark(_ session: DrillSession, at now: Date) -> (DrillSession, [DrillEffect]) {
        guard let grid = session.grid else { return (session, []) }
        let outcomes = grid.cellPositions.compactMap { position -> DrillCellOutcome? in
            guard let cell = grid.cell(at: position) else { return nil }
            return DrillCellOutcome(
                key: DrillCellKey(cell), position: position,
                guessed: grid.guesses[position], actual: cell.owner
            )
        }
        let result = DrillResult(
            sessionID: session.id, outcomes: outcomes, seconds: max(0, now.timeIntervalSince(session.fillingStartedAt)), markedAt: now
        )
        var next = session
        next.phase = .marked(result)
        return (next, [.drillMarked(result)])
    }
}

private extension DrillSession {
    mutating func setPicked(_ list: Checklist, _ ids: Set<String>) {
        switch list {
        case .services: pickedServices = ids
        case .controls: pickedControls = ids
        }
    }
}
