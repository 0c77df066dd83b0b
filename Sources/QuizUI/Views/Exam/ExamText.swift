import QuizCore

/// Words and numbers the exam's screens share.
enum ExamText {
    /// "89:41": minutes and seconds, rounded up so that 0:00 shows only when time is up.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(max(0, seconds).rounded(.up))
        let remainder = whole % 60
        return "\(whole / 60):\(remainder < 10 ? "0" : "")\(remainder)"
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// "1 task or topic", "3 tasks and topics": for nouns whose plural is not an added s.
    static func plural(_ count: Int, _ noun: String, plural: String) -> String {
        "\(count) \(count == 1 ? noun : plural)"
    }

    /// `text` followed by spaces up to `width` display columns.
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// Spaces then `text`, `width` display columns in all.
    static func rightAligned(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    static func warning(_ warning: TimeWarning) -> String {
        "\(warning.minutesLeft) minutes left: the exam is submitted as it stands when time runs out."
    }
}
