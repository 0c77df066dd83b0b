import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct BankFingerprintTests {
    /// A copy of the bundled bank that a test may change.
    func bundledCopy() throws -> URL {
        let copy = try Fixtures.temporaryDirectory().appendingPathComponent("QuestionBank")
        try FileManager.default.copyItem(at: Fixtures.bundledBankURL, to: copy)
        return copy
    }

    func fingerprint(_ directory: URL) throws -> String {
        BankFingerprint.of(try BankLoader.load(directory: directory, trainingRequired: true))
    }

    func edit(_ file: URL, replacing old: String, with new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        precondition(text.contains(old), "\(file.lastPathComponent) does not contain \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: file)
    }

    @Test func theSameBankGivesTheSameDigest() throws {
        let digest = try fingerprint(Fixtures.bundledBankURL)
        #expect(digest.count == 64)
        #expect(digest.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(try fingerprint(bundledCopy()) == digest)
    }

    /// Completion records carry the digest, so the canonical form must not drift between versions of srm-quiz.
    @Test func theDigestOfAFixedBankNeverChanges() {
        #expect(BankFingerprint.of(Fixtures.bank) == "212f924469c61cb8d74a364b75a480c942e4d0b4f258118e4319662ad56af764")
    }

    @Test(arguments: [
        ("questions/model-basics.json", #""explanation": ""#, #""explanation": "Indeed, "#),
        ("training/modules.json", #""title": ""#, #""title": "New "#),
        ("scenarios/public-s3-bucket.json", #""narrative": ""#, #""narrative": "Once, "#),
        ("matrix/cells/s3.json", #""explanation": ""#, #""explanation": "Indeed, "#),
        ("training/modules.json", #""passMark": 80"#, #""passMark": 90"#),
    ])
    func oneChangedWordChangesTheDigest(file: String, old: String, new: String) throws {
        let copy = try bundledCopy()
        let before = try fingerprint(copy)
        try edit(copy.appendingPathComponent(file), replacing: old, with: new)
        #expect(try fingerprint(copy) != before)
    }

    @Test func movingAModuleChangesTheDigest() throws {
        let copy = try bundledCopy()
        let before = try fingerprint(copy)
        let url = copy.appendingPathComponent("training/modules.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var modules = try #require(json["modules"] as? [Any])
        modules.swapAt(0, 1)
        json["modules"] = modules
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        #expect(try fingerprint(copy) != before)
    }

    @Test func layoutFileNamesAndFileOrderDoNotChangeTheDigest() throws {
        let copy = try bundledCopy()
        let before = try fingerprint(copy)
        let files = FileManager.default.enumerator(at: copy, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "json" && !$0.path.contains("/schema/") }
        for url in files {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
            try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: url)
        }
        let questions = copy.appendingPathComponent("questions")
        try FileManager.default.moveItem(at: questions.appendingPathComponent("model-basics.json"), to: questions.appendingPathComponent("zz-model-basics.json"))
        try FileManager.default.moveItem(at: questions.appendingPathComponent("service-types.json"), to: questions.appendingPathComponent("aa-service-types.json"))
        try edit(copy.appendingPathComponent("questions/zz-model-basics.json"), replacing: "their entrances and the servers", with: "their  entrances and the servers ")
        #expect(try fingerprint(copy) == before)
    }
}
