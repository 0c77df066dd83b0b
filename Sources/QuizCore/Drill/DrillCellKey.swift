/// One cell of the matrix as a drill names it: a service and a control.
public struct DrillCellKey: Hashable, Sendable {
    public let service: String
    public let control: String

    public init(service: String, control: String) {
        self.service = service
        self.control = control
    }

    /// The id of the generated owner question that asks about this cell, so a drill's answer can be recorded
    /// against it and scheduled for review like any other answer.
    public var ownerQuestionID: String {
        MatrixQuestions.ownerQuestionID(service: service, control: control)
    }
}
