/// A question as an xAPI interaction: its type, its components, the pattern of the right response, and a learner's
/// response in the same syntax. Owner questions made from the matrix are `matching` (the control in the service
/// matched to AWS, Customer or Shared); every other question, owner questions written by hand included, is `choice`.
/// No question in srm-quiz is answered only true or false, so none is `true-false`.
struct XAPIInteraction: Equatable {
    enum Shape: Equatable {
        /// Choice ids in bank order.
        case choice(ids: [String])
        /// The one source (the matrix cell) and the owners as targets, in bank order.
        case matching(source: String)
    }

    let question: Question
    let shape: Shape

    static let listDelimiter = "[,]"
    static let pairDelimiter = "[.]"

    init(_ question: Question) {
        self.question = question
        if question.kind == .owner, let cell = MatrixQuestions.cell(ofOwnerQuestion: question.id) {
            shape = .matching(source: "\(cell.service).\(cell.control)")
        } else if question.kind == .owner {
            shape = .choice(ids: Self.ownerIDs(count: question.choices.count))
        } else {
            shape = .choice(ids: question.choices.indices.map(Self.letter))
        }
    }

    func definition(matrix: ResponsibilityMatrix) -> XAPIStatement.ActivityDefinition {
        var definition = XAPIStatement.ActivityDefinition(
            name: XAPIVocabulary.text(question.prompt), type: XAPIVocabulary.interactionType, correctResponsesPattern: [response(question.correctIndices.sorted()) ?? ""]
        )
        switch shape {
        case .choice(let ids):
            definition.interactionType = "choice"
            definition.choices = zip(ids, question.choices).map { id, choice in
                XAPIStatement.InteractionComponent(id: id, description: XAPIVocabulary.text(choice.text))
            }
        case .matching(let source):
            definition.interactionType = "matching"
            definition.source = [XAPIStatement.InteractionComponent(id: source, description: XAPIVocabulary.text(cellTitle(matrix)))]
            definition.target = zip(Self.ownerIDs(count: question.choices.count), question.choices).map { id, choice in
                XAPIStatement.InteractionComponent(id: id, description: XAPIVocabulary.text(choice.text))
            }
        }
        return definition
    }

    /// The response for the choices at `indices` (bank order): choice ids joined by `[,]`, or for matching each
    /// `source[.]target` pair joined by `[,]`; nil when an index is not one of the question's choices.
    func response(_ indices: [Int]) -> String? {
        guard indices.allSatisfy(question.choices.indices.contains) else { return nil }
        switch shape {
        case .choice(let ids):
            return indices.map { ids[$0] }.joined(separator: Self.listDelimiter)
        case .matching(let source):
            let targets = Self.ownerIDs(count: question.choices.count)
            return indices.map { source + Self.pairDelimiter + targets[$0] }.joined(separator: Self.listDelimiter)
        }
    }

    /// "patching the guest operating system in Amazon EC2", from the matrix; the cell's ids where it lacks them.
    private func cellTitle(_ matrix: ResponsibilityMatrix) -> String {
        guard let cell = MatrixQuestions.cell(ofOwnerQuestion: question.id) else { return question.id }
        let control = matrix.control(cell.control)?.phrase ?? cell.control
        let service = matrix.service(cell.service)?.name ?? cell.service
        return "\(control) in \(service)"
    }

    /// The bank index of a choice or target id this type writes (`c` is 2, `customer` 1, `choice27` 26); nil for any other.
    static func index(ofComponent id: String) -> Int? {
        if let owner = Owner(rawValue: id), let index = Owner.allCases.firstIndex(of: owner) { return index }
        if id.hasPrefix("choice"), let number = Int(id.dropFirst("choice".count)), number > 26 { return number - 1 }
        guard id.unicodeScalars.count == 1, let scalar = id.unicodeScalars.first, ("a"..."z").contains(scalar) else { return nil }
        return Int(scalar.value - UnicodeScalar("a").value)
    }

    /// `aws`, `customer`, `shared`: owner choices are always in that order.
    private static func ownerIDs(count: Int) -> [String] {
        (0..<count).map { $0 < Owner.allCases.count ? Owner.allCases[$0].rawValue : letter($0) }
    }

    /// `a` for the first choice, `b` for the second, and so on (a bank question has at most nine).
    private static func letter(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index))) : "choice\(index + 1)"
    }
}
