import Foundation

/// Reads the `matrix/` folder of a bank: service models and services, controls, and one cells file per
/// service. A bank without the folder has an empty matrix.
enum MatrixLoader {
    static let folderName = "matrix"

    static func load(bankDirectory: URL, problems: inout [BankProblem]) -> ResponsibilityMatrix {
        let folder = bankDirectory.appendingPathComponent(folderName)
        guard FileManager.default.fileExists(atPath: folder.path) else { return .empty }
        let (models, services) = readServices(folder.appendingPathComponent("services.json"), problems: &problems)
        let controls = readControls(folder.appendingPathComponent("controls.json"), problems: &problems)
        let cells = readCells(in: folder.appendingPathComponent("cells"), services: services, controls: controls, problems: &problems)
        return ResponsibilityMatrix(serviceModels: models, services: services, controls: controls, cells: cells)
    }

    private static func readServices(_ url: URL, problems: inout [BankProblem]) -> ([ServiceModelInfo], [Service]) {
        guard let file = BankFiles.decode(MatrixFileFormat.ServicesFile.self, at: url, problems: &problems) else { return ([], []) }
        BankFiles.checkSchemaVersion(file.schemaVersion, file: url.path, problems: &problems)
        var models: [ServiceModelInfo] = []
        for (index, entry) in (file.serviceModels ?? []).enumerated() {
            var check = FieldChecker(file: url.path, id: entry.id ?? "serviceModels[\(index)]")
            let id = check.choice(ServiceModel.self, entry.id, "id")
            let title = check.text(entry.title, "title")
            let cloudModel = check.text(entry.cloudModel, "cloudModel")
            let description = check.text(entry.description, "description")
            problems += check.problems
            if let id, let title, let cloudModel, let description {
                models.append(ServiceModelInfo(id: id, title: title, cloudModel: cloudModel, description: description))
            }
        }
        var services: [Service] = []
        for (index, entry) in (file.services ?? []).enumerated() {
            var check = FieldChecker(file: url.path, id: entry.id ?? "services[\(index)]")
            let id = identifier(entry.id, check: &check)
            if let id, services.contains(where: { $0.id == id }) { check.report("id", "duplicate service id") }
            let name = check.text(entry.name, "name")
            let shortName = check.text(entry.shortName, "shortName")
            let model = check.choice(ServiceModel.self, entry.serviceModel, "serviceModel")
            let summary = check.text(entry.summary, "summary")
            if check.problems.isEmpty, let id, let name, let shortName, let model, let summary {
                services.append(Service(id: id, name: name, shortName: shortName, serviceModel: model, summary: summary))
            }
            problems += check.problems
        }
        if services.isEmpty {
            problems.append(BankProblem(file: url.path, field: "services", message: "missing: list at least one service"))
        }
        return (models, services)
    }

    private static func readControls(_ url: URL, problems: inout [BankProblem]) -> [Control] {
        guard let file = BankFiles.decode(MatrixFileFormat.ControlsFile.self, at: url, problems: &problems) else { return [] }
        BankFiles.checkSchemaVersion(file.schemaVersion, file: url.path, problems: &problems)
        var controls: [Control] = []
        for (index, entry) in (file.controls ?? []).enumerated() {
            var check = FieldChecker(file: url.path, id: entry.id ?? "controls[\(index)]")
            let id = identifier(entry.id, check: &check)
            if let id, controls.contains(where: { $0.id == id }) { check.report("id", "duplicate control id") }
            let name = check.text(entry.name, "name")
            let phrase = check.text(entry.phrase, "phrase")
            let controlClass = entry.controlClass.flatMap { check.choice(ControlClass.self, $0, "controlClass") }
            if check.problems.isEmpty, let id, let name, let phrase {
                controls.append(Control(id: id, name: name, phrase: phrase, controlClass: controlClass))
            }
            problems += check.problems
        }
        if controls.isEmpty {
            problems.append(BankProblem(file: url.path, field: "controls", message: "missing: list at least one control"))
        }
        return controls
    }

    private static func readCells(
        in folder: URL, services: [Service], controls: [Control], problems: inout [BankProblem]
    ) -> [MatrixCell] {
        var cells: [MatrixCell] = []
        var cellIDs: Set<String> = []
        guard FileManager.default.fileExists(atPath: folder.path) else { return cells }
        for url in BankFiles.jsonFiles(in: folder, problems: &problems) {
            guard let file = BankFiles.decode(MatrixFileFormat.CellsFile.self, at: url, problems: &problems) else { continue }
            BankFiles.checkSchemaVersion(file.schemaVersion, file: url.path, problems: &problems)
            guard let service = file.service, services.contains(where: { $0.id == service }) else {
                let message = file.service.map { "unknown service \"\($0)\": add it to matrix/services.json" } ?? "missing"
                problems.append(BankProblem(file: url.path, field: "service", message: message))
                continue
            }
            for (index, strict) in (file.cells ?? []).enumerated() {
                let entry = strict.entry
                let id = entry.control.map { "\(service).\($0)" } ?? "\(service).cells[\(index)]"
                var check = FieldChecker(file: url.path, id: id)
                check.unknownKeys(strict.unknownKeys)
                let control = check.text(entry.control, "control")
                if let control, !controls.contains(where: { $0.id == control }) {
                    check.report("control", "unknown control \"\(control)\": add it to matrix/controls.json")
                } else if let control, !cellIDs.insert(id).inserted {
                    check.report("control", "duplicate: this service already has a cell for \(control)")
                }
                let owner = check.choice(Owner.self, entry.owner, "owner")
                let awsPart = check.optionalText(entry.awsPart, "awsPart")
                let customerPart = check.optionalText(entry.customerPart, "customerPart")
                if owner == .shared {
                    if awsPart == nil && entry.awsPart == nil { check.report("awsPart", "missing: a shared cell says what AWS does") }
                    if customerPart == nil && entry.customerPart == nil { check.report("customerPart", "missing: a shared cell says what the customer does") }
                } else if owner != nil {
                    for (field, value) in [("awsPart", entry.awsPart), ("customerPart", entry.customerPart)] where value != nil {
                        check.report(field, "only shared cells take \(field)")
                    }
                }
                let condition = check.optionalText(entry.condition, "condition")
                let difficulty = check.choice(Difficulty.self, entry.difficulty, "difficulty")
                let explanation = check.text(entry.explanation, "explanation")
                let sources = check.sources(entry.sources)
                let checked = check.checkedDate(entry.checked)
                let examTask = check.examTask(entry.examTask)
                if let revision = entry.revision, !MatrixCell.revisions.contains(revision) {
                    check.report("revision", "is \(revision): a cell whose answer changed takes a revision from 2 to \(MatrixCell.revisions.upperBound)")
                }
                if check.problems.isEmpty, let control, let owner, let difficulty, let explanation, let checked {
                    cells.append(MatrixCell(
                        service: service, control: control, owner: owner, awsPart: awsPart, customerPart: customerPart,
                        condition: condition, difficulty: difficulty, explanation: explanation, sources: sources, checked: checked,
                        examTask: examTask, revision: entry.revision ?? 1
                    ))
                }
                problems += check.problems
            }
        }
        return cells
    }

    private static func identifier(_ value: String?, check: inout FieldChecker) -> String? {
        guard let id = check.text(value, "id") else { return nil }
        guard FieldChecker.isIdentifier(id) else {
            check.report("id", "must be lowercase letters, digits, dots and dashes, starting with a letter or digit")
            return nil
        }
        return id
    }
}
