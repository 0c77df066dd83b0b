import Foundation

/// Reads a policy file strictly and checks it against the bank in use: every problem is named with its field, a
/// key the format does not have is one (it is most often a misspelt one), and a policy with any problem is refused
/// whole.
public enum PolicyLoader {
    public static let fields = [
        "format", "schemaVersion", "id", "version", "minimumPassMark", "requiredModules", "acceptedBankFingerprints",
        "dueDate", "validForMonths", "lrs",
    ]
    /// The fields of the `lrs` section.
    public static let lrsFields = ["endpoint", "key", "secretEnvironment", "secretFile", "actor", "homePage", "roster"]
    public static let longestID = 64
    public static let longestValidity = 120

    /// The policy at `location`; nil when there is none (no system file).
    public static func load(_ location: PolicyLocation, trainingModules: [TrainingModule]) throws(PolicyError) -> Policy? {
        let path = location.file.path
        guard FileManager.default.fileExists(atPath: path) else {
            if !location.mustExist { return nil }
            throw .unreadable(path: path, reason: "no such file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: location.file)
        } catch {
            throw .unreadable(path: path, reason: "cannot read: \(FileReadFailure.reason(error))")
        }
        return try read(data, path: path, trainingModules: trainingModules)
    }

    /// A policy file's bytes as a policy for a bank with `trainingModules`, or every problem they have.
    public static func read(_ data: Data, path: String, trainingModules: [TrainingModule]) throws(PolicyError) -> Policy {
        let document: JSONValue
        do {
            document = try JSONParser.parse(data)
        } catch {
            let message = data.isEmpty ? "the file is empty" : error.message
            throw .invalid(path: path, problems: [PolicyProblem(field: nil, message)])
        }
        guard case .object(let object) = document else {
            throw .invalid(path: path, problems: [PolicyProblem(field: nil, "the top level is not a JSON object: this is not an srm-quiz policy file")])
        }
        var reader = PolicyFields(object: object)
        return try reader.policy(path: path, trainingModules: trainingModules)
    }
}

/// The fields of a policy file's object, each checked, the problems gathered.
private struct PolicyFields {
    let object: JSONObject
    var problems: [PolicyProblem] = []

    init(object: JSONObject) {
        self.object = object
    }

    mutating func policy(path: String, trainingModules: [TrainingModule]) throws(PolicyError) -> Policy {
        try checkFormat(path: path)
        for key in object.keys where !PolicyLoader.fields.contains(key) {
            problem(key, "unknown field (misspelt?); a policy has \(PolicyLoader.fields.joined(separator: ", "))")
        }
        let id = identifier()
        let version = wholeNumber("version", in: 1...Int.max, what: "a whole number from 1")
        let passMark = wholeNumber("minimumPassMark", in: PassMark.allowed, what: "a whole percent from 1 to 100, such as 80")
            .flatMap(PassMark.init(percent:))
        let modules = requiredModules(trainingModules)
        let fingerprints = acceptedFingerprints()
        let due = dueDate()
        let validity: Int? = object["validForMonths"] == nil
            ? nil : wholeNumber("validForMonths", in: 1...PolicyLoader.longestValidity, what: "a whole number of months from 1 to \(PolicyLoader.longestValidity)")
        let lrs = object["lrs"] == nil ? nil : lrsSettings(policyFile: path)
        guard problems.isEmpty, let id, let version, let passMark, let modules, let fingerprints, let due else {
            throw .invalid(path: path, problems: problems)
        }
        return Policy(
            id: id, version: version, minimumPassMark: passMark, requiredModules: modules, namesModules: object["requiredModules"] != nil,
            acceptedBankFingerprints: fingerprints, dueDate: due, validForMonths: validity, file: path, lrs: lrs
        )
    }

    /// A file of another format, or of a newer schema, is refused before anything else is said about it.
    private func checkFormat(path: String) throws(PolicyError) {
        let format = Policy.formatName
        switch object["format"] {
        case .string(format)?: break
        case nil:
            throw .invalid(path: path, problems: [PolicyProblem(field: "format", "missing: a policy file has \"format\": \"\(format)\"")])
        case let found?:
            throw .invalid(path: path, problems: [PolicyProblem(field: "format", "is \(Self.shown(found)), not \"\(format)\": this is not an srm-quiz policy file")])
        }
        switch object["schemaVersion"] {
        case .integer(Int64(Policy.currentSchemaVersion))?: break
        case .integer(let found)? where found > Policy.currentSchemaVersion:
            throw .invalid(path: path, problems: [PolicyProblem(
                field: "schemaVersion", "is \(found), written for a newer srm-quiz (this one reads schemaVersion \(Policy.currentSchemaVersion)); update srm-quiz"
            )])
        case nil:
            throw .invalid(path: path, problems: [PolicyProblem(field: "schemaVersion", "missing: expected \(Policy.currentSchemaVersion)")])
        case let found?:
            throw .invalid(path: path, problems: [PolicyProblem(field: "schemaVersion", "is \(Self.shown(found)), expected \(Policy.currentSchemaVersion)")])
        }
    }

    /// The `lrs` section: endpoint, key, where the secret is (exactly one of `secretEnvironment` and `secretFile`)
    /// and how learners are named (`actor`: `account` with `homePage`, or `mbox` with `roster`). Relative file
    /// paths are taken from the policy file's folder.
    private mutating func lrsSettings(policyFile: String) -> LRSSettings? {
        guard case .object(let section)? = object["lrs"] else {
            problem("lrs", "is \(Self.shown(object["lrs"] ?? .null)): expected an object with endpoint, key, secretEnvironment or secretFile, and actor")
            return nil
        }
        for key in section.keys where !PolicyLoader.lrsFields.contains(key) {
            problem("lrs.\(key)", "unknown field (misspelt?); the lrs section has \(PolicyLoader.lrsFields.joined(separator: ", "))")
        }
        let folder = URL(fileURLWithPath: policyFile).deletingLastPathComponent()
        func path(_ text: String) -> String {
            text.hasPrefix("/") ? text : folder.appendingPathComponent(text).path
        }
        func text(_ key: String, required: Bool = true) -> String? {
            switch section[key] {
            case .string(let value)? where !value.isEmpty: return value
            case nil where !required: return nil
            case nil: problem("lrs.\(key)", "missing")
            case let found?: problem("lrs.\(key)", "is \(Self.shown(found)): expected text")
            }
            return nil
        }
        var endpoint = text("endpoint")
        if let given = endpoint, let wrong = LRSSettings.endpointProblem(given) {
            problem("lrs.endpoint", "\(wrong): expected the LRS's xAPI address, such as https://lrs.example.com/xAPI/")
            endpoint = nil
        }
        let key = text("key")
        var secret: LRSSettings.Secret?
        switch (text("secretEnvironment", required: false), text("secretFile", required: false)) {
        case (let name?, nil): secret = .environment(name)
        case (nil, let file?): secret = .file(path(file))
        case (nil, nil):
            if section["secretEnvironment"] == nil && section["secretFile"] == nil {
                problem("lrs", "names no secret: give secretEnvironment (an environment variable's name) or secretFile (a file of mode 0600)")
            }
        case (_?, _?): problem("lrs", "gives both secretEnvironment and secretFile: give one")
        }
        var actor: LRSSettings.ActorNaming?
        switch text("actor") {
        case "account"?:
            if let homePage = text("homePage") {
                if LRSSettings.endpointProblem(homePage) == nil {
                    actor = .account(homePage: homePage)
                } else {
                    problem("lrs.homePage", "\(Self.shown(.string(homePage))) is not an http or https address")
                }
            }
            if section["roster"] != nil { problem("lrs.roster", "is only for actor mbox") }
        case "mbox"?:
            if let roster = text("roster") { actor = .mbox(roster: path(roster)) }
            if section["homePage"] != nil { problem("lrs.homePage", "is only for actor account") }
        case let other?:
            problem("lrs.actor", "is \(Self.shown(.string(other))): expected \"account\" (with homePage) or \"mbox\" (with roster)")
        case nil: break
        }
        guard let endpoint, let key, let secret, let actor else { return nil }
        return LRSSettings(endpoint: endpoint, key: key, secret: secret, actor: actor)
    }

    private mutating func identifier() -> String? {
        guard let id = text("id") else { return nil }
        let allowed = id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
        guard !id.isEmpty, id.count <= PolicyLoader.longestID, allowed else {
            problem("id", "\(Self.shown(.string(id))) is not a policy id: 1 to \(PolicyLoader.longestID) letters, digits, '.', '_' or '-'")
            return nil
        }
        return id
    }

    private mutating func requiredModules(_ trainingModules: [TrainingModule]) -> [String]? {
        let known = trainingModules.map(\.id)
        guard let value = object["requiredModules"] else { return known }
        guard case .array(let elements) = value, !elements.isEmpty else {
            problem("requiredModules", "is \(Self.shown(value)): expected a list of training module ids (leave it out to require every module)")
            return nil
        }
        var named: [String] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let id) = element else {
                problem("requiredModules[\(index)]", "is \(Self.shown(element)): expected a training module id")
                continue
            }
            if named.contains(id) {
                problem("requiredModules[\(index)]", "\"\(id)\" is named twice")
            } else if !known.contains(id) {
                let list = known.isEmpty ? "it has none" : "its modules are \(known.joined(separator: ", "))"
                problem("requiredModules[\(index)]", "\"\(id)\" is not a training module of the question bank in use (\(list))")
            }
            named.append(id)
        }
        return known.filter(named.contains)
    }

    private mutating func acceptedFingerprints() -> [String]? {
        guard let value = object["acceptedBankFingerprints"] else { return [] }
        guard case .array(let elements) = value else {
            problem("acceptedBankFingerprints", "is \(Self.shown(value)): expected a list of SHA-256 fingerprints (64 hex digits)")
            return nil
        }
        var fingerprints: [String] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element, text.count == 64, text.allSatisfy(\.isHexDigit) else {
                problem("acceptedBankFingerprints[\(index)]", "is \(Self.shown(element)): expected a SHA-256 fingerprint, 64 hex digits (see srm-quiz validate)")
                continue
            }
            fingerprints.append(text.lowercased())
        }
        return fingerprints
    }

    private mutating func dueDate() -> PolicyDay? {
        guard let text = text("dueDate") else { return nil }
        guard let day = PolicyDay(text) else {
            problem("dueDate", "\(Self.shown(.string(text))) is not a day in the form YYYY-MM-DD, such as 2027-01-15")
            return nil
        }
        return day
    }

    private mutating func text(_ key: String) -> String? {
        switch object[key] {
        case .string(let text)?: return text
        case nil: problem(key, "missing")
        case let found?: problem(key, "is \(Self.shown(found)): expected text")
        }
        return nil
    }

    private mutating func wholeNumber(_ key: String, in range: ClosedRange<Int>, what: String) -> Int? {
        switch object[key] {
        case .integer(let number)? where range.contains(Int(clamping: number)):
            return Int(clamping: number)
        case nil: problem(key, "missing: expected \(what)")
        case let found?: problem(key, "is \(Self.shown(found)): expected \(what)")
        }
        return nil
    }

    private mutating func problem(_ field: String, _ message: String) {
        problems.append(PolicyProblem(field: field, message))
    }

    /// A value as a message shows it: short values written out, others by kind.
    static func shown(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "\"\(String(text.unicodeScalars.prefix(80).map { $0.properties.generalCategory == .control ? "?" : Character($0) }))\""
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .bool(let flag): String(flag)
        case .null: "null"
        case .array, .object: value.kindName
        }
    }
}
