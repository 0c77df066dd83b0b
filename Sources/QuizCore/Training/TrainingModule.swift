/// One module of the awareness training: a few pages of teaching text, then questions that test them.
public struct TrainingModule: Equatable, Sendable, Identifiable {
    public let id: String
    public let title: String
    /// One line on what the module teaches.
    public let summary: String
    public let pages: [TrainingPage]
    /// The questions that test the module, in the order the bank lists them (scenario steps included).
    public let questions: [Question]
    /// How many of `questions` one attempt asks: all of them unless the bank draws a subset.
    public let questionCount: Int
    public let sources: [Source]
    /// The day the module's facts were last checked (`YYYY-MM-DD`).
    public let checked: String

    public init(
        id: String, title: String, summary: String, pages: [TrainingPage], questions: [Question], questionCount: Int? = nil,
        sources: [Source], checked: String
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.pages = pages
        self.questions = questions
        self.questionCount = min(questionCount ?? questions.count, questions.count)
        self.sources = sources
        self.checked = checked
    }
}

/// A screen of teaching text: a title and short paragraphs.
public struct TrainingPage: Equatable, Sendable {
    public let title: String
    public let paragraphs: [String]

    public init(title: String, paragraphs: [String]) {
        self.title = title
        self.paragraphs = paragraphs
    }
}
