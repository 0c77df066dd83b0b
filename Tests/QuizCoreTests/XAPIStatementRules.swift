import Foundation

/// The rules of xAPI 1.0.3 (Part Two, "Experience API Data") that a statement can be checked against without a
/// learning record store, written from the specification rather than from the exporter. Each problem names the
/// property by its path, `object.definition.choices[1].id`. Groups, sub-statements, statement references and
/// attachments are outside what srm-quiz exports and are reported as unsupported rather than checked.
enum XAPIStatementRules {
    /// Every problem with `statement`; empty when it follows the rules. `now` bounds the timestamp (2.4.7: a
    /// Learning Record Provider must not use a future time).
    static func problems(_ statement: JSONDocument, now: Date = Date()) -> [String] {
        var check = Checker(now: now)
        check.statement(statement)
        return check.problems
    }

    static let statementKeys: Set = ["id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version", "attachments"]
    static let agentKeys: Set = ["objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"]
    static let inverseFunctionalIdentifiers = ["mbox", "mbox_sha1sum", "openid", "account"]
    static let activityKeys: Set = ["objectType", "id", "definition"]
    static let definitionKeys: Set = [
        "name", "description", "type", "moreInfo", "extensions", "interactionType", "correctResponsesPattern", "choices", "scale",
        "source", "target", "steps",
    ]
    static let interactionTypes: Set = ["true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other"]
    /// The component lists each interaction type may carry (2.4.4.1, "Interaction Components").
    static let componentLists: [String: Set<String>] = [
        "choice": ["choices"], "sequencing": ["choices"], "likert": ["scale"], "matching": ["source", "target"], "performance": ["steps"],
    ]
    static let resultKeys: Set = ["score", "success", "completion", "response", "duration", "extensions"]
    static let scoreKeys: Set = ["scaled", "raw", "min", "max"]
    static let contextKeys: Set = ["registration", "instructor", "team", "contextActivities", "revision", "platform", "language", "statement", "extensions"]
    static let contextActivityKeys: Set = ["parent", "grouping", "category", "other"]

    private struct Checker {
        let now: Date
        var problems: [String] = []

        mutating func statement(_ value: JSONDocument) {
            guard let members = object(value, at: "statement") else { return }
            noNulls(value, at: "")
            unknownKeys(members, allowed: XAPIStatementRules.statementKeys, at: "")
            for key in ["actor", "verb", "object"] where members[key] == nil { problem(key, "is required") }
            if let id = members["id"] { uuid(id, at: "id") }
            if let actor = members["actor"] { agent(actor, at: "actor") }
            if let verb = members["verb"] { self.verb(verb) }
            if let object = members["object"] { activity(object, at: "object") }
            if let result = members["result"] { self.result(result, definition: members["object"]?["definition"]) }
            if let context = members["context"] { self.context(context) }
            if let timestamp = members["timestamp"] { self.timestamp(timestamp, at: "timestamp") }
            if let version = members["version"] {
                if !Pattern.version.matches(version.string) { problem("version", "must be 1.0.x") }
            }
            for key in ["stored", "authority", "attachments"] where members[key] != nil {
                problem(key, "is set by the LRS or not supported by this checker")
            }
        }

        mutating func agent(_ value: JSONDocument, at path: String) {
            guard let members = object(value, at: path) else { return }
            unknownKeys(members, allowed: XAPIStatementRules.agentKeys, at: path)
            if let type = members["objectType"], type != .string("Agent") { problem("\(path).objectType", "must be Agent (Groups are not supported)") }
            let identifiers = XAPIStatementRules.inverseFunctionalIdentifiers.filter { members[$0] != nil }
            if identifiers.count != 1 {
                problem(path, "must have exactly one inverse functional identifier, has \(identifiers.count): \(identifiers)")
            }
            if let name = members["name"], name.string == nil { problem("\(path).name", "must be a string") }
            if let mbox = members["mbox"] {
                if !Pattern.mbox.matches(mbox.string) { problem("\(path).mbox", "must be mailto:ADDRESS") }
            }
            if let sha1 = members["mbox_sha1sum"] {
                if !Pattern.sha1.matches(sha1.string) { problem("\(path).mbox_sha1sum", "must be 40 hex digits") }
            }
            if let openid = members["openid"] { iri(openid, at: "\(path).openid") }
            if let account = members["account"], let fields = object(account, at: "\(path).account") {
                unknownKeys(fields, allowed: ["homePage", "name"], at: "\(path).account")
                if let homePage = fields["homePage"] {
                    if !Pattern.irl.matches(homePage.string) {
                        problem("\(path).account.homePage", "must be an IRL (an http or https address)")
                    }
                } else {
                    problem("\(path).account.homePage", "is required")
                }
                if fields["name"]?.string?.isEmpty ?? true { problem("\(path).account.name", "must be a non-empty string") }
            }
        }

        mutating func verb(_ value: JSONDocument) {
            guard let members = object(value, at: "verb") else { return }
            unknownKeys(members, allowed: ["id", "display"], at: "verb")
            if let id = members["id"] { iri(id, at: "verb.id") } else { problem("verb.id", "is required") }
            if let display = members["display"] { languageMap(display, at: "verb.display") } else { problem("verb.display", "should be given") }
        }

        mutating func activity(_ value: JSONDocument, at path: String) {
            guard let members = object(value, at: path) else { return }
            if let type = members["objectType"], type != .string("Activity") {
                problem("\(path).objectType", "must be Activity (other objects are not supported)")
            }
            unknownKeys(members, allowed: XAPIStatementRules.activityKeys, at: path)
            if let id = members["id"] { iri(id, at: "\(path).id") } else { problem("\(path).id", "is required") }
            if let definition = members["definition"] { self.definition(definition, at: "\(path).definition") }
        }

        mutating func definition(_ value: JSONDocument, at path: String) {
            guard let members = object(value, at: path) else { return }
            unknownKeys(members, allowed: XAPIStatementRules.definitionKeys, at: path)
            for key in ["name", "description"] { if let map = members[key] { languageMap(map, at: "\(path).\(key)") } }
            for key in ["type", "moreInfo"] { if let iri = members[key] { self.iri(iri, at: "\(path).\(key)") } }
            if let extensions = members["extensions"] { self.extensions(extensions, at: "\(path).extensions") }
            let lists = ["choices", "scale", "source", "target", "steps"].filter { members[$0] != nil }
            guard let interactionType = members["interactionType"] else {
                if members["correctResponsesPattern"] != nil || !lists.isEmpty {
                    problem(path, "has interaction properties without an interactionType")
                }
                return
            }
            guard let type = interactionType.string, XAPIStatementRules.interactionTypes.contains(type) else {
                problem("\(path).interactionType", "must be one of \(XAPIStatementRules.interactionTypes.sorted())")
                return
            }
            let allowed = XAPIStatementRules.componentLists[type] ?? []
            for list in lists where !allowed.contains(list) { problem("\(path).\(list)", "is not a component list of \(type)") }
            var ids: [String: Set<String>] = [:]
            for list in lists { ids[list] = components(members[list]!, at: "\(path).\(list)") }
            guard let patterns = members["correctResponsesPattern"] else {
                problem("\(path).correctResponsesPattern", "is required for an interaction srm-quiz exports")
                return
            }
            guard let strings = patterns.array?.compactMap(\.string), strings.count == patterns.array?.count else {
                problem("\(path).correctResponsesPattern", "must be an array of strings")
                return
            }
            for (index, pattern) in strings.enumerated() {
                response(pattern, type: type, ids: ids, at: "\(path).correctResponsesPattern[\(index)]")
            }
        }

        /// The ids of one component list, each checked: a non-empty string without whitespace, distinct.
        mutating func components(_ value: JSONDocument, at path: String) -> Set<String> {
            guard let items = value.array else {
                problem(path, "must be an array of interaction components")
                return []
            }
            var ids: Set<String> = []
            for (index, item) in items.enumerated() {
                let itemPath = "\(path)[\(index)]"
                guard let members = object(item, at: itemPath) else { continue }
                unknownKeys(members, allowed: ["id", "description"], at: itemPath)
                guard let id = members["id"]?.string, !id.isEmpty else {
                    problem("\(itemPath).id", "must be a non-empty string")
                    continue
                }
                if id.contains(where: \.isWhitespace) { problem("\(itemPath).id", "should not hold whitespace") }
                if !ids.insert(id).inserted { problem("\(itemPath).id", "\"\(id)\" is not distinct") }
                if let description = members["description"] { languageMap(description, at: "\(itemPath).description") }
            }
            return ids
        }

        /// A response in the syntax of its interaction type (2.4.4.1, "Response Patterns"), naming only components that exist.
        mutating func response(_ text: String, type: String, ids: [String: Set<String>], at path: String) {
            let items = text.components(separatedBy: "[,]")
            switch type {
            case "true-false":
                if text != "true" && text != "false" { problem(path, "must be true or false") }
            case "choice", "sequencing":
                for item in items where !(ids["choices"] ?? []).contains(item) { problem(path, "names \"\(item)\", which is not a choice") }
            case "likert":
                if !(ids["scale"] ?? []).contains(text) { problem(path, "names \"\(text)\", which is not on the scale") }
            case "matching":
                for item in items {
                    let pair = item.components(separatedBy: "[.]")
                    guard pair.count == 2 else {
                        problem(path, "\"\(item)\" is not a source[.]target pair")
                        continue
                    }
                    if !(ids["source"] ?? []).contains(pair[0]) { problem(path, "names \"\(pair[0])\", which is not a source") }
                    if !(ids["target"] ?? []).contains(pair[1]) { problem(path, "names \"\(pair[1])\", which is not a target") }
                }
            default:
                break
            }
        }

        mutating func result(_ value: JSONDocument, definition: JSONDocument?) {
            guard let members = object(value, at: "result") else { return }
            unknownKeys(members, allowed: XAPIStatementRules.resultKeys, at: "result")
            for key in ["success", "completion"] where members[key] != nil && members[key]?.bool == nil {
                problem("result.\(key)", "must be a boolean")
            }
            if let given = members["response"] {
                if let text = given.string {
                    if let type = definition?["interactionType"]?.string, let definitionMembers = definition?.object {
                        var ids: [String: Set<String>] = [:]
                        for list in ["choices", "scale", "source", "target", "steps"] {
                            ids[list] = Set(definitionMembers[list]?.array?.compactMap { $0["id"]?.string } ?? [])
                        }
                        response(text, type: type, ids: ids, at: "result.response")
                    }
                } else {
                    problem("result.response", "must be a string")
                }
            }
            if let duration = members["duration"] { self.duration(duration) }
            if let score = members["score"] { self.score(score) }
            if let extensions = members["extensions"] { self.extensions(extensions, at: "result.extensions") }
        }

        mutating func score(_ value: JSONDocument) {
            guard let members = object(value, at: "result.score") else { return }
            unknownKeys(members, allowed: XAPIStatementRules.scoreKeys, at: "result.score")
            for key in XAPIStatementRules.scoreKeys where members[key] != nil && members[key]?.number == nil {
                problem("result.score.\(key)", "must be a number")
            }
            let scaled = members["scaled"]?.number, raw = members["raw"]?.number
            let min = members["min"]?.number, max = members["max"]?.number
            if let scaled, !(-1...1).contains(scaled) { problem("result.score.scaled", "\(scaled) is outside -1 to 1") }
            if let min, let max, min >= max { problem("result.score", "min \(min) must be less than max \(max)") }
            if let raw, let min, raw < min { problem("result.score.raw", "\(raw) is below min \(min)") }
            if let raw, let max, raw > max { problem("result.score.raw", "\(raw) is above max \(max)") }
        }

        /// ISO 8601:2004 section 4.4.3.2 (`PnYnMnDTnHnMnS` or `PnW`); the alternative format of 4.4.3.3 is not allowed.
        mutating func duration(_ value: JSONDocument) {
            guard let text = value.string, Pattern.duration.matches(text), text != "P", !text.hasSuffix("T") else {
                problem("result.duration", "must be an ISO 8601 duration such as PT4.2S")
                return
            }
        }

        mutating func context(_ value: JSONDocument) {
            guard let members = object(value, at: "context") else { return }
            unknownKeys(members, allowed: XAPIStatementRules.contextKeys, at: "context")
            if let registration = members["registration"] { uuid(registration, at: "context.registration") }
            for key in ["revision", "platform"] where members[key] != nil && members[key]?.string == nil {
                problem("context.\(key)", "must be a string")
            }
            if let language = members["language"] {
                if !isLanguageTag(language.string) { problem("context.language", "must be an RFC 5646 language tag") }
            }
            if let instructor = members["instructor"] { agent(instructor, at: "context.instructor") }
            if members["team"] != nil || members["statement"] != nil { problem("context", "team and statement are not supported by this checker") }
            if let extensions = members["extensions"] { self.extensions(extensions, at: "context.extensions") }
            guard let activities = members["contextActivities"] else { return }
            guard let kinds = object(activities, at: "context.contextActivities") else { return }
            unknownKeys(kinds, allowed: XAPIStatementRules.contextActivityKeys, at: "context.contextActivities")
            for (kind, list) in kinds {
                guard let items = list.array else {
                    problem("context.contextActivities.\(kind)", "should be an array of activities")
                    continue
                }
                for (index, item) in items.enumerated() { activity(item, at: "context.contextActivities.\(kind)[\(index)]") }
            }
        }

        mutating func timestamp(_ value: JSONDocument, at path: String) {
            guard let text = value.string, Pattern.timestamp.matches(text),
                  let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: text.contains(".")).parse(text)
            else {
                problem(path, "must be an ISO 8601 (RFC 3339) timestamp with a time zone")
                return
            }
            if date > now { problem(path, "\(text) is in the future") }
        }

        mutating func extensions(_ value: JSONDocument, at path: String) {
            guard let members = object(value, at: path) else { return }
            for key in members.keys where !isAbsoluteIRI(key) { problem(path, "key \"\(key)\" is not an IRI") }
        }

        mutating func languageMap(_ value: JSONDocument, at path: String) {
            guard let members = object(value, at: path) else { return }
            if members.isEmpty { problem(path, "is an empty language map") }
            for (tag, text) in members {
                if !isLanguageTag(tag) { problem(path, "\"\(tag)\" is not an RFC 5646 language tag") }
                if text.string == nil { problem("\(path).\(tag)", "must be a string") }
            }
        }

        mutating func iri(_ value: JSONDocument, at path: String) {
            if !isAbsoluteIRI(value.string ?? "") { problem(path, "must be an absolute IRI") }
        }

        mutating func uuid(_ value: JSONDocument, at path: String) {
            if !Pattern.uuid.matches(value.string) { problem(path, "must be a UUID (RFC 4122 variant) in standard string form") }
        }

        /// JSON objects only; a statement holds no null anywhere outside extensions.
        mutating func object(_ value: JSONDocument, at path: String) -> [String: JSONDocument]? {
            guard let members = value.object else {
                problem(path, "must be an object")
                return nil
            }
            return members
        }

        mutating func noNulls(_ value: JSONDocument, at path: String) {
            switch value {
            case .null:
                problem(path, "is null")
            case .array(let items):
                for (index, item) in items.enumerated() { noNulls(item, at: "\(path)[\(index)]") }
            case .object(let members):
                for (key, member) in members where key != "extensions" { noNulls(member, at: path.isEmpty ? key : "\(path).\(key)") }
            default:
                break
            }
        }

        mutating func unknownKeys(_ members: [String: JSONDocument], allowed: Set<String>, at path: String) {
            for key in members.keys.sorted() where !allowed.contains(key) {
                problem(path.isEmpty ? key : "\(path).\(key)", "is not a property the specification allows here")
            }
        }

        mutating func problem(_ path: String, _ message: String) {
            problems.append("\(path): \(message)")
        }

        func isAbsoluteIRI(_ text: String) -> Bool {
            Pattern.absoluteIRI.matches(text)
        }

        func isLanguageTag(_ text: String?) -> Bool {
            Pattern.languageTag.matches(text)
        }
    }

    /// The formats the rules name, each matched against a whole string.
    private struct Pattern: @unchecked Sendable {
        private static let number = "[0-9]+(?:[.,][0-9]+)?"
        static let version = Pattern(#"1\.0(\.[0-9]+)?"#)
        static let mbox = Pattern(#"mailto:[^@\s:/]+@[^@\s/]+"#)
        static let sha1 = Pattern("[0-9a-fA-F]{40}")
        /// An IRL here is an http or https address with a host.
        static let irl = Pattern(#"[hH][tT][tT][pP][sS]?://[^/\s]+.*"#)
        /// ISO 8601:2004 section 4.4.3.2 (`PnYnMnDTnHnMnS` or `PnW`); the alternative format of 4.4.3.3 does not match.
        static let duration = Pattern("P(?:\(number)W|(?:\(number)Y)?(?:\(number)M)?(?:\(number)D)?(?:T(?:\(number)H)?(?:\(number)M)?(?:\(number)S)?)?)")
        static let timestamp = Pattern("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})")
        static let uuid = Pattern("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}")
        static let absoluteIRI = Pattern(#"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>"{}|\\^`]+"#)
        static let languageTag = Pattern("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")

        private let expression: NSRegularExpression

        private init(_ pattern: String) {
            expression = try! NSRegularExpression(pattern: "\\A(?:\(pattern))\\z")
        }

        func matches(_ text: String?) -> Bool {
            guard let text else { return false }
            return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }
}
