/// The ADL verbs and activity types the export uses, and the language of its texts.
enum XAPIVocabulary {
    /// Bank text is English; the shortest tag that says so, as the specification prefers.
    static let language = "en"

    static let answered = verb("answered")
    static let passed = verb("passed")
    static let failed = verb("failed")
    static let completed = verb("completed")

    static let interactionType = "http://adlnet.gov/expapi/activities/cmi.interaction"
    static let assessmentType = "http://adlnet.gov/expapi/activities/assessment"
    static let moduleType = "http://adlnet.gov/expapi/activities/module"
    static let courseType = "http://adlnet.gov/expapi/activities/course"

    static func text(_ value: String) -> [String: String] {
        [language: value]
    }

    private static func verb(_ word: String) -> XAPIStatement.Verb {
        XAPIStatement.Verb(id: "http://adlnet.gov/expapi/verbs/\(word)", display: text(word))
    }
}
