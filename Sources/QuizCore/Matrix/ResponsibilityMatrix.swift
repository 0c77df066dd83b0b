/// Services x controls -> who owns each control, with why: the model as data.
public struct ResponsibilityMatrix: Equatable, Sendable {
    public let serviceModels: [ServiceModelInfo]
    public let services: [Service]
    public let controls: [Control]
    public let cells: [MatrixCell]
    private let cellIndex: [CellKey: Int]

    private struct CellKey: Hashable, Sendable {
        let service: String
        let control: String
    }

    public init(serviceModels: [ServiceModelInfo], services: [Service], controls: [Control], cells: [MatrixCell]) {
        self.serviceModels = serviceModels
        self.services = services
        self.controls = controls
        self.cells = cells
        cellIndex = Dictionary(
            cells.enumerated().map { (CellKey(service: $1.service, control: $1.control), $0) }, uniquingKeysWith: { first, _ in first }
        )
    }

    public static let empty = ResponsibilityMatrix(serviceModels: [], services: [], controls: [], cells: [])

    public func cell(service: String, control: String) -> MatrixCell? {
        cellIndex[CellKey(service: service, control: control)].map { cells[$0] }
    }

    public func service(_ id: String) -> Service? {
        services.first { $0.id == id }
    }

    public func control(_ id: String) -> Control? {
        controls.first { $0.id == id }
    }

    public func model(_ id: ServiceModel) -> ServiceModelInfo? {
        serviceModels.first { $0.id == id }
    }
}

/// One of the three service models, and the cloud model (IaaS, PaaS, SaaS) it maps onto.
public struct ServiceModelInfo: Equatable, Sendable {
    public let id: ServiceModel
    public let title: String
    public let cloudModel: String
    public let description: String

    public init(id: ServiceModel, title: String, cloudModel: String, description: String) {
        self.id = id
        self.title = title
        self.cloudModel = cloudModel
        self.description = description
    }
}

public struct Service: Equatable, Sendable {
    public let id: String
    public let name: String
    /// A name short enough for a table column.
    public let shortName: String
    public let serviceModel: ServiceModel
    public let summary: String

    public init(id: String, name: String, shortName: String, serviceModel: ServiceModel, summary: String) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.serviceModel = serviceModel
        self.summary = summary
    }
}

public struct Control: Equatable, Sendable {
    public let id: String
    public let name: String
    /// How the control reads inside "Who is responsible for PHRASE in SERVICE?".
    public let phrase: String
    public let controlClass: ControlClass?

    public init(id: String, name: String, phrase: String, controlClass: ControlClass?) {
        self.id = id
        self.name = name
        self.phrase = phrase
        self.controlClass = controlClass
    }
}

/// The model's classes of controls.
public enum ControlClass: String, Codable, Sendable, CaseIterable {
    /// Run by AWS and inherited by every customer (physical and environmental controls).
    case inherited
    /// Each side does its own part (patch management, configuration management, awareness and training).
    case shared
    /// The customer's alone (service and communications protection, zone security).
    case customerSpecific = "customer-specific"
}

/// Who owns one control for one service, and why.
public struct MatrixCell: Equatable, Sendable {
    public let service: String
    public let control: String
    public let owner: Owner
    /// For a shared cell: what AWS does.
    public let awsPart: String?
    /// For a shared cell: what the customer does.
    public let customerPart: String?
    /// When the answer depends on a setting, a mode or a date, that dependency.
    public let condition: String?
    public let difficulty: Difficulty
    public let explanation: String
    public let sources: [Source]
    public let checked: String
    /// The CLF-C02 task statement the cell's questions serve, where the bank says.
    public let examTask: ExamTask?
    /// 1, or more once the cell's owner changed: its owner question then gets a new id, so answers given to the
    /// old answer are not read as answers to the new one.
    public let revision: Int

    /// The revisions a cell may name in the bank (1 is the default and is not written).
    public static let revisions = 2...99

    public init(
        service: String, control: String, owner: Owner, awsPart: String?, customerPart: String?, condition: String?,
        difficulty: Difficulty, explanation: String, sources: [Source], checked: String, examTask: ExamTask? = nil,
        revision: Int = 1
    ) {
        self.service = service
        self.control = control
        self.owner = owner
        self.awsPart = awsPart
        self.customerPart = customerPart
        self.condition = condition
        self.difficulty = difficulty
        self.explanation = explanation
        self.sources = sources
        self.checked = checked
        self.examTask = examTask
        self.revision = revision
    }

    /// The id of the owner question asked about this cell.
    public var ownerQuestionID: String {
        MatrixQuestions.ownerQuestionID(service: service, control: control, revision: revision)
    }
}
