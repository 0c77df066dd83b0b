import Foundation
import QuizCore

/// Matrices built in code for drill tests: a small one whose owners go by row, and a large one that
/// overflows an 80x24 screen in both directions.
public enum DrillFixtures {
    static let models = [
        ServiceModelInfo(id: .infrastructure, title: "Infrastructure services", cloudModel: "IaaS", description: "You run the OS."),
        ServiceModelInfo(id: .container, title: "Container services", cloudModel: "PaaS", description: "AWS runs the platform."),
        ServiceModelInfo(id: .abstracted, title: "Abstracted services", cloudModel: "SaaS", description: "You use an API."),
    ]

    static func service(_ id: String, _ name: String, _ shortName: String, _ model: ServiceModel) -> Service {
        Service(id: id, name: name, shortName: shortName, serviceModel: model, summary: "\(name) for tests.")
    }

    static func control(_ id: String, _ name: String) -> Control {
        Control(id: id, name: name, phrase: name.lowercased(), controlClass: nil)
    }

    static func cell(_ service: String, _ control: String, _ owner: Owner, condition: String? = nil) -> MatrixCell {
        MatrixCell(
            service: service, control: control, owner: owner,
            awsPart: owner == .shared ? "AWS does its part of \(control)." : nil,
            customerPart: owner == .shared ? "The customer does the rest of \(control)." : nil,
            condition: condition, difficulty: .easy,
            explanation: "Why \(control) in \(service) is \(owner.title)'s.", sources: [.seed(file: "000.txt")], checked: "2026-11-22"
        )
    }

    /// EC2, RDS and S3 by five controls: every EC2 cell is AWS's, every RDS cell the customer's and every S3
    /// cell shared; RDS has no cell for application code.
    public static let small: ResponsibilityMatrix = {
        let services = [
            service("ec2", "Amazon EC2", "EC2", .infrastructure), service("rds", "Amazon RDS", "RDS", .container),
            service("s3", "Amazon S3", "S3", .abstracted),
        ]
        let controls = [
            control("physical-security", "Physical security"), control("guest-os-patching", "Guest OS patching"),
            control("identity-access", "Identity and access"), control("encryption-at-rest", "Encryption at rest"),
            control("application-code", "Application code"),
        ]
        let owners: [String: Owner] = ["ec2": .aws, "rds": .customer, "s3": .shared]
        let cells = services.flatMap { service in
            controls.compactMap { control in
                service.id == "rds" && control.id == "application-code" ? nil : cell(service.id, control.id, owners[service.id]!)
            }
        }
        return ResponsibilityMatrix(serviceModels: models, services: services, controls: controls, cells: cells)
    }()

    /// Twelve services, four of each model, by twenty controls; owners follow a pattern, and a few pairs have no cell.
    public static let large: ResponsibilityMatrix = {
        let services = [
            service("ec2", "Amazon EC2", "EC2", .infrastructure), service("ebs", "Amazon EBS", "EBS", .infrastructure),
            service("vpc", "Amazon VPC", "VPC", .infrastructure), service("lightsail", "Amazon Lightsail", "Lightsail", .infrastructure),
            service("rds", "Amazon RDS", "RDS", .container), service("aurora", "Amazon Aurora", "Aurora", .container),
            service("eks", "Amazon EKS (managed node groups)", "EKS", .container),
            service("elastic-beanstalk", "AWS Elastic Beanstalk", "Beanstalk", .container),
            service("lambda", "AWS Lambda", "Lambda", .abstracted), service("s3", "Amazon S3", "S3", .abstracted),
            service("dynamodb", "Amazon DynamoDB", "DynamoDB", .abstracted), service("cloudfront", "Amazon CloudFront", "CloudFront", .abstracted),
        ]
        let names = [
            "Physical security", "Hardware lifecycle and media disposal", "Network infrastructure", "Host OS and hypervisor",
            "Guest OS patching", "Runtime or engine patching", "Application code", "Identity and access",
            "Multi-factor authentication", "Data classification", "Encryption at rest", "Encryption in transit",
            "Network and firewall configuration", "Backups and resilience", "High availability", "Logging and monitoring",
            "DDoS protection", "Compliance", "Awareness and training", "Configuration management",
        ]
        let controls = names.map { control($0.lowercased().replacingOccurrences(of: " ", with: "-"), $0) }
        var cells: [MatrixCell] = []
        for (row, service) in services.enumerated() {
            for (column, control) in controls.enumerated() where (row * 3 + column) % 11 != 5 {
                let owner = Owner.allCases[(row + column) % 3]
                let condition = column == 10 ? "Since 2023 new objects are encrypted by default." : nil
                cells.append(cell(service.id, control.id, owner, condition: condition))
            }
        }
        return ResponsibilityMatrix(serviceModels: models, services: services, controls: controls, cells: cells)
    }()

    public static func session(_ matrix: ResponsibilityMatrix, seed: UInt64 = 7) -> DrillSession {
        DrillSession(id: "d1", matrix: matrix, seed: seed, startedAt: Fixtures.start)
    }
}
