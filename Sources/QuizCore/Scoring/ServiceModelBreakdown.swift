/// Accuracy per service model (infrastructure, container, abstracted), from the service model of each answered
/// question as the bank has it now. Answers to questions about no one service model, and to questions the bank no
/// longer has, count in the totals only; the breakdown says how many.
public struct ServiceModelBreakdown: Codable, Equatable, Sendable {
    public typealias Line = AccuracyLine

    /// The three models in the order the model goes, from the most the customer runs to the least.
    public let lines: [Line]
    /// Answers to questions in the bank that are not about one service model.
    public let answersWithoutServiceModel: Int
    /// Answers to questions no longer in the bank.
    public let answersNotInBank: Int

    init(answers: [AnswerRecord], catalog: QuestionCatalog, matrix: ResponsibilityMatrix) {
        var tallies: [ServiceModel: ProgressTotals.Tally] = [:]
        var withoutModel = 0
        var notInBank = 0
        for answer in answers {
            switch catalog.entry(answer.questionId) {
            case .inBank(let model?): tallies[model, default: ProgressTotals.Tally()].add(credit: answer.credit)
            case .inBank(nil): withoutModel += 1
            case .notInBank: notInBank += 1
            }
        }
        lines = ServiceModel.allCases.map { model in
            Line(id: model.rawValue, title: matrix.model(model)?.title ?? Self.defaultTitle(model), tally: tallies[model] ?? ProgressTotals.Tally())
        }
        answersWithoutServiceModel = withoutModel
        answersNotInBank = notInBank
    }

    static func defaultTitle(_ model: ServiceModel) -> String {
        switch model {
        case .infrastructure: "Infrastructure services"
        case .container: "Container services"
        case .abstracted: "Abstracted services"
        }
    }
}
