import Foundation

/// xAPI statements read back from a learning record store into the records a team report reads: per profile, the
/// answers, exams, module attempts and completions `XAPIExport` made the statements from. Statements whose activity
/// is not under the activity base are another tool's and are counted, not read; a statement id met again is read
/// once. Bodies are added as they come (a saved JSON array, or each page of GET /statements), in any order.
///
/// What the statements do not carry comes back as a stated default (README, "xAPI statements"): an answer's time to
/// the hundredth of a second, and what was chosen only for a question the bank had at export; an exam's per-topic
/// scores (none) and its start (its end less the time used); a module attempt's questions (none) and its start (its
/// end less its duration). No team report figure depends on them.
public struct XAPIRecords: Sendable {
    public let activityBase: ActivityBase
    /// Statements of other tools (activity not under the base, or a verb srm-quiz does not use).
    public private(set) var foreign = 0
    /// Statements whose id was already read.
    public private(set) var repeated = 0
    /// srm-quiz's statements that could not be read back, each with its id and what was wrong.
    public private(set) var unreadable: [(id: String, problem: String)] = []
    private var seen: Set<String> = []
    private var profiles: [String: Records] = [:]

    /// One profile's records as read, each answer with its statement id to order answers of the same moment.
    private struct Records: Sendable {
        var answers: [(id: String, record: AnswerRecord)] = []
        var exams: [ExamRecord] = []
        var trainingResults: [ModuleResult] = []
        var completions: [CompletionRecord] = []
    }

    /// Why a body could not be read at all.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
    }

    public init(activityBase: ActivityBase = .standard) {
        self.activityBase = activityBase
    }

    /// Reads one body: a JSON array of statements, or a GET /statements result (`{"statements": [...], "more": ...}`).
    /// Returns the result's `more` link, nil when there is none (or it is empty).
    @discardableResult
    public mutating func add(_ body: Data) throws(Failure) -> String? {
        let document: JSONValue
        do {
            document = try JSONParser.parse(body)
        } catch {
            throw Failure(description: error.message)
        }
        let statements: [JSONValue]
        var more: String?
        switch document {
        case .array(let list):
            statements = list
        case .object(let result):
            guard case .array(let list)? = result["statements"] else {
                throw Failure(description: "not a statement result: no \"statements\" list")
            }
            statements = list
            if case .string(let link)? = result["more"], !link.isEmpty { more = link }
        default:
            throw Failure(description: "expected a list of statements or a statement result, found \(document.kindName)")
        }
        for statement in statements { add(statement: Node(statement)) }
        return more
    }

    /// The profiles found, by name, each as a learner whose `file` says where it was read: `SOURCE (profile NAME)`
    /// (its answers counted and dropped, as `TeamDirectory.read` does).
    public func learners(source: String) -> [TeamDirectory.Learner] {
        profiles.keys.sorted().map { name in
            TeamDirectory.Learner(file: "\(source) (profile \(name))", progress: progress(name, profiles[name]!)).counted()
        }
    }

    /// The learners as a team directory's contents, with the statements that could not be read as skipped.
    public func contents(source: String) -> TeamDirectory.Contents {
        TeamDirectory.Contents(
            directory: IRIText.isAbsolute(source) && source.contains("://") ? URL(string: source) ?? URL(fileURLWithPath: source) : URL(fileURLWithPath: source),
            learners: learners(source: source),
            skipped: unreadable.map { TeamDirectory.Skipped(file: "\(source) statement \($0.id)", problem: $0.problem) }
        )
    }

    /// The whole progress read back for one profile, answers included.
    func progress(of name: String) -> ProgressFile? {
        profiles[name].map { progress(name, $0) }
    }

    private func progress(_ name: String, _ records: Records) -> ProgressFile {
        let answers = records.answers.sorted { ($0.record.answeredAt, $0.id) < ($1.record.answeredAt, $1.id) }.map(\.record)
        let exams = records.exams.sorted { ($0.finishedAt, $0.id) < ($1.finishedAt, $1.id) }
        let results = records.trainingResults.sorted { ($0.finishedAt, $0.session, $0.moduleID) < ($1.finishedAt, $1.session, $1.moduleID) }
        let completions = records.completions.sorted { $0.completedAt < $1.completedAt }
        let dates = answers.map(\.answeredAt) + exams.map(\.startedAt) + results.map(\.startedAt) + completions.map(\.completedAt)
        var progress = ProgressFile(profile: name, createdAt: dates.min() ?? Date(timeIntervalSince1970: 0))
        for answer in answers { progress.record(answer) }
        progress.exams = exams
        progress.trainingResults = results
        progress.completions = completions
        progress.updatedAt = TeamDirectory.latestActivity(progress)
        return progress
    }

    private mutating func add(statement: Node) {
        guard let objectID = statement["object"]["id"].string, objectID.hasPrefix(activityBase.value),
              let verbID = statement["verb"]["id"].string, let verb = Verb(rawValue: verbID)
        else {
            foreign += 1
            return
        }
        guard let id = statement["id"].string else {
            unreadable.append((id: "(no id)", problem: "a statement without an id"))
            return
        }
        guard seen.insert(id).inserted else {
            repeated += 1
            return
        }
        do throws(Failure) {
            try read(statement, id: id, verb: verb, objectID: objectID)
        } catch {
            unreadable.append((id: id, problem: error.description))
        }
    }

    private enum Verb: String {
        case answered = "http://adlnet.gov/expapi/verbs/answered"
        case passed = "http://adlnet.gov/expapi/verbs/passed"
        case failed = "http://adlnet.gov/expapi/verbs/failed"
        case completed = "http://adlnet.gov/expapi/verbs/completed"
    }

    private mutating func read(_ statement: Node, id: String, verb: Verb, objectID: String) throws(Failure) {
        let context = statement["context"]["extensions"]
        guard let profile = try text(context, .profile) ?? statement["actor"]["account"]["name"].string else {
            throw Failure(description: "no \(XAPIExtension.profile.iri(activityBase)) in context.extensions and no account name")
        }
        let at = try date(statement["timestamp"], "timestamp")
        let result = statement["result"]
        let kind = objectKind(objectID, definition: statement["object"]["definition"])
        switch (verb, kind) {
        case (.answered, .question(let questionID)):
            let credit = try number(result["score"]["raw"], "result.score.raw")
            guard (0...1).contains(credit) else { throw Failure(description: "result.score.raw \(credit) is not from 0 to 1") }
            var confidence: Confidence?
            if let value = try text(context, .confidence) {
                guard let given = Confidence(rawValue: value) else { throw Failure(description: "confidence \"\(value)\" is not sure, unsure or guessing") }
                confidence = given
            }
            let answer = AnswerRecord(
                questionId: questionID, topic: try required(context, .topic), chosen: Self.chosen(result["response"].string),
                correct: credit == 1, seconds: Self.seconds(result["duration"].string) ?? 0, answeredAt: at,
                session: try required(context, .session), mode: try required(context, .mode), confidence: confidence, credit: credit
            )
            profiles[profile, default: Records()].answers.append((id: id, record: answer))
        case (.passed, .exam), (.failed, .exam):
            profiles[profile, default: Records()].exams.append(try exam(result, context: context, at: at, passed: verb == .passed))
        case (.passed, .module(let moduleID)), (.failed, .module(let moduleID)):
            let duration = Self.seconds(result["duration"].string) ?? 0
            let module = ModuleResult(
                moduleID: moduleID, title: statement["object"]["definition"]["name"][XAPIVocabulary.language].string ?? moduleID,
                correct: Int(try number(result["score"]["raw"], default: 0)), total: Int(try number(result["score"]["max"], default: 0)),
                passMark: try passMark(context), testedOut: context[XAPIExtension.testedOut.iri(activityBase)].bool ?? false,
                startedAt: at.addingTimeInterval(-duration), finishedAt: at, session: try required(context, .session),
                bankFingerprint: try required(context, .bankFingerprint), questionIds: []
            )
            profiles[profile, default: Records()].trainingResults.append(module)
        case (.completed, .course):
            profiles[profile, default: Records()].completions.append(try completion(profile: profile, context: context, at: at))
        case (.completed, .module), (.passed, .course):
            return
        default:
            throw Failure(description: "\(verb) is not a verb srm-quiz uses for \(objectID)")
        }
    }

    private enum ObjectKind {
        case question(String), exam, module(String), course, other
    }

    private func objectKind(_ id: String, definition: Node) -> ObjectKind {
        if let question = definition["extensions"][XAPIExtension.questionId.iri(activityBase)].string { return .question(question) }
        if let module = definition["extensions"][XAPIExtension.moduleId.iri(activityBase)].string { return .module(module) }
        if id == activityBase.iri("exam") { return .exam }
        if id == activityBase.iri("course") { return .course }
        return .other
    }

    private func exam(_ result: Node, context: Node, at: Date, passed: Bool) throws(Failure) -> ExamRecord {
        let extensions = result["extensions"]
        let estimate = try number(extensions[XAPIExtension.scaledEstimate.iri(activityBase)], "result.extensions scaled-estimate")
        let ending = try required(extensions, .howEnded)
        guard let howEnded = ExamEnding(rawValue: ending) else { throw Failure(description: "how-ended \"\(ending)\" is not submitted or timeExpired") }
        let seconds = Int((Self.seconds(result["duration"].string) ?? 0).rounded())
        return ExamRecord(
            id: try required(context, .session), startedAt: at.addingTimeInterval(-Double(seconds)), finishedAt: at,
            questions: Int(try number(result["score"]["max"], default: 0)), correct: Int(try number(result["score"]["raw"], default: 0)),
            scaledEstimate: Int(estimate), passed: passed, topics: [], secondsUsed: seconds, howEnded: howEnded
        )
    }

    private func completion(profile: String, context: Node, at: Date) throws(Failure) -> CompletionRecord {
        guard let list = context[XAPIExtension.completedModules.iri(activityBase)].array else {
            throw Failure(description: "no completed-modules list in context.extensions")
        }
        var modules: [CompletionRecord.CompletedModule] = []
        for entry in list.map(Node.init) {
            let correct = Int(try number(entry["correct"], "completed-modules correct"))
            let total = Int(try number(entry["total"], "completed-modules total"))
            modules.append(CompletionRecord.CompletedModule(
                id: try required(entry["id"]), title: entry["title"].string ?? "", correct: correct, total: total,
                score: TrainingScore(correct: correct, total: total).fraction, passedAt: try date(entry["passedAt"], "completed-modules passedAt"),
                testedOut: entry["testedOut"].bool ?? false
            ))
        }
        let versionNode = context[XAPIExtension.policyVersion.iri(activityBase)]
        let version = versionNode.value == nil ? nil : Int(try number(versionNode, "policy-version"))
        return CompletionRecord(
            profile: profile, completedAt: at, passMark: try passMark(context), bankFingerprint: try required(context, .bankFingerprint),
            modules: modules, policyId: try text(context, .policyId), policyVersion: version
        )
    }

    private func passMark(_ context: Node) throws(Failure) -> PassMark {
        let fraction = try number(context[XAPIExtension.passMark.iri(activityBase)], "pass-mark")
        guard let mark = PassMark(percent: Int((fraction * 100).rounded())) else { throw Failure(description: "pass-mark \(fraction) is not from 0.01 to 1") }
        return mark
    }

    private func text(_ extensions: Node, _ name: XAPIExtension) throws(Failure) -> String? {
        let value = extensions[name.iri(activityBase)]
        guard let found = value.value else { return nil }
        guard let text = value.string else { throw Failure(description: "\(name.rawValue) is \(found.kindName), not text") }
        return text
    }

    private func required(_ extensions: Node, _ name: XAPIExtension) throws(Failure) -> String {
        guard let value = try text(extensions, name) else { throw Failure(description: "no \(name.iri(activityBase)) in its extensions") }
        return value
    }

    private func required(_ node: Node) throws(Failure) -> String {
        guard let value = node.string else { throw Failure(description: "a text is missing") }
        return value
    }

    private func number(_ node: Node, _ what: String) throws(Failure) -> Double {
        guard let value = node.number else { throw Failure(description: "\(what) is not a number") }
        return value
    }

    private func number(_ node: Node, default fallback: Double) throws(Failure) -> Double {
        guard node.value != nil else { return fallback }
        return try number(node, "a score")
    }

    private func date(_ node: Node, _ what: String) throws(Failure) -> Date {
        guard let text = node.string, let date = Self.date(text) else { throw Failure(description: "\(what) is not an ISO 8601 date") }
        return date
    }

    /// `text` as srm-quiz writes dates, or any ISO 8601 form a store gives back, to the millisecond.
    static func date(_ text: String) -> Date? {
        if let date = ISODate.date(text) { return date }
        let parsed = (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt).parse(text))
            ?? (try? Date.ISO8601FormatStyle(timeZone: .gmt).parse(text))
        return parsed.flatMap { ISODate.date(ISODate.text($0)) }
    }

    /// Seconds from an `ISODuration` (`PT12.35S`), or from hours and minutes where a store rewrote it (`PT1H2M3S`).
    static func seconds(_ duration: String?) -> Double? {
        guard let duration, duration.hasPrefix("PT") else { return nil }
        var total = 0.0
        var digits = ""
        for character in duration.dropFirst(2) {
            if character.isNumber || character == "." {
                digits.append(character)
                continue
            }
            guard let value = Double(digits) else { return nil }
            switch character {
            case "H": total += value * 3600
            case "M": total += value * 60
            case "S": total += value
            default: return nil
            }
            digits = ""
        }
        return digits.isEmpty ? total : nil
    }

    /// The bank indices a response names (`a[,]c`, `ec2.guest-os-patching[.]customer`), as `XAPIInteraction` writes
    /// them; none when there is no response or a part is not one of its ids.
    static func chosen(_ response: String?) -> [Int] {
        guard let response, !response.isEmpty else { return [] }
        var indices: [Int] = []
        for part in response.components(separatedBy: XAPIInteraction.listDelimiter) {
            let id = part.components(separatedBy: XAPIInteraction.pairDelimiter).last ?? part
            guard let index = XAPIInteraction.index(ofComponent: id) else { return [] }
            indices.append(index)
        }
        return indices
    }
}

/// A place in a parsed statement that may hold nothing: `statement["result"]["score"]["raw"].number`.
private struct Node {
    let value: JSONValue?

    init(_ value: JSONValue?) {
        self.value = value
    }

    subscript(key: String) -> Node {
        guard case .object(let object)? = value else { return Node(nil) }
        return Node(object[key])
    }

    var string: String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    var number: Double? {
        switch value {
        case .integer(let number)?: Double(number)
        case .number(let number)?: number
        default: nil
        }
    }

    var bool: Bool? {
        if case .bool(let flag)? = value { return flag }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let list)? = value { return list }
        return nil
    }
}

extension ExamRecord {
    /// An exam as read back from statements (`XAPIRecords`): its figures, without the questions and per-task results.
    init(
        id: String, startedAt: Date, finishedAt: Date, questions: Int, correct: Int, scaledEstimate: Int, passed: Bool,
        topics: [TopicScore], secondsUsed: Int, howEnded: ExamEnding
    ) {
        self.id = id
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.questions = questions
        self.correct = correct
        self.scaledEstimate = scaledEstimate
        self.passed = passed
        self.topics = topics
        self.secondsUsed = secondsUsed
        self.howEnded = howEnded
        items = nil
        tasks = nil
    }
}

extension CompletionRecord {
    /// A completion as read back from statements (`XAPIRecords`).
    init(
        profile: String, completedAt: Date, passMark: PassMark, bankFingerprint: String, modules: [CompletedModule],
        policyId: String?, policyVersion: Int?
    ) {
        self.profile = profile
        self.completedAt = completedAt
        self.passMark = passMark
        self.bankFingerprint = bankFingerprint
        self.modules = modules
        self.policyId = policyId
        self.policyVersion = policyVersion
    }
}

extension CompletionRecord.CompletedModule {
    init(id: String, title: String, correct: Int, total: Int, score: Double, passedAt: Date, testedOut: Bool) {
        self.id = id
        self.title = title
        self.correct = correct
        self.total = total
        self.score = score
        self.passedAt = passedAt
        self.testedOut = testedOut
    }
}
