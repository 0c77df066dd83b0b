/// How an owner question is put and answered, whether written by hand or generated from the matrix.
enum OwnerQuestion {
    static func prompt(control: String, service: String) -> String {
        "Who is responsible for \(control) in \(service)?"
    }

    /// AWS, Customer and Shared, always in that order.
    static func choices(_ owner: Owner) -> [Choice] {
        Owner.allCases.map { Choice(text: $0.title, isCorrect: $0 == owner, why: "") }
    }
}
