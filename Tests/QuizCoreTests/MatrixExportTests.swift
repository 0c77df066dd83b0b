import Foundation
import Testing
@testable import QuizCore

@Suite struct MatrixExportTests {
    let matrix: ResponsibilityMatrix = {
        let services = (1...9).map { number in
            Service(id: "s\(number)", name: "Service \(number)", shortName: "Svc\(number)", serviceModel: number <= 3 ? .infrastructure : .abstracted, summary: "S.")
        }
        let controls = [
            Control(id: "physical-security", name: "Physical security", phrase: "guarding", controlClass: .inherited),
            Control(id: "encryption-at-rest", name: "Encryption at rest", phrase: "encrypting", controlClass: .shared),
        ]
        var cells: [MatrixCell] = []
        for service in services {
            cells.append(MatrixCell(service: service.id, control: "physical-security", owner: .aws, awsPart: nil, customerPart: nil, condition: nil, difficulty: .easy, explanation: "AWS guards, always.", sources: [.seed(file: "000.txt")], checked: "2026-11-22"))
            cells.append(MatrixCell(service: service.id, control: "encryption-at-rest", owner: .shared, awsPart: "Encrypts by default.", customerPart: "Chooses keys, \"carefully\".", condition: "Since 2023, on by default.", difficulty: .medium, explanation: "Both, sides.", sources: [.page(title: "Page", url: "https://example.com/p")], checked: "2026-11-22"))
        }
        let models = [ServiceModelInfo(id: .infrastructure, title: "Infrastructure services", cloudModel: "IaaS", description: "You run the OS.")]
        return ResponsibilityMatrix(serviceModels: models, services: services, controls: controls, cells: cells)
    }()

    @Test func theTextTableFitsTheWidthAndMarksConditions() {
        for width in [40, 60, 80, 200] {
            let text = MatrixExport.text(matrix, width: width)
            for line in text.split(separator: "\n").dropFirst() {
                #expect(line.count <= width, "\(line.count) > \(width): \(line)")
            }
            #expect(text.contains("Infrastructure services (IaaS)"))
            #expect(text.contains("S*"))
        }
        let narrow = MatrixExport.text(matrix, width: 40)
        #expect(narrow.components(separatedBy: "Physical security").count - 1 > 2, "a narrow table is split into several")
    }

    @Test func jsonHasOneRecordPerCellWithTheIssueFields() throws {
        let records = try JSONSerialization.jsonObject(with: Data(MatrixExport.json(matrix).utf8)) as? [[String: Any]]
        #expect(records?.count == 18)
        let first = try #require(records?.first)
        for key in ["service", "serviceModel", "control", "owner", "explanation", "sources"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        let shared = try #require(records?.first { $0["owner"] as? String == "shared" })
        #expect(shared["customerPart"] as? String == "Chooses keys, \"carefully\".")
        #expect(shared["awsPart"] as? String == "Encrypts by default.")
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        let lines = MatrixExport.csv(matrix).components(separatedBy: "\r\n")
        #expect(lines[0] == "service,serviceName,serviceModel,control,controlName,owner,customerPart,awsPart,condition,explanation,sources")
        #expect(lines[2] == #"s1,Service 1,infrastructure,encryption-at-rest,Encryption at rest,shared,"Chooses keys, ""carefully"".",Encrypts by default.,"Since 2023, on by default.","Both, sides.",Page <https://example.com/p>"#)
        #expect(lines.count == 20)
    }

    @Test func markdownHasATablePerServiceModel() {
        let markdown = MatrixExport.markdown(matrix)
        #expect(markdown.contains("## Infrastructure services (IaaS)"))
        #expect(markdown.contains("| Control | Service 1 | Service 2 | Service 3 |"))
        #expect(markdown.contains("| Encryption at rest | Shared* | Shared* | Shared* |"))
    }
}
