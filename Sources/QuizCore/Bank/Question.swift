import Foundation

/// One question as the quiz asks it: a prompt, its choices and which of them are right.
public struct Question: Equatable, Sendable, Identifiable {
    public let id: String
    public let kind: QuestionKind
    public let topic: String
    public let difficulty: Difficulty
    public let serviceModel: ServiceModel?
    public let prompt: String
    public let choices: [Choice]
    public let explanation: String
    public let sources: [Source]
    /// The day the question's facts were last checked, as written in the bank (`YYYY-MM-DD`).
    public let checked: String
    /// The CLF-C02 task statement the question serves, where the bank says.
    public let examTask: ExamTask?

    public init(
        id: String, kind: QuestionKind, topic: String, difficulty: Difficulty, serviceModel: ServiceModel?,
        prompt: String, choices: [Choice], explanation: String, sources: [Source], checked: String, examTask: ExamTask? = nil
    ) {
        self.id = id
        self.kind = kind
        self.topic = topic
        self.difficulty = difficulty
        self.serviceModel = serviceModel
        self.prompt = prompt
        self.choices = choices
        self.explanation = explanation
        self.sources = sources
        self.checked = checked
        self.examTask = examTask
    }

    /// Indices of the right choices, in bank order.
    public var correctIndices: Set<Int> {
        Set(choices.indices.filter { choices[$0].isCorrect })
    }

    /// How many choices the learner must pick: 1, or the number of right ones for multiple response.
    public var picksRequired: Int {
        kind == .multiple ? correctIndices.count : 1
    }
}

public enum QuestionKind: String, Codable, Sendable, CaseIterable {
    /// One right option among several.
    case single
    /// Several right options ("choose two"), toggled and then submitted.
    case multiple
    /// "Who is responsible for X in service Y?", answered AWS, Customer or Shared.
    case owner
}

public enum Difficulty: String, Codable, Sendable, CaseIterable {
    case easy, medium, hard
}

/// How much of the stack AWS runs for a service, as the model groups services.
public enum ServiceModel: String, Codable, Sendable, CaseIterable {
    case infrastructure, container, abstracted
}

/// Who holds a responsibility.
public enum Owner: String, Codable, Sendable, CaseIterable {
    case aws, customer, shared

    public var title: String {
        switch self {
        case .aws: "AWS"
        case .customer: "Customer"
        case .shared: "Shared"
        }
    }
}

public struct Choice: Equatable, Sendable {
    public let text: String
    public let isCorrect: Bool
    /// Why this choice is right or wrong; empty where the explanation covers it.
    public let why: String

    public init(text: String, isCorrect: Bool, why: String) {
        self.text = text
        self.isCorrect = isCorrect
        self.why = why
    }
}

/// Where a question's facts come from: a seed document (provenance only, never shown to a learner), or an AWS
/// documentation page with `supports`, one sentence saying what the page states that settles the item.
public enum Source: Hashable, Sendable {
    case seed(file: String)
    case page(title: String, url: String, supports: String? = nil)

    public var citation: String {
        switch self {
        case .seed(let file): "seed document \(file)"
        case let .page(title, url, _): "\(title) <\(url)>"
        }
    }

    /// A citation short enough for a screen: the page's title and site, without the full address.
    public var shortCitation: String {
        switch self {
        case .seed: citation
        case let .page(title, url, _): URL(string: url)?.host.map { "\(title) (\($0))" } ?? title
        }
    }

    /// True for a page a learner can open; seeds are where the bank started, not something to show.
    public var isPage: Bool {
        if case .page = self { return true }
        return false
    }
}
