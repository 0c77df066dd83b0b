/// Questions made from the matrix. Their ids come from the cells they ask about, never from their wording,
/// so rewording a question keeps the learner's history and changing a cell's answer makes a new question.
public enum MatrixQuestions {
    /// The topic every generated question belongs to; the bank's topics.json must list it.
    public static let topic = "responsibility-matrix"
    static let maximumContrastsPerControl = 3

    /// The id of the owner question asked about one cell: `matrix.owner.SERVICE.CONTROL`, then `.rN` from the
    /// cell's second revision (its owner changed) on.
    public static func ownerQuestionID(service: String, control: String, revision: Int = 1) -> String {
        "matrix.owner.\(service).\(control)" + (revision > 1 ? ".r\(revision)" : "")
    }

    /// The cell an owner question asks about, from its id; nil for any other question.
    public static func cell(ofOwnerQuestion id: String) -> (service: String, control: String)? {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 || parts.count == 5, parts[0] == "matrix", parts[1] == "owner" else { return nil }
        if parts.count == 5 {
            guard parts[4].hasPrefix("r"), let revision = Int(parts[4].dropFirst()), MatrixCell.revisions.contains(revision) else { return nil }
        }
        return (String(parts[2]), String(parts[3]))
    }

    public static func generate(from matrix: ResponsibilityMatrix) -> [Question] {
        var questions: [Question] = []
        for service in matrix.services {
            for control in matrix.controls {
                if let cell = matrix.cell(service: service.id, control: control.id) {
                    questions.append(owner(cell, service: service, control: control))
                }
            }
            if let pair = customerPair(service, in: matrix) { questions.append(pair) }
        }
        questions += contrasts(in: matrix)
        return questions
    }

    /// "Who is responsible for CONTROL in SERVICE?"; a cell that depends on a setting or date says so first.
    static func owner(_ cell: MatrixCell, service: Service, control: Control) -> Question {
        let asked = OwnerQuestion.prompt(control: control.phrase, service: service.name)
        var explanation = cell.explanation
        if cell.owner == .shared, let aws = cell.awsPart, let customer = cell.customerPart {
            explanation += " AWS: \(aws) Customer: \(customer)"
        }
        return Question(
            id: cell.ownerQuestionID, kind: .owner, topic: topic, difficulty: cell.difficulty,
            serviceModel: service.serviceModel, prompt: cell.condition.map { "\($0) \(asked)" } ?? asked,
            choices: OwnerQuestion.choices(cell.owner), explanation: explanation, sources: cell.sources, checked: cell.checked,
            examTask: cell.examTask
        )
    }

    /// "Which two of these are the customer's in SERVICE?": two customer cells against two AWS cells,
    /// preferring AWS cells particular to the service over the inherited ones every service shares.
    static func customerPair(_ service: Service, in matrix: ResponsibilityMatrix) -> Question? {
        let cells = matrix.controls.compactMap { matrix.cell(service: service.id, control: $0.id) }
        let customer = Array(cells.filter { $0.owner == .customer }.prefix(2))
        let aws = cells.filter { $0.owner == .aws }
        let particular = aws.filter { matrix.control($0.control)?.controlClass != .inherited }
        let wrong = Array((particular + aws.filter { !particular.contains($0) }).prefix(2))
        guard customer.count == 2, wrong.count == 2 else { return nil }
        let choices = (customer + wrong).map { cell in
            Choice(text: matrix.control(cell.control)?.name ?? cell.control, isCorrect: cell.owner == .customer, why: firstSentence(cell.explanation))
        }
        let names = customer.compactMap { matrix.control($0.control)?.name.lowercased() }
        return Question(
            id: "matrix.customer-pair.\(service.id).\(customer[0].control).\(customer[1].control)", kind: .multiple,
            topic: topic, difficulty: .medium, serviceModel: service.serviceModel,
            prompt: "Which of these are the customer's responsibility in \(service.name)?", choices: choices,
            explanation: "In \(service.name), \(names.joined(separator: " and ")) are the customer's; the other two are AWS's.",
            sources: (customer + wrong).flatMap(\.sources).uniqued(), checked: (customer + wrong).map(\.checked).min()!,
            examTask: Set((customer + wrong).map(\.examTask)).count == 1 ? customer[0].examTask : nil
        )
    }

    /// One control contrasted across services: "For which of these services is CONTROL AWS's job?", for the
    /// first services (in matrix order, so infrastructure and container ones first) where AWS owns a control
    /// that the customer owns in at least three others.
    static func contrasts(in matrix: ResponsibilityMatrix) -> [Question] {
        matrix.controls.flatMap { control -> [Question] in
            let owned = { (owner: Owner) in
                matrix.services.filter { matrix.cell(service: $0.id, control: control.id)?.owner == owner }
            }
            let wrong = Array(owned(.customer).prefix(3))
            guard wrong.count == 3 else { return [] }
            return owned(.aws).prefix(maximumContrastsPerControl).compactMap { service in
                guard let cell = matrix.cell(service: service.id, control: control.id) else { return nil }
                let choices = ([service] + wrong).compactMap { choice in
                    matrix.cell(service: choice.id, control: control.id).map {
                        Choice(text: choice.name, isCorrect: choice.id == service.id, why: firstSentence($0.explanation))
                    }
                }
                return Question(
                    id: "matrix.contrast.\(control.id).\(service.id)", kind: .single, topic: topic, difficulty: .medium,
                    serviceModel: service.serviceModel,
                    prompt: "For which of these services is \(control.phrase) AWS's job rather than the customer's?",
                    choices: choices, explanation: cell.explanation, sources: cell.sources, checked: cell.checked,
                    examTask: cell.examTask
                )
            }
        }
    }

    private static func firstSentence(_ text: String) -> String {
        guard let end = text.range(of: ". ") else { return text }
        return String(text[..<end.lowerBound]) + "."
    }
}

private extension Array where Element: Equatable {
    func uniqued() -> [Element] {
        reduce(into: []) { result, element in
            if !result.contains(element) { result.append(element) }
        }
    }
}
