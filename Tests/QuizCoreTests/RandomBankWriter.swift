import Foundation
import QuizCore
import QuizTestSupport

/// Writes a valid bank directory drawn from a seed: topics, question files with single, multiple and owner questions
/// (page and seed sources, optional fields present or not, text beyond ASCII), and sometimes a small matrix and a
/// scenario, so that whatever the archive must keep is exercised.
struct RandomBankWriter {
    private var generator: SeededGenerator
    private static let words = ["bucket", "key", "policy", "patch", "región", "données", "暗号化", "log", "role", "🔐", "zone", "\"quoted\"", "back\\slash", "tab-free"]

    init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &generator)
    }

    private mutating func chance() -> Bool {
        Bool.random(using: &generator)
    }

    private mutating func text(_ count: ClosedRange<Int> = 2...8) -> String {
        (0..<int(count)).map { _ in Self.words.randomElement(using: &generator)! }.joined(separator: " ") + "."
    }

    private mutating func sources() -> [[String: Any]] {
        (0..<int(1...3)).map { index in
            if chance() { return ["seed": "seed-\(index).txt"] }
            var page: [String: Any] = ["title": text(1...4), "url": "https://docs.aws.amazon.com/\(int(0...999))"]
            if chance() { page["supports"] = text() }
            return page
        }
    }

    private mutating func common(_ id: String, kind: String, topic: String) -> [String: Any] {
        var entry: [String: Any] = [
            "id": id, "kind": kind, "topic": topic, "difficulty": ["easy", "medium", "hard"][int(0...2)],
            "explanation": text(), "sources": sources(), "checked": String(format: "20%02d-%02d-%02d", int(20...30), int(1...12), int(1...28)),
        ]
        if chance() { entry["serviceModel"] = ["infrastructure", "container", "abstracted"][int(0...2)] }
        if chance() { entry["examTask"] = ExamTask.all[int(0...ExamTask.all.count - 1)].id }
        return entry
    }

    private mutating func question(_ id: String, topic: String) -> [String: Any] {
        switch int(0...2) {
        case 0, 1:
            let multiple = int(0...1) == 1
            let count = int(multiple ? 3...6 : 2...6)
            let correct = multiple ? Set((0..<count).shuffled(using: &generator).prefix(int(2...count - 1))) : [int(0...count - 1)]
            var entry = common(id, kind: multiple ? "multiple" : "single", topic: topic)
            entry["prompt"] = text(4...12) + "?"
            entry["options"] = (0..<count).map { index -> [String: Any] in
                var option: [String: Any] = ["text": "\(index) " + text(1...5), "why": text()]
                if correct.contains(index) { option["correct"] = true } else if chance() { option["correct"] = false }
                return option
            }
            return entry
        default:
            var entry = common(id, kind: "owner", topic: topic)
            entry["service"] = "Amazon " + text(1...2)
            entry["control"] = text(2...4)
            entry["owner"] = ["aws", "customer", "shared"][int(0...2)]
            if chance() { entry["prompt"] = text(3...9) + "?" }
            return entry
        }
    }

    /// A new bank directory; `withExtras` allows the matrix and scenario (an added bank takes neither).
    mutating func write(idPrefix: String = "q", withExtras: Bool = true) throws -> URL {
        let root = try Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("questions"), withIntermediateDirectories: true)
        let hasMatrix = withExtras && chance()
        let hasScenario = withExtras && chance()
        var topics = (0..<int(1...4)).map { ["id": "\(idPrefix)-topic-\($0)", "title": text(1...3)] }
        if hasMatrix { topics.append(["id": MatrixQuestions.topic, "title": "Matrix"]) }
        try Self.writeJSON(["schemaVersion": 1, "topics": topics], to: root.appendingPathComponent("topics.json"))
        for file in 0..<int(1...4) {
            let questions = (0..<int(1...8)).map { question("\(idPrefix).\(file).\($0)", topic: topics[int(0...topics.count - 1)]["id"]!) }
            try Self.writeJSON(["schemaVersion": 1, "questions": questions], to: root.appendingPathComponent("questions/\(idPrefix)-\(file).json"))
        }
        if hasMatrix { try writeMatrix(in: root) }
        if hasScenario { try writeScenario(in: root, topic: topics[0]["id"]!) }
        return root
    }

    private mutating func writeMatrix(in root: URL) throws {
        try FileManager.default.createDirectory(at: root.appendingPathComponent("matrix/cells"), withIntermediateDirectories: true)
        let models = ["infrastructure", "container"]
        try Self.writeJSON([
            "schemaVersion": 1,
            "serviceModels": models.map { ["id": $0, "title": text(1...2), "cloudModel": "IaaS", "description": text()] },
            "services": ["ec2", "rds", "eks"].map { ["id": $0, "name": "Amazon \($0.uppercased())", "shortName": $0.uppercased(), "serviceModel": models[int(0...1)], "summary": text()] },
        ], to: root.appendingPathComponent("matrix/services.json"))
        let controls = ["physical-security", "guest-os-patching", "identity-access", "encryption-at-rest"]
        try Self.writeJSON([
            "schemaVersion": 1,
            "controls": controls.map { id -> [String: Any] in
                var control: [String: Any] = ["id": id, "name": id.capitalized, "phrase": text(2...4)]
                if chance() { control["controlClass"] = ["inherited", "shared", "customer-specific"][int(0...2)] }
                return control
            },
        ], to: root.appendingPathComponent("matrix/controls.json"))
        for service in ["ec2", "rds"] {
            let cells = controls.map { control -> [String: Any] in
                let owner = ["aws", "customer", "shared"][int(0...2)]
                var cell: [String: Any] = [
                    "control": control, "owner": owner, "difficulty": "medium", "explanation": text(), "sources": sources(), "checked": "2026-11-22",
                ]
                if owner == "shared" {
                    cell["awsPart"] = text()
                    cell["customerPart"] = text()
                }
                if chance() { cell["condition"] = text() }
                if chance() { cell["examTask"] = "2.1" }
                if chance() { cell["revision"] = int(2...5) }
                return cell
            }
            try Self.writeJSON(["schemaVersion": 1, "service": service, "cells": cells], to: root.appendingPathComponent("matrix/cells/\(service).json"))
        }
    }

    private mutating func writeScenario(in root: URL, topic: String) throws {
        try FileManager.default.createDirectory(at: root.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        let steps = ["responsibility", "failed-control", "prevention", "response"].enumerated().map { index, aim -> [String: Any] in
            [
                "id": "scenario.random.step\(index)", "asks": aim, "kind": "owner", "service": "Amazon S3", "control": text(2...3),
                "owner": ["aws", "customer", "shared"][int(0...2)], "explanation": text(),
            ]
        }
        try Self.writeJSON([
            "schemaVersion": 1, "id": "scenario.random", "title": text(1...3), "topic": topic, "difficulty": "hard",
            "narrative": text(10...20), "steps": steps, "summary": text(), "sources": sources(), "checked": "2026-11-22",
        ], to: root.appendingPathComponent("scenarios/random.json"))
    }

    static func writeJSON(_ object: Any, to url: URL) throws {
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
    }
}
