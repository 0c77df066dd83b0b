import Foundation

/// A matrix drill under way: the services and controls chosen, the grid of guesses, and the marking.
public struct DrillSession: Equatable, Sendable {
    public let id: String
    public let matrix: ResponsibilityMatrix
    /// Draws "let it pick" choices; the seed is part of the state, so the same seed picks the same cells.
    public var generator: SeededGenerator
    public var pickedServices: Set<String>
    public var pickedControls: Set<String>
    /// The grid once the choice is made; nil while choosing.
    public var grid: DrillGrid?
    public var phase: Phase
    /// When the grid appeared, to time the drill.
    public var fillingStartedAt: Date

    public enum Phase: Equatable, Sendable {
        /// Ticking services, then controls; `highlighted` indexes the matrix's services or controls.
        case choosing(Checklist, highlighted: Int, notice: ChoosingNotice?)
        /// Setting an owner for each cell.
        case filling
        /// Submit was asked for while this many cells are still blank: the learner must say yes or no.
        case confirmingSubmit(blanks: Int)
        /// Every cell is marked; the cursor still moves, to read each cell's explanation.
        case marked(DrillResult)
    }

    /// The two lists the learner ticks before the grid appears, in this order.
    public enum Checklist: Equatable, Sendable {
        case services, controls
    }

    /// Why the choice could not go on as it was.
    public enum ChoosingNotice: Equatable, Sendable {
        /// Nothing is ticked in this list.
        case pickAtLeastOne(Checklist)
        /// The matrix has no cell for any chosen service with any chosen control.
        case noCells
    }

    public init(id: String, matrix: ResponsibilityMatrix, seed: UInt64, startedAt: Date) {
        self.id = id
        self.matrix = matrix
        generator = SeededGenerator(seed: seed)
        pickedServices = []
        pickedControls = []
        grid = nil
        phase = .choosing(.services, highlighted: 0, notice: nil)
        fillingStartedAt = startedAt
    }

    /// True while guesses are on the grid and not yet marked: leaving then would lose them.
    /// True once the grid is marked.
    public var isMarked: Bool {
        if case .marked = phase { return true }
        return false
    }

    public var isUnderWay: Bool {
        switch phase {
        case .filling, .confirmingSubmit: !(grid?.guesses.isEmpty ?? true)
        case .choosing, .marked: false
        }
    }

    /// How many entries a checklist has.
    public func entryCount(_ list: Checklist) -> Int {
        list == .services ? matrix.services.count : matrix.controls.count
    }

    /// The id of a checklist's entry at an index.
    public func entryID(_ list: Checklist, at index: Int) -> String? {
        switch list {
        case .services: matrix.services.indices.contains(index) ? matrix.services[index].id : nil
        case .controls: matrix.controls.indices.contains(index) ? matrix.controls[index].id : nil
        }
    }

    public func picked(_ list: Checklist) -> Set<String> {
        list == .services ? pickedServices : pickedControls
    }
}
