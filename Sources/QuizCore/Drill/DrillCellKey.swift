/// One cell of the matrix as a drill names it: a service and a control.
public struct DrillCellKey: Hashable, Sendable {
    public let service: String
    public let control: String
    /// The cell's revision (see `MatrixCell.revision`).
    public let revision: Int

    public init(service: String, control: String, revision: Int = 1) {
        self.service = service
        self.control = control
        self.revision = revision
    }

    /// The key of a cell of the matrix, with its revision.
    public init(_ cell: MatrixCell) {
        self.init(service: cell.service, control: cell.control, revision: cell.revision)
    }

    /// The id of the generated owner question that asks about this cell, so a drill's answer can be recorded
    /// against it and scheduled for review like any other answer.
    public var ownerQuestionID: String {
        MatrixQuestions.ownerQuestionID(service: service, control: control, revision: revision)
    }
}
