/// How an owner question is put and answered, whether written by hand or generated from the matrix.
enum OwnerQuestion {
    static func prompt(control: String, service: String) -> String {
        "Who is responsible for \(control) in \(service)?"
    }

    /// AWS, Customer and Shared, always in that order (one shared list per owner, however many questions).
    static func choices(_ owner: Owner) -> [Choice] {
        choicesByOwner[owner]!
    }

    private static let choicesByOwner = Dictionary(uniqueKeysWithValues: Owner.allCases.map { owner in
        (owner, Owner.allCases.map { Choice(text: $0.title, isCorrect: $0 == owner, why: "") })
    })
}
