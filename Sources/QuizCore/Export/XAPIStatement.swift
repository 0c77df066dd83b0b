/// One xAPI 1.0.3 statement as srm-quiz exports it: only the properties the specification defines, none of them null.
public struct XAPIStatement: Encodable, Equatable, Sendable {
    /// A name-based UUID (see `NameBasedUUID`), in lowercase.
    public var id: String
    public var actor: Agent
    public var verb: Verb
    public var object: Activity
    public var result: Result?
    public var context: Context?
    /// ISO 8601 in UTC with milliseconds.
    public var timestamp: String

    /// A person, named by exactly one of `mbox` and `account`.
    public struct Agent: Encodable, Equatable, Sendable {
        public var objectType = "Agent"
        public var mbox: String?
        public var account: Account?

        init(_ actor: XAPIActor) {
            switch actor {
            case .mbox(let mailto): mbox = mailto
            case let .account(homePage, name): account = Account(homePage: homePage, name: name)
            }
        }
    }

    public struct Account: Encodable, Equatable, Sendable {
        public var homePage: String
        public var name: String
    }

    public struct Verb: Encodable, Equatable, Sendable {
        public var id: String
        public var display: [String: String]
    }

    public struct Activity: Encodable, Equatable, Sendable {
        public var objectType = "Activity"
        public var id: String
        public var definition: ActivityDefinition?
    }

    /// What an activity is; the interaction properties are there only for questions.
    public struct ActivityDefinition: Encodable, Equatable, Sendable {
        public var name: [String: String]?
        public var description: [String: String]?
        public var type: String?
        public var interactionType: String?
        public var correctResponsesPattern: [String]?
        public var choices: [InteractionComponent]?
        public var source: [InteractionComponent]?
        public var target: [InteractionComponent]?
        public var extensions: XAPIExtensions?
    }

    public struct InteractionComponent: Encodable, Equatable, Sendable {
        public var id: String
        public var description: [String: String]
    }

    public struct Result: Encodable, Equatable, Sendable {
        public var score: Score?
        public var success: Bool?
        public var completion: Bool?
        public var response: String?
        /// ISO 8601 (see `ISODuration`).
        public var duration: String?
        public var extensions: XAPIExtensions?
    }

    public struct Score: Encodable, Equatable, Sendable {
        /// From -1 to 1; srm-quiz's are from 0 to 1.
        public var scaled: Double
        public var raw: Double
        public var min: Double
        public var max: Double
    }

    public struct Context: Encodable, Equatable, Sendable {
        public var registration: String?
        public var contextActivities: ContextActivities?
        public var platform: String?
        public var extensions: XAPIExtensions?
    }

    public struct ContextActivities: Encodable, Equatable, Sendable {
        public var parent: [Activity]?
        public var grouping: [Activity]?
    }
}
