import Foundation

/// The matrix printed without the TUI: an aligned text table that fits a width, Markdown, CSV or JSON.
public enum MatrixExport {
    /// One cell as JSON and CSV give it.
    public struct CellRecord: Codable, Equatable, Sendable {
        public let service: String
        public let serviceName: String
        public let serviceModel: String
        public let control: String
        public let controlName: String
        public let owner: String
        public let customerPart: String?
        public let awsPart: String?
        public let condition: String?
        public let explanation: String
        public let sources: [String]
    }

    public static func records(_ matrix: ResponsibilityMatrix) -> [CellRecord] {
        matrix.services.flatMap { service in
            matrix.controls.compactMap { control in
                matrix.cell(service: service.id, control: control.id).map { cell in
                    CellRecord(
                        service: service.id, serviceName: service.name, serviceModel: service.serviceModel.rawValue,
                        control: control.id, controlName: control.name, owner: cell.owner.rawValue,
                        customerPart: cell.customerPart, awsPart: cell.awsPart, condition: cell.condition,
                        explanation: cell.explanation, sources: cell.sources.map(\.citation)
                    )
                }
            }
        }
    }

    public static func json(_ matrix: ResponsibilityMatrix) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(records(matrix))) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }

    public static func csv(_ matrix: ResponsibilityMatrix) -> String {
        let header = ["service", "serviceName", "serviceModel", "control", "controlName", "owner", "customerPart", "awsPart", "condition", "explanation", "sources"]
        let rows = records(matrix).map { record in
            [record.service, record.serviceName, record.serviceModel, record.control, record.controlName, record.owner,
             record.customerPart ?? "", record.awsPart ?? "", record.condition ?? "", record.explanation,
             record.sources.joined(separator: "; ")]
        }
        return CSVTable.text(header: header, rows: rows)
    }

    /// One table per service model, controls down and services across, split into as many tables as the
    /// width needs; `*` marks a cell whose answer depends on a setting or a date.
    public static func text(_ matrix: ResponsibilityMatrix, width: Int) -> String {
        var out = "Who secures what: A = AWS, C = Customer, S = Shared; * depends on a setting or date.\n"
        let labelWidth = min(max(matrix.controls.map(\.name.count).max() ?? 0, 7), 40)
        for model in ServiceModel.allCases {
            let services = matrix.services.filter { $0.serviceModel == model }
            guard !services.isEmpty else { continue }
            let info = matrix.model(model)
            out += "\n\(info?.title ?? model.rawValue)" + (info.map { " (\($0.cloudModel))" } ?? "") + "\n"
            for chunk in chunks(services, labelWidth: labelWidth, width: width) {
                out += trimmed(pad("", labelWidth) + chunk.map { " " + pad($0.shortName, columnWidth($0)) }.joined()) + "\n"
                for control in matrix.controls {
                    let name = control.name.count > labelWidth ? String(control.name.prefix(labelWidth - 1)) + "…" : control.name
                    var line = pad(name, labelWidth)
                    for service in chunk {
                        let cell = matrix.cell(service: service.id, control: control.id)
                        let mark = cell.map { letter($0.owner) + ($0.condition == nil ? "" : "*") } ?? "-"
                        line += " " + pad(mark, columnWidth(service))
                    }
                    out += trimmed(line) + "\n"
                }
            }
        }
        return out
    }

    /// The matrix as Markdown: a table per service model, owners written out.
    public static func markdown(_ matrix: ResponsibilityMatrix) -> String {
        var out = "# The AWS Shared Responsibility Model, service by service\n\n"
        out += "Who secures what: AWS, Customer or Shared; * where the answer depends on a setting or a date.\n"
        for model in ServiceModel.allCases {
            let services = matrix.services.filter { $0.serviceModel == model }
            guard !services.isEmpty else { continue }
            let info = matrix.model(model)
            out += "\n## \(info?.title ?? model.rawValue)" + (info.map { " (\($0.cloudModel))" } ?? "") + "\n\n"
            if let description = info?.description { out += description + "\n\n" }
            out += "| Control | " + services.map { markdownEscaped($0.name) }.joined(separator: " | ") + " |\n"
            out += "|---|" + services.map { _ in "---|" }.joined() + "\n"
            for control in matrix.controls {
                let cells = services.map { service -> String in
                    guard let cell = matrix.cell(service: service.id, control: control.id) else { return "-" }
                    return cell.owner.title + (cell.condition == nil ? "" : "*")
                }
                out += "| \(markdownEscaped(control.name)) | " + cells.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    private static func markdownEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    private static func letter(_ owner: Owner) -> String {
        switch owner {
        case .aws: "A"
        case .customer: "C"
        case .shared: "S"
        }
    }

    private static func columnWidth(_ service: Service) -> Int {
        max(service.shortName.count, 2)
    }

    private static func chunks(_ services: [Service], labelWidth: Int, width: Int) -> [[Service]] {
        var result: [[Service]] = [[]]
        var used = labelWidth
        for service in services {
            let needed = 1 + columnWidth(service)
            if used + needed > width, !result[result.count - 1].isEmpty {
                result.append([])
                used = labelWidth
            }
            result[result.count - 1].append(service)
            used += needed
        }
        return result
    }

    private static func trimmed(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
