import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct MatrixTests {
    static let topics = #"{"schemaVersion": 1, "topics": [{"id": "responsibility-matrix", "title": "Matrix"}]}"#
    static let services = """
        {"schemaVersion": 1,
         "serviceModels": [{"id": "infrastructure", "title": "Infrastructure", "cloudModel": "IaaS", "description": "You run the OS."}],
         "services": [
           {"id": "ec2", "name": "Amazon EC2", "shortName": "EC2", "serviceModel": "infrastructure", "summary": "Servers."},
           {"id": "ecs-ec2", "name": "Amazon ECS on EC2", "shortName": "ECS on EC2", "serviceModel": "infrastructure", "summary": "Containers on your instances."},
           {"id": "eks", "name": "Amazon EKS", "shortName": "EKS", "serviceModel": "container", "summary": "Kubernetes."},
           {"id": "rds", "name": "Amazon RDS", "shortName": "RDS", "serviceModel": "container", "summary": "Databases."}]}
        """
    static let controls = """
        {"schemaVersion": 1, "controls": [
          {"id": "physical-security", "name": "Physical security", "phrase": "guarding the buildings", "controlClass": "inherited"},
          {"id": "guest-os-patching", "name": "Guest OS patching", "phrase": "patching the operating system", "controlClass": "shared"},
          {"id": "identity-access", "name": "Identity and access", "phrase": "granting permissions"},
          {"id": "data-classification", "name": "Data classification", "phrase": "classifying the data"},
          {"id": "encryption-at-rest", "name": "Encryption at rest", "phrase": "encrypting the data at rest"}]}
        """

    static func cell(_ control: String, _ owner: String, extra: String = "") -> String {
        """
        {"control": "\(control)", "owner": "\(owner)", "difficulty": "easy", "explanation": "Because. Really.",
         "sources": [{"seed": "000.txt"}], "checked": "2026-11-22"\(extra)}
        """
    }

    static func cells(_ service: String, _ cells: [String]) -> String {
        #"{"schemaVersion": 1, "service": "\#(service)", "cells": ["# + cells.joined(separator: ",") + "]}"
    }

    static let ec2Cells = cells("ec2", [
        Self.cell("physical-security", "aws"), Self.cell("guest-os-patching", "customer"), Self.cell("identity-access", "customer"),
        Self.cell("data-classification", "customer"),
        Self.cell("encryption-at-rest", "shared", extra: #", "awsPart": "Offers KMS.", "customerPart": "Turns it on.", "condition": "Encryption by default is off unless the account turns it on.""#),
    ])

    func bank(cells: [String: String]) throws -> URL {
        let root = try Fixtures.temporaryDirectory()
        for folder in ["questions", "matrix/cells"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let files = ["topics.json": Self.topics, "matrix/services.json": Self.services, "matrix/controls.json": Self.controls]
        for (name, text) in files.merging(cells.mapKeys { "matrix/cells/\($0)" }, uniquingKeysWith: { $1 }) {
            try Data(text.utf8).write(to: root.appendingPathComponent(name))
        }
        return root
    }

    func problems(_ cells: [String: String]) throws -> [String] {
        let root = try bank(cells: cells)
        do {
            _ = try BankLoader.load(directory: root)
            return []
        } catch {
            return error.problems.map { $0.description.replacingOccurrences(of: root.path + "/matrix/", with: "") }
        }
    }

    @Test func cellsBecomeOwnerQuestionsWithIDsFromTheCell() throws {
        let bank = try BankLoader.load(directory: bank(cells: ["ec2.json": Self.ec2Cells]))
        #expect(bank.matrix.cells.count == 5)
        let question = try #require(bank.question(id: "matrix.owner.ec2.guest-os-patching"))
        #expect(question.prompt == "Who is responsible for patching the operating system in Amazon EC2?")
        #expect(question.correctIndices == [1])
        #expect(question.serviceModel == .infrastructure)
        let shared = try #require(bank.question(id: "matrix.owner.ec2.encryption-at-rest"))
        #expect(shared.prompt == "Encryption by default is off unless the account turns it on. Who is responsible for encrypting the data at rest in Amazon EC2?")
        #expect(shared.explanation == "Because. Really. AWS: Offers KMS. Customer: Turns it on.")
        #expect(shared.correctIndices == [2])
    }

    @Test func aCellWhoseOwnerChangedAsksANewQuestionUnderANewID() throws {
        let revised = Self.ec2Cells.replacingOccurrences(
            of: #""control": "guest-os-patching", "owner": "customer""#, with: #""control": "guest-os-patching", "owner": "shared", "revision": 2, "awsPart": "A.", "customerPart": "C.""#
        )
        let bank = try BankLoader.load(directory: bank(cells: ["ec2.json": revised]))
        #expect(bank.question(id: "matrix.owner.ec2.guest-os-patching") == nil, "the old answer's question is retired")
        let question = try #require(bank.question(id: "matrix.owner.ec2.guest-os-patching.r2"))
        #expect(question.correctIndices == [2])
        #expect(MatrixQuestions.cell(ofOwnerQuestion: question.id)! == ("ec2", "guest-os-patching"))
        #expect(MatrixQuestions.cell(ofOwnerQuestion: "matrix.owner.ec2.guest-os-patching.x2") == nil)
        let tooHigh = Self.ec2Cells.replacingOccurrences(of: #""owner": "customer""#, with: #""owner": "customer", "revision": 1"#)
        #expect(try problems(["ec2.json": tooHigh]).contains { $0.contains("revision: is 1: a cell whose answer changed takes a revision from 2 to 99") })
    }

    @Test func generatedIDsDoNotDependOnWording() throws {
        let reworded = Self.ec2Cells.replacingOccurrences(of: "Because. Really.", with: "Other words entirely.")
        let first = try BankLoader.load(directory: bank(cells: ["ec2.json": Self.ec2Cells])).questions.map(\.id)
        let second = try BankLoader.load(directory: bank(cells: ["ec2.json": reworded])).questions.map(\.id)
        #expect(first == second)
        #expect(first.count == 5)
    }

    @Test func aServiceWithTwoCustomerAndTwoAWSCellsGetsAChooseTwoQuestion() throws {
        let rds = Self.cells("rds", [
            Self.cell("physical-security", "aws"), Self.cell("guest-os-patching", "aws"), Self.cell("identity-access", "customer"),
            Self.cell("data-classification", "customer"),
        ])
        let bank = try BankLoader.load(directory: bank(cells: ["rds.json": rds]))
        let pair = try #require(bank.question(id: "matrix.customer-pair.rds.identity-access.data-classification"))
        #expect(pair.kind == .multiple)
        #expect(pair.choices.map(\.text) == ["Identity and access", "Data classification", "Guest OS patching", "Physical security"])
        #expect(pair.correctIndices == [0, 1])
    }

    @Test func awsPatchingTheOSIsContrastedWithServicesWhereTheCustomerDoes() throws {
        var cells: [String: String] = [:]
        for service in ["ec2", "ecs-ec2", "eks"] {
            cells["\(service).json"] = Self.cells(service, [Self.cell("guest-os-patching", "customer")])
        }
        cells["rds.json"] = Self.cells("rds", [Self.cell("guest-os-patching", "aws")])
        let bank = try BankLoader.load(directory: bank(cells: cells))
        let question = try #require(bank.question(id: "matrix.contrast.guest-os-patching.rds"))
        #expect(question.prompt == "For which of these services is patching the operating system AWS's job rather than the customer's?")
        #expect(question.choices.map(\.text) == ["Amazon RDS", "Amazon EC2", "Amazon ECS on EC2", "Amazon EKS"])
        #expect(question.correctIndices == [0])
    }

    @Test(arguments: [
        (cell("guest-os-patching", "shared"), "cells/ec2.json: ec2.guest-os-patching: awsPart: missing: a shared cell says what AWS does"),
        (cell("guest-os-patching", "aws", extra: #", "awsPart": "x""#), "cells/ec2.json: ec2.guest-os-patching: awsPart: only shared cells take awsPart"),
        (cell("no-such-control", "aws"), #"cells/ec2.json: ec2.no-such-control: control: unknown control "no-such-control": add it to matrix/controls.json"#),
        (cell("guest-os-patching", "nobody"), #"cells/ec2.json: ec2.guest-os-patching: owner: "nobody" is not one of aws, customer, shared"#),
        (cell("guest-os-patching", "aws", extra: #", "explaination": "typo""#), "cells/ec2.json: ec2.guest-os-patching: explaination: unknown field"),
    ])
    func eachCellRuleIsReported(cell: String, expected: String) throws {
        let problems = try problems(["ec2.json": Self.cells("ec2", [cell])])
        #expect(problems.filter { $0.contains("customerPart") == false } == [expected])
    }

    @Test func aCellFileForAnUnknownServiceIsRefused() throws {
        #expect(try problems(["x.json": Self.cells("lightsail", [Self.cell("guest-os-patching", "aws")])]) == [
            #"cells/x.json: -: service: unknown service "lightsail": add it to matrix/services.json"#,
        ])
    }

    @Test func aDuplicateCellIsRefused() throws {
        let twice = Self.cells("ec2", [Self.cell("guest-os-patching", "aws"), Self.cell("guest-os-patching", "customer")])
        #expect(try problems(["ec2.json": twice]) == [
            "cells/ec2.json: ec2.guest-os-patching: control: duplicate: this service already has a cell for guest-os-patching",
        ])
    }

    @Test func theMatrixTopicMustBeListed() throws {
        let root = try bank(cells: ["ec2.json": Self.ec2Cells])
        try Data(#"{"schemaVersion": 1, "topics": [{"id": "basics", "title": "Basics"}]}"#.utf8).write(to: root.appendingPathComponent("topics.json"))
        let error = try #require(throws: BankError.self) { try BankLoader.load(directory: root) }
        #expect(error.problems.map(\.message) == [#"missing the topic "responsibility-matrix" that questions made from the matrix belong to"#])
    }
}

private extension Dictionary {
    func mapKeys<T: Hashable>(_ transform: (Key) -> T) -> [T: Value] {
        Dictionary<T, Value>(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
