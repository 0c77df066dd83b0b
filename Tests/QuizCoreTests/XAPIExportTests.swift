import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The xAPI export checked against the specification's rules (`XAPIStatementRules`) on a realistic progress file
/// (every kind of question, every mode, two exams, module passes and a fail, a completion, an answer to a question
/// the bank no longer has) and on every question of the bundled bank.
@Suite struct XAPIExportTests {
    static let bundled = Result { () throws(BankError) in try BankLoader.load(directory: Fixtures.bundledBankURL) }
    static let fixtureURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/progress/export-fixture.json")

    func fixture() throws -> ProgressFile {
        try #require(try ProgressStore(fileURL: Self.fixtureURL).load())
    }

    func statements(_ export: XAPIExport, _ progress: ProgressFile, _ bank: Bank) throws -> [JSONDocument] {
        let lines = export.jsonLines(progress, bank: bank).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "", "the output ends with a line break")
        return try lines.dropLast().map { try JSONDocument.parse(String($0)) }
    }

    static let actors: [XAPIActor] = [
        .profileAccount("ada"), .mbox("mailto:ada@example.com"), .account(homePage: "https://lms.example.com", name: "emp-0042"),
    ]

    @Test(arguments: actors, [ActivityBase.standard, try! ActivityBase(parsing: "https://lms.example.com/srm-quiz/")])
    func everyStatementFromTheFixtureFollowsTheRules(actor: XAPIActor, base: ActivityBase) throws {
        let progress = try fixture()
        let all = try statements(XAPIExport(actor: actor, activityBase: base), progress, Self.bundled.get())
        #expect(all.count == progress.answers.count + progress.exams.count + progress.trainingResults.count * 2 + progress.completions.count * 2)
        for statement in all {
            let problems = XAPIStatementRules.problems(statement)
            #expect(problems.isEmpty, "\(problems) in \(statement)")
        }
    }

    @Test func everyQuestionOfTheBundledBankIsAValidInteraction() throws {
        let bank = try Self.bundled.get()
        let questions = bank.questions + bank.scenarios.flatMap { $0.steps.map(\.question) }
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        for (index, question) in questions.enumerated() {
            let right = question.correctIndices.sorted()
            let wrong = [question.choices.indices.first { !question.correctIndices.contains($0) }!]
            for (offset, chosen) in [right, wrong].enumerated() {
                progress.record(AnswerRecord(
                    questionId: question.id, topic: question.topic, chosen: chosen, correct: offset == 0, seconds: 3.25,
                    answeredAt: Date(timeIntervalSince1970: 1_780_000_000 + Double(index * 2 + offset)), session: "practice-1", mode: "practice"
                ))
            }
        }
        let all = try statements(XAPIExport(actor: .profileAccount("ada")), progress, bank)
        #expect(all.count == questions.count * 2)
        var types: [String: Int] = [:]
        for statement in all {
            let problems = XAPIStatementRules.problems(statement)
            #expect(problems.isEmpty, "\(problems) in \(statement)")
            let definition = try #require(statement["object"]?["definition"])
            let type = try #require(definition["interactionType"]?.string)
            types[type, default: 0] += 1
            let pattern = definition["correctResponsesPattern"]?.array?.compactMap(\.string) ?? []
            let response = try #require(statement["result"]?["response"]?.string)
            #expect(pattern.contains(response) == statement["result"]?["success"]?.bool, "\(response) against \(pattern)")
        }
        let matrixOwners = questions.filter { MatrixQuestions.cell(ofOwnerQuestion: $0.id) != nil }.count
        #expect(matrixOwners > 0)
        #expect(types == ["matching": matrixOwners * 2, "choice": (questions.count - matrixOwners) * 2], "no question is true-false")
    }

    @Test func ownerQuestionsAreMatchingFromTheMatrixAndChoiceByHand() throws {
        let all = try statements(XAPIExport(actor: .profileAccount("ada")), try fixture(), Self.bundled.get())
        let byQuestion = { (id: String) in all.first { $0["object"]?["id"]?.string == "urn:srm-quiz:question:\(id)" } }

        let cell = try #require(byQuestion("matrix.owner.ec2.guest-os-patching")?["object"]?["definition"])
        #expect(cell["interactionType"] == .string("matching"))
        #expect(cell["source"]?.array?.compactMap { $0["id"]?.string } == ["ec2.guest-os-patching"])
        #expect(cell["source"]?[0]?["description"]?["en"]?.string?.hasSuffix(" in Amazon EC2") == true)
        #expect(cell["target"]?.array?.compactMap { $0["id"]?.string } == ["aws", "customer", "shared"])
        #expect(cell["correctResponsesPattern"] == .array([.string("ec2.guest-os-patching[.]customer")]))
        #expect(byQuestion("matrix.owner.ec2.guest-os-patching")?["result"]?["response"] == .string("ec2.guest-os-patching[.]shared"))

        let written = try #require(byQuestion("owner.ec2.guest-os-patching"))
        #expect(written["object"]?["definition"]?["interactionType"] == .string("choice"))
        #expect(written["object"]?["definition"]?["choices"]?.array?.compactMap { $0["id"]?.string } == ["aws", "customer", "shared"])
        #expect(written["result"]?["response"] == .string("customer"))

        let multiple = try #require(byQuestion("basics.customer-duties-pick-two"))
        #expect(multiple["object"]?["definition"]?["correctResponsesPattern"] == .array([.string("a[,]b")]))
        #expect(multiple["result"]?["response"] == .string("a[,]c"))
        #expect(multiple["result"]?["duration"] == .string("PT12.35S"))
        #expect(multiple["result"]?["success"] == .bool(false))
    }

    @Test func examsModulesAndCompletionsArePassedFailedAndCompleted() throws {
        let all = try statements(XAPIExport(actor: .profileAccount("ada")), try fixture(), Self.bundled.get())
        let verbs = all.map { $0["verb"]?["id"]?.string?.components(separatedBy: "/").last ?? "" }
        #expect(verbs.filter { $0 == "answered" }.count == 18)
        #expect(verbs.filter { $0 == "passed" }.count == 6 + 1, "exams and modules passed, and the training")
        #expect(verbs.filter { $0 == "failed" }.count == 2)
        #expect(verbs.filter { $0 == "completed" }.count == 6 + 1, "every module attempt, and the training")

        let exams = all.filter { $0["object"]?["id"] == .string("urn:srm-quiz:exam") }
        #expect(exams.count == 2)
        #expect(exams[0]["result"]?["score"] == .object(["scaled": .number(2.0 / 3), "raw": .number(2), "min": .number(0), "max": .number(3)]))
        #expect(exams[0]["result"]?["duration"] == .string("PT1234S"))
        #expect(exams[1]["verb"]?["id"] == .string("http://adlnet.gov/expapi/verbs/failed"))
        #expect(exams[1]["result"]?["score"]?["scaled"] == .number(0))
        let examAnswers = all.filter { $0["context"]?["contextActivities"]?["parent"]?[0]?["id"] == .string("urn:srm-quiz:exam") }
        #expect(examAnswers.count == 5)
        #expect(examAnswers.prefix(3).allSatisfy { $0["context"]?["registration"] == exams[0]["context"]?["registration"] })

        let modules = all.filter {
            $0["object"]?["definition"]?["type"] == .string("http://adlnet.gov/expapi/activities/module")
                && $0["verb"]?["id"] != .string("http://adlnet.gov/expapi/verbs/completed")
        }
        #expect(modules.count == 6)
        #expect(modules[0]["verb"]?["id"] == .string("http://adlnet.gov/expapi/verbs/failed"))
        #expect(modules[0]["result"]?["score"]?["raw"] == .number(4))
        #expect(modules[0]["result"]?["duration"] == .string("PT210S"))
        #expect(modules.allSatisfy { $0["context"]?["contextActivities"]?["parent"]?[0]?["id"] == .string("urn:srm-quiz:course") })

        let completion = try #require(all.first {
            $0["verb"]?["id"] == .string("http://adlnet.gov/expapi/verbs/completed") && $0["object"]?["id"] == .string("urn:srm-quiz:course")
        })
        #expect(completion["object"]?["id"] == .string("urn:srm-quiz:course"))
        #expect(completion["result"]?["success"] == .bool(true))
        #expect(completion["result"]?["score"]?["raw"] == .number(33))
        #expect(completion["result"]?["score"]?["max"] == .number(34))
    }

    @Test func answersSitInTheirModuleScenarioOrMode() throws {
        let all = try statements(XAPIExport(actor: .profileAccount("ada")), try fixture(), Self.bundled.get())
        let answers = all.filter { $0["verb"]?["id"] == .string("http://adlnet.gov/expapi/verbs/answered") }
        let parents = answers.map { $0["context"]?["contextActivities"]?["parent"]?[0]?["id"]?.string ?? "" }
        #expect(Set(parents) == [
            "urn:srm-quiz:mode:practice", "urn:srm-quiz:mode:review", "urn:srm-quiz:mode:cram", "urn:srm-quiz:mode:assess",
            "urn:srm-quiz:mode:drill", "urn:srm-quiz:exam", "urn:srm-quiz:module:training.of-and-in",
            "urn:srm-quiz:module:training.identity-access",
        ])
        let abandoned = try #require(answers.last)
        #expect(abandoned["object"]?["id"] == .string("urn:srm-quiz:question:iam.mfa"))
        #expect(abandoned["context"]?["contextActivities"]?["parent"]?[0]?["id"] == .string("urn:srm-quiz:module:training.identity-access"),
                "an attempt left before its result is placed in the module that asks the question")
        #expect(abandoned["context"]?["contextActivities"]?["grouping"]?[0]?["id"] == .string("urn:srm-quiz:course"))

        let step = try #require(answers.first { $0["object"]?["id"] == .string("urn:srm-quiz:question:scenario.public-s3-bucket.who") })
        #expect(step["context"]?["contextActivities"]?["grouping"]?[0]?["id"] == .string("urn:srm-quiz:scenario:scenario.public-s3-bucket"))

        let gone = try #require(answers.first { $0["object"]?["id"] == .string("urn:srm-quiz:question:retired.question-gone") })
        #expect(gone["object"]?["definition"] == .object([
            "name": .object(["en": .string("retired.question-gone")]),
            "extensions": .object(["urn:srm-quiz:extension:question-id": .string("retired.question-gone")]),
        ]))
        #expect(gone["result"]?["response"] == nil, "a question the bank no longer has cannot say what was chosen")
    }

    @Test func idsAreStableDistinctAndNameBased() throws {
        let progress = try fixture()
        let bank = try Self.bundled.get()
        let export = XAPIExport(actor: .profileAccount("ada"))
        #expect(export.jsonLines(progress, bank: bank) == export.jsonLines(progress, bank: bank))
        let ids = try statements(export, progress, bank).compactMap { $0["id"]?.string }
        #expect(Set(ids).count == ids.count, "the two identical answers of the timed-out exam get ids of their own")
        #expect(ids.allSatisfy { Array($0)[14] == "5" && $0 == $0.lowercased() })
        let other = try statements(XAPIExport(actor: .mbox("mailto:ada@example.com")), progress, bank).compactMap { $0["id"]?.string }
        #expect(Set(ids).isDisjoint(with: other), "another actor makes other statements")
    }

    @Test func idsOfRecordsExportedBeforeStayTheSame() throws {
        let ids = Set(try statements(XAPIExport(actor: .profileAccount("ada")), try fixture(), Self.bundled.get()).compactMap { $0["id"]?.string })
        let before = [
            "acffb55f-170d-5cb7-b61d-09f56a78210b", "eb09a3c0-11d2-5a5d-ba65-fcb0a85ae2fe", "bb9448e6-668e-595e-b88e-a3bf500fe25e",
            "00dece65-3dcb-5a97-9450-202add787f81", "db63cba4-2a05-5efe-a40b-c3938f319400", "f6490116-2f36-5635-9d2d-71e997edff2a",
        ]
        #expect(before.filter { !ids.contains($0) } == [], "the ids the previous export gave the same answers, exam, modules and completion")
    }

    @Test func questionsAreNamedByPromptAndRecordsCarryTheirExtensions() throws {
        let progress = try fixture()
        let bank = try Self.bundled.get()
        let all = try statements(XAPIExport(actor: .profileAccount("ada")), progress, bank)
        let key = { (name: String) in "urn:srm-quiz:extension:\(name)" }
        let verb = { (statement: JSONDocument) in statement["verb"]?["id"]?.string?.components(separatedBy: "/").last ?? "" }

        let first = all[0]
        let question = try #require(bank.questions.first { $0.id == "basics.physical-security" })
        #expect(first["object"]?["definition"]?["name"] == .object(["en": .string(question.prompt)]))
        #expect(first["object"]?["definition"]?["extensions"]?[key("question-id")] == .string(question.id))
        #expect(first["context"]?["extensions"]?[key("profile")] == .string("ada"))
        #expect(first["context"]?["extensions"]?[key("session")] == .string(progress.answers[0].session))
        #expect(first["context"]?["extensions"]?[key("topic")] == .string(progress.answers[0].topic))
        let assessed = all.filter { $0["context"]?["extensions"]?[key("mode")] == .string("assess") }
        #expect(!assessed.isEmpty && assessed.allSatisfy { $0["context"]?["extensions"]?[key("confidence")]?.string != nil })
        #expect(all.filter { $0["context"]?["extensions"]?[key("confidence")] != nil }.count == assessed.count)

        let exam = try #require(all.first { $0["object"]?["id"] == .string("urn:srm-quiz:exam") })
        #expect(exam["result"]?["extensions"]?[key("scaled-estimate")] == .number(Double(progress.exams[0].scaledEstimate)))
        #expect(exam["object"]?["definition"]?["name"] == .object(["en": .string("Mock exam")]))

        let attempt = progress.trainingResults[0]
        let module = all.filter { $0["context"]?["extensions"]?[key("session")] == .string(attempt.session) && verb($0) != "answered" }
        #expect(module.map(verb) == ["failed", "completed"])
        for statement in module {
            #expect(statement["object"]?["definition"]?["name"] == .object(["en": .string(attempt.title)]))
            #expect(statement["object"]?["definition"]?["extensions"]?[key("module-id")] == .string(attempt.moduleID))
            #expect(statement["context"]?["extensions"]?[key("pass-mark")] == .number(attempt.passMark.fraction))
            #expect(statement["context"]?["extensions"]?[key("tested-out")] == .bool(attempt.testedOut))
            #expect(statement["context"]?["extensions"]?[key("bank-fingerprint")] == .string(attempt.bankFingerprint))
        }
        let trainingAnswers = all.filter { $0["context"]?["extensions"]?[key("session")] == .string(attempt.session) && verb($0) == "answered" }
        #expect(!trainingAnswers.isEmpty && trainingAnswers.allSatisfy { $0["context"]?["extensions"]?[key("bank-fingerprint")] == .string(attempt.bankFingerprint) })
        #expect(all.filter { verb($0) == "answered" && $0["context"]?["extensions"]?[key("mode")] != .string("train") }
            .allSatisfy { $0["context"]?["extensions"]?[key("bank-fingerprint")] == nil }, "an answer outside training holds no fingerprint")

        let record = progress.completions[0]
        let course = all.filter { $0["object"]?["id"] == .string("urn:srm-quiz:course") }
        #expect(course.map(verb) == ["completed", "passed"])
        for statement in course {
            let extensions = try #require(statement["context"]?["extensions"])
            #expect(extensions[key("bank-fingerprint")] == .string(record.bankFingerprint))
            #expect(extensions[key("pass-mark")] == .number(record.passMark.fraction))
            #expect(extensions[key("policy-id")] == record.policyId.map { .string($0) })
            #expect(extensions[key("completed-modules")]?.array?.compactMap { $0["id"]?.string } == record.modules.map(\.id))
            #expect(statement["result"]?["score"] == course[0]["result"]?["score"])
        }
    }

    @Test func theArrayHoldsTheStatementsOfTheLinesInOrder() throws {
        let progress = try fixture()
        let bank = try Self.bundled.get()
        let export = XAPIExport(actor: .profileAccount("ada"))
        let array = try JSONDocument.parse(export.jsonArray(progress, bank: bank))
        #expect(array == .array(try statements(export, progress, bank)))
        #expect(export.jsonArray(ProgressFile(profile: "ada", createdAt: Fixtures.start), bank: bank) == "[]\n")
    }

    @Test func nameBasedUUIDsMatchRFC4122() {
        #expect(NameBasedUUID.make(namespace: NameBasedUUID.dnsNamespace, name: "python.org").uuidString.lowercased() == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        #expect(NameBasedUUID.make(namespace: NameBasedUUID.urlNamespace, name: "https://srm-quiz.invalid/é").uuidString.lowercased() == "41167c18-fc8a-5a1a-9ff1-8e241cb616f7")
    }

    @Test(arguments: [(4.2, "PT4.2S"), (0, "PT0S"), (5400, "PT5400S"), (1.05, "PT1.05S"), (0.004, "PT0S"), (59.999, "PT60S"), (12.3, "PT12.3S"), (-3, "PT0S")])
    func durationsAreSecondsToHundredths(seconds: Double, expected: String) {
        #expect(ISODuration.seconds(seconds) == expected)
    }

    @Test func actorsAsTyped() throws {
        #expect(try XAPIActor(parsing: "mailto:Ada.L@Example.COM") == .mbox("mailto:Ada.L@example.com"))
        #expect(try XAPIActor(parsing: "account:https://lms.example.com/|emp 42") == .account(homePage: "https://lms.example.com/", name: "emp 42"))
        #expect(try XAPIActor(parsing: "account:https://lms.example.com/x?a=1|team|ada") == .account(homePage: "https://lms.example.com/x?a=1", name: "team|ada"),
                "a home page cannot hold a |, so the first one ends it")
        for bad in ["ada@example.com", "mailto:", "mailto:ada", "mailto:a b@example.com", "mailto:@example.com", "mailto:a@b@c",
                    "account:lms|ada", "account:https://lms.example.com", "account:https://lms.example.com|", "account:urn:lms|ada",
                    "account:https://|ada", "account:https:// lms|ada", ""] {
            #expect(throws: ExportOptionError.self, "\(bad)") { try XAPIActor(parsing: bad) }
            do {
                _ = try XAPIActor(parsing: bad)
            } catch {
                #expect(error.description.hasPrefix("--actor \(bad): "))
            }
        }
    }

    @Test func activityBasesAsTyped() throws {
        #expect(try ActivityBase(parsing: "https://lms.example.com/srm/").iri("question", "a.b") == "https://lms.example.com/srm/question/a.b")
        #expect(ActivityBase.standard.iri("mode", "new mode/x") == "urn:srm-quiz:mode:new%20mode%2Fx")
        for bad in ["srm-quiz", "https://lms.example.com/srm", "urn:srm quiz:", "", ":x:", "1urn:x:"] {
            #expect(throws: ExportOptionError.self, "\(bad)") { try ActivityBase(parsing: bad) }
        }
    }
}
