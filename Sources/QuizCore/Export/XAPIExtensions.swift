/// A value srm-quiz puts in a statement extension: text, a whole number, a fraction, a flag, or a list or object of them.
public indirect enum XAPIValue: Encodable, Equatable, Sendable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case list([XAPIValue])
    case object([String: XAPIValue])

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .list(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

/// srm-quiz's extensions (README, "xAPI statements"). In a statement each is keyed by an IRI under the activity
/// base: `urn:srm-quiz:extension:bank-fingerprint`, `https://lms.example.com/srm-quiz/extension/pass-mark`.
public enum XAPIExtension: String, CaseIterable, Sendable {
    /// Context, every statement: the profile the records were saved under (the roster's login).
    case profile
    /// Context: the session, exam or module attempt the record belongs to, as the progress file names it.
    case session
    /// Activity definition of a question: its id in the bank.
    case questionId = "question-id"
    /// Activity definition of a module: its id in the bank.
    case moduleId = "module-id"
    /// Context of an answer: the question's topic, and the study mode it was given in.
    case topic
    case mode
    /// Context of an answer in a self-assessment: sure, unsure or guessing.
    case confidence
    /// Context: the fingerprint of the bank a module attempt or completion was made on (and a training answer, from
    /// its attempt's record).
    case bankFingerprint = "bank-fingerprint"
    /// Context: the pass mark a module attempt or completion was judged by, from 0 to 1 (as `score.scaled`).
    case passMark = "pass-mark"
    /// Context of a module attempt: the learner went straight to the questions.
    case testedOut = "tested-out"
    /// Context of a completion: the policy in force, when there was one.
    case policyId = "policy-id"
    case policyVersion = "policy-version"
    /// Context of a completion: each module's passing attempt (`id`, `title`, `correct`, `total`, `passedAt`,
    /// `testedOut`), in the training's order.
    case completedModules = "completed-modules"
    /// Result of an exam: the estimated scaled score (100 to 1000), and how it ended (submitted, timeExpired).
    case scaledEstimate = "scaled-estimate"
    case howEnded = "how-ended"

    /// The extension's key in statements made under `base`.
    public func iri(_ base: ActivityBase) -> String {
        base.iri("extension", rawValue)
    }
}

/// The extensions of one activity definition, result or context: IRI keys, each with its value.
public struct XAPIExtensions: Encodable, Equatable, Sendable {
    public var values: [String: XAPIValue]

    /// The pairs given a value, keyed under `base`; nil when none has one (a statement holds no empty extensions).
    init?(_ base: ActivityBase, _ pairs: [(XAPIExtension, XAPIValue?)]) {
        var values: [String: XAPIValue] = [:]
        for (name, value) in pairs {
            if let value { values[name.iri(base)] = value }
        }
        guard !values.isEmpty else { return nil }
        self.values = values
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
