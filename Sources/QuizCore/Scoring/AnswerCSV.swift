import Foundation

/// Every answer of a profile as CSV, one row each, for a spreadsheet: times ISO 8601 in UTC with milliseconds,
/// `correct` as true or false (true only at full credit), `chosen` the bank indices of the options picked joined
/// with `;`, `serviceModel` as the bank has the question now (empty when it is about no one model or has left the
/// bank), and `credit` from 0 to 1 (see `Credit`: `0.5` for a half-right drill cell).
public enum AnswerCSV {
    public static let header = [
        "answeredAt", "profile", "session", "mode", "questionId", "topic", "serviceModel", "correct", "seconds", "confidence", "chosen", "credit",
    ]

    public static func csv(_ progress: ProgressFile, bank: Bank) -> String {
        let catalog = QuestionCatalog(bank)
        let rows = progress.answers.map { answer in
            [
                ISODate.text(answer.answeredAt), progress.profile, answer.session, answer.mode, answer.questionId, answer.topic,
                catalog.serviceModel(of: answer.questionId)?.rawValue ?? "", answer.correct ? "true" : "false",
                String(answer.seconds), answer.confidence?.rawValue ?? "", answer.chosen.map(String.init).joined(separator: ";"),
                Credit.text(answer.credit),
            ]
        }
        return CSVTable.text(header: header, rows: rows)
    }
}
