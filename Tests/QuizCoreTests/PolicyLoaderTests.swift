import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The policy file: found where it should be, read strictly, every problem named with its field, never half-applied.
@Suite struct PolicyLoaderTests {
    static let modules = [TrainingFixtures.basics, TrainingFixtures.data, TrainingFixtures.incidents]
    static let fingerprint = String(repeating: "ab", count: 32)

    static let good = """
        {
          "format": "srm-quiz-policy", "schemaVersion": 1, "id": "acme-2026", "version": 3, "minimumPassMark": 80,
          "requiredModules": ["t.incidents", "t.basics"], "acceptedBankFingerprints": ["\(fingerprint.uppercased())"],
          "dueDate": "2027-01-15", "validForMonths": 12
        }
        """

    static func read(_ text: String) throws(PolicyError) -> Policy {
        try PolicyLoader.read(Data(text.utf8), path: "/etc/p.json", trainingModules: modules)
    }

    /// The problems `text` has, each as `policy file PATH: FIELD: message`.
    static func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.description.components(separatedBy: "\n")
        }
    }

    /// The good policy with `key` set to `value` (JSON text), or removed when `value` is nil.
    static func changing(_ key: String, to value: String?) -> String {
        var object = try! JSONSerialization.jsonObject(with: Data(good.utf8)) as! [String: Any]
        object[key] = nil
        var text = String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        if let value { text = "{\"\(key)\": \(value), " + text.dropFirst() }
        return text
    }

    @Test func aGoodPolicyIsReadWithItsModulesInTrainingOrder() throws {
        let policy = try Self.read(Self.good)
        #expect(policy.name == "acme-2026 v3")
        #expect(policy.minimumPassMark.percent == 80)
        #expect(policy.requiredModules == ["t.basics", "t.incidents"])
        #expect(policy.namesModules)
        #expect(policy.acceptedBankFingerprints == [Self.fingerprint])
        #expect(policy.dueDate.description == "2027-01-15")
        #expect(policy.validForMonths == 12)
        #expect(policy.file == "/etc/p.json")
    }

    @Test func leftOutOptionalFieldsMeanEveryModuleAnyBankAndNoExpiry() throws {
        var text = Self.changing("requiredModules", to: nil)
        text = text.replacingOccurrences(of: #""acceptedBankFingerprints":["ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB"],"#, with: "")
        text = text.replacingOccurrences(of: #","validForMonths":12"#, with: "")
        let policy = try Self.read(text)
        #expect(policy.requiredModules == ["t.basics", "t.data", "t.incidents"])
        #expect(!policy.namesModules)
        #expect(policy.acceptedBankFingerprints.isEmpty)
        #expect(policy.accepts(bankFingerprint: "anything"))
        #expect(policy.validForMonths == nil)
    }

    @Test func aMissingFileIsAnErrorOnlyWhenNamed() throws {
        let directory = try Fixtures.temporaryDirectory()
        let missing = directory.appendingPathComponent("policy.json")
        #expect(try PolicyLoader.load(PolicyLocation(file: missing, mustExist: false), trainingModules: Self.modules) == nil)
        #expect(throws: PolicyError.unreadable(path: missing.path, reason: "no such file")) {
            try PolicyLoader.load(PolicyLocation(file: missing, mustExist: true), trainingModules: Self.modules)
        }
        #expect(!PolicyError.unreadable(path: "x", reason: "y").isBadData)
    }

    @Test func anUnreadableFileIsAnIOError() throws {
        let directory = try Fixtures.temporaryDirectory()
        let folder = directory.appendingPathComponent("policy.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            _ = try PolicyLoader.load(PolicyLocation(file: folder, mustExist: true), trainingModules: Self.modules)
            Issue.record("a directory was read as a policy")
        } catch {
            #expect(!error.isBadData)
            #expect(error.description.hasPrefix("policy file \(folder.path): cannot read"))
        }
    }

    @Test func theOptionThenTheVariableThenTheSystemFile() {
        let environment = ["SRM_QUIZ_POLICY": "/env/p.json"]
        #expect(PolicyLocation.find(option: "/opt/p.json", environment: environment) == PolicyLocation(file: URL(fileURLWithPath: "/opt/p.json"), mustExist: true))
        #expect(PolicyLocation.find(option: nil, environment: environment) == PolicyLocation(file: URL(fileURLWithPath: "/env/p.json"), mustExist: true))
        #expect(PolicyLocation.find(option: nil, environment: [:]) == PolicyLocation(file: URL(fileURLWithPath: "/etc/srm-quiz/policy.json"), mustExist: false))
    }

    @Test func brokenJSONIsNamedWithItsLineAndColumn() {
        #expect(Self.problems("{\n  \"format\": \"srm-quiz-policy\",\n  \"id\": ,\n}") == [
            "policy file /etc/p.json: not valid JSON at line 3, column 9: expected a value (text in double quotes, a number, true, false, null, a list or an object)",
        ])
        #expect(Self.problems("") == ["policy file /etc/p.json: the file is empty"])
        #expect(Self.problems("[1]") == ["policy file /etc/p.json: the top level is not a JSON object: this is not an srm-quiz policy file"])
    }

    @Test func aForeignFileOrANewerSchemaIsRefusedFirst() {
        #expect(Self.problems(#"{"name": "x", "version": "1.0"}"#) == [
            #"policy file /etc/p.json: format: missing: a policy file has "format": "srm-quiz-policy""#,
        ])
        #expect(Self.problems(Self.changing("format", to: #""srm-quiz-progress""#)) == [
            #"policy file /etc/p.json: format: is "srm-quiz-progress", not "srm-quiz-policy": this is not an srm-quiz policy file"#,
        ])
        #expect(Self.problems(Self.changing("schemaVersion", to: "2")) == [
            "policy file /etc/p.json: schemaVersion: is 2, written for a newer srm-quiz (this one reads schemaVersion 1); update srm-quiz",
        ])
        #expect(Self.problems(Self.changing("schemaVersion", to: #""1""#)) == [#"policy file /etc/p.json: schemaVersion: is "1", expected 1"#])
    }

    @Test func everyWrongFieldIsNamedAtOnce() {
        var text = Self.changing("version", to: #""3""#)
        text = text.replacingOccurrences(of: #""minimumPassMark":80"#, with: #""minimumPassMark":0.8"#)
        text = text.replacingOccurrences(of: #""id":"acme-2026""#, with: #""id":"acme 2026""#)
        #expect(Self.problems(text) == [
            #"policy file /etc/p.json: id: "acme 2026" is not a policy id: 1 to 64 letters, digits, '.', '_' or '-'"#,
            #"policy file /etc/p.json: version: is "3": expected a whole number from 1"#,
            "policy file /etc/p.json: minimumPassMark: is 0.8: expected a whole percent from 1 to 100, such as 80",
        ])
    }

    @Test func aPassMarkOutOfRangeIsRefused() {
        for mark in ["0", "101", "-5"] {
            #expect(Self.problems(Self.changing("minimumPassMark", to: mark)) == [
                "policy file /etc/p.json: minimumPassMark: is \(mark): expected a whole percent from 1 to 100, such as 80",
            ])
        }
        #expect(Self.problems(Self.changing("minimumPassMark", to: nil)) == [
            "policy file /etc/p.json: minimumPassMark: missing: expected a whole percent from 1 to 100, such as 80",
        ])
    }

    @Test func anUnknownKeyIsAnErrorNotIgnored() {
        #expect(Self.problems(Self.changing("minimumPassmark", to: "90")) == [
            "policy file /etc/p.json: minimumPassmark: unknown field (misspelt?); a policy has format, schemaVersion, id, version, "
                + "minimumPassMark, requiredModules, acceptedBankFingerprints, dueDate, validForMonths, lrs",
        ])
    }

    @Test func aBadDueDateIsRefused() {
        for day in [#""2027-02-29""#, #""15/01/2027""#, #""2027-1-15""#, "20270115"] {
            let problems = Self.problems(Self.changing("dueDate", to: day))
            #expect(problems.count == 1 && problems[0].hasPrefix("policy file /etc/p.json: dueDate: "), "\(day): \(problems)")
        }
        #expect(PolicyDay("2028-02-29") != nil)
        #expect(Self.problems(Self.changing("dueDate", to: nil)) == ["policy file /etc/p.json: dueDate: missing"])
    }

    @Test func anUnknownOrRepeatedModuleIsRefused() {
        #expect(Self.problems(Self.changing("requiredModules", to: #"["t.basics", "t.basic", "t.basics"]"#)) == [
            #"policy file /etc/p.json: requiredModules[1]: "t.basic" is not a training module of the question bank in use (its modules are t.basics, t.data, t.incidents)"#,
            #"policy file /etc/p.json: requiredModules[2]: "t.basics" is named twice"#,
        ])
        #expect(Self.problems(Self.changing("requiredModules", to: "[]")) == [
            "policy file /etc/p.json: requiredModules: is a list: expected a list of training module ids (leave it out to require every module)",
        ])
    }

    @Test func wrongTypesAndBadFingerprintsAreRefused() {
        #expect(Self.problems(Self.changing("acceptedBankFingerprints", to: #"["abc"]"#)) == [
            #"policy file /etc/p.json: acceptedBankFingerprints[0]: is "abc": expected a SHA-256 fingerprint, 64 hex digits (see srm-quiz validate)"#,
        ])
        #expect(Self.problems(Self.changing("validForMonths", to: "0")) == [
            "policy file /etc/p.json: validForMonths: is 0: expected a whole number of months from 1 to 120",
        ])
        #expect(Self.problems(Self.changing("id", to: "7")) == ["policy file /etc/p.json: id: is 7: expected text"])
        #expect(Self.problems(Self.changing("requiredModules", to: #""t.basics""#)) == [
            #"policy file /etc/p.json: requiredModules: is "t.basics": expected a list of training module ids (leave it out to require every module)"#,
        ])
    }
}
