/// The learner's whole history across the responsibility matrix: for each cell, every answer about it in any mode
/// (its owner question in practice, review, exam or assessment, or the cell in a drill, which is saved as its owner
/// question), with per-service and per-control totals. A cell counts the answers about its current revision only:
/// one about an owner the matrix has since changed was another question.
public struct MatrixHistory: Equatable, Sendable {
    /// Answers per owner question id.
    private var byQuestion: [String: ProgressTotals.Tally] = [:]

    public init() {}

    /// Tallies every answer first and asks once per question id whether it is about a cell (a long history
    /// answers the same few hundred questions again and again).
    public init(answers: some Sequence<AnswerRecord>) {
        var candidates: [String: ProgressTotals.Tally] = [:]
        for answer in answers where answer.questionId.hasPrefix("matrix.owner.") {
            candidates[answer.questionId, default: ProgressTotals.Tally()].add(credit: answer.credit)
        }
        byQuestion = candidates.filter { MatrixQuestions.cell(ofOwnerQuestion: $0.key) != nil }
    }

    /// Counts an answer if it is about a matrix cell.
    public mutating func add(questionID: String, credit: Double) {
        guard questionID.hasPrefix("matrix.owner."), MatrixQuestions.cell(ofOwnerQuestion: questionID) != nil else { return }
        byQuestion[questionID, default: ProgressTotals.Tally()].add(credit: credit)
    }

    /// Every answer about the cell; nil when it was never asked.
    public func tally(_ cell: MatrixCell) -> ProgressTotals.Tally? {
        byQuestion[cell.ownerQuestionID]
    }

    /// Every answer about the service's cells.
    public func serviceTotal(_ service: String, in matrix: ResponsibilityMatrix) -> ProgressTotals.Tally {
        total(matrix.controls.compactMap { matrix.cell(service: service, control: $0.id) })
    }

    /// Every answer about the control's cells, across services.
    public func controlTotal(_ control: String, in matrix: ResponsibilityMatrix) -> ProgressTotals.Tally {
        total(matrix.services.compactMap { matrix.cell(service: $0.id, control: control) })
    }

    /// Every answer about a cell of `matrix`.
    public func overall(in matrix: ResponsibilityMatrix) -> ProgressTotals.Tally {
        total(matrix.cells)
    }

    private func total(_ cells: [MatrixCell]) -> ProgressTotals.Tally {
        cells.compactMap(tally).reduce(into: ProgressTotals.Tally()) { sum, tally in
            sum.answered += tally.answered
            sum.correct += tally.correct
        }
    }
}
