import QuizCore

/// The exam start screen in plain mode: each row has a number that chooses a length or ticks a task or topic, an
/// empty line starts the exam, q goes back.
enum PlainExamStart {
    static func prompt(_ start: ExamStart) -> String {
        let rows = start.rows.enumerated().map { "\($0.offset + 1) \(label($0.element))" }.joined(separator: ", ")
        return "Enter starts the exam. A number chooses a length or ticks a task or topic (\(rows)); q goes back: "
    }

    static func read(_ line: String, in start: ExamStart) -> PlainFlow.Reading {
        let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
        if typed.isEmpty { return .events([.examStart(.started)]) }
        if typed == "q" { return .events([.homeRequested]) }
        guard let number = Int(typed), start.rows.indices.contains(number - 1) else {
            return .again("Type a number from 1 to \(start.rows.count), Enter to start, or q to go back.")
        }
        return .events([.examStart(.highlightMoved(by: number - 1 - start.highlighted)), .examStart(.highlightedRowToggled)])
    }

    private static func label(_ row: ExamStart.Row) -> String {
        switch row {
        case .length(let length): "\(length.questionCount) questions in \(length.minutes) minutes"
        case .task(let task): "task \(task.id)"
        case .topic(let topic): "topic \(topic)"
        }
    }
}
