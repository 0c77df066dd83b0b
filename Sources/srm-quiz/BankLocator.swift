import Foundation
import QuizCore

/// Finds the bundled QuestionBank/ wherever the binary runs from.
enum BankLocator {
    static let folderName = "QuestionBank"

    /// In order: `<prefix>/share/srm-quiz/QuestionBank` beside an installed binary, a QuestionBank/ in a
    /// folder above the binary (a build inside the repository), and the repository the binary was built from.
    static func candidates(executable: URL, sourceFile: String = #filePath) -> [URL] {
        let binDirectory = executable.deletingLastPathComponent()
        var urls = [binDirectory.deletingLastPathComponent().appendingPathComponent("share/srm-quiz/\(folderName)")]
        var folder = binDirectory
        while folder.path != "/" {
            urls.append(folder.appendingPathComponent(folderName))
            folder = folder.deletingLastPathComponent()
        }
        let repository = URL(fileURLWithPath: sourceFile)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        urls.append(repository.appendingPathComponent(folderName))
        return urls
    }

    static func bundledBank() throws(Failure) -> URL {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let found = candidates(executable: executable).first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(BankLoader.topicsFileName).path)
        }
        guard let found else {
            throw Failure("cannot find the bundled question bank near \(executable.path); pass --bank DIR", code: .io)
        }
        return found
    }
}
