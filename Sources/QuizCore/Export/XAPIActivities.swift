/// The activities statements are about, each with a stable id under the activity base: questions, study modes,
/// the mock exam, training modules, the training course and incident scenarios.
struct XAPIActivities {
    let base: ActivityBase
    let bank: Bank

    static let courseName = "AWS Shared Responsibility Model awareness training"

    /// A question named by its prompt, with its bank id in the `question-id` extension.
    func question(_ interaction: XAPIInteraction) -> XAPIStatement.Activity {
        var definition = interaction.definition(matrix: bank.matrix)
        definition.extensions = XAPIExtensions(base, [(.questionId, .string(interaction.question.id))])
        return XAPIStatement.Activity(id: base.iri("question", interaction.question.id), definition: definition)
    }

    /// A question no longer in the bank: only its id is known, which then names it too.
    func unknownQuestion(_ id: String) -> XAPIStatement.Activity {
        XAPIStatement.Activity(
            id: base.iri("question", id),
            definition: .init(name: XAPIVocabulary.text(id), extensions: XAPIExtensions(base, [(.questionId, .string(id))]))
        )
    }

    func exam() -> XAPIStatement.Activity {
        activity(
            base.iri("exam"), name: "Mock exam", description: "A timed mock exam modelled on the AWS certification exam.",
            type: XAPIVocabulary.assessmentType
        )
    }

    /// A study mode other than the exam and training, where answers are given outside any larger activity.
    func mode(_ mode: String) -> XAPIStatement.Activity {
        let name = switch StudyMode(rawValue: mode) {
        case .practice: "Practice"
        case .review: "Spaced review"
        case .cram: "Cram review"
        case .assess: "Self-assessment"
        case .drill: "Matrix drill"
        case .exam: "Mock exam"
        case .train: "Training"
        case nil: mode
        }
        return activity(base.iri("mode", mode), name: name, description: nil, type: XAPIVocabulary.assessmentType)
    }

    /// A training module, with the title it was taken under and the bank's summary when the bank still has it.
    func module(id: String, title: String) -> XAPIStatement.Activity {
        let summary = bank.trainingModules.first { $0.id == id }?.summary
        var module = activity(base.iri("module", id), name: title, description: summary, type: XAPIVocabulary.moduleType)
        module.definition?.extensions = XAPIExtensions(base, [(.moduleId, .string(id))])
        return module
    }

    func course() -> XAPIStatement.Activity {
        activity(base.iri("course"), name: Self.courseName, description: nil, type: XAPIVocabulary.courseType)
    }

    func scenario(_ scenario: Scenario) -> XAPIStatement.Activity {
        activity(base.iri("scenario", scenario.id), name: scenario.title, description: scenario.narrative, type: nil)
    }

    private func activity(_ id: String, name: String, description: String?, type: String?) -> XAPIStatement.Activity {
        XAPIStatement.Activity(
            id: id, definition: .init(name: XAPIVocabulary.text(name), description: description.map(XAPIVocabulary.text), type: type)
        )
    }
}
