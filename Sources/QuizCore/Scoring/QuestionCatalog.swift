/// What a report needs to know of each question a progress file mentions: whether the bank still has it (as a
/// question or a scenario step) and which service model it is about, if any.
struct QuestionCatalog {
    enum Entry: Equatable {
        case inBank(ServiceModel?)
        case notInBank
    }

    private let serviceModels: [String: ServiceModel?]

    init(_ bank: Bank) {
        var models: [String: ServiceModel?] = [:]
        for question in bank.questions { models[question.id] = .some(question.serviceModel) }
        for scenario in bank.scenarios {
            for step in scenario.steps where models[step.question.id] == nil {
                models[step.question.id] = .some(step.question.serviceModel ?? scenario.serviceModel)
            }
        }
        serviceModels = models
    }

    func entry(_ questionID: String) -> Entry {
        serviceModels[questionID].map(Entry.inBank) ?? .notInBank
    }

    func serviceModel(of questionID: String) -> ServiceModel? {
        if case .inBank(let model) = entry(questionID) { return model }
        return nil
    }
}
