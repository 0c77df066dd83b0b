/// How an owner question is put and answered, whether written by hand or generated from the matrix.
public enum OwnerQuestion {
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

    /// Why picking `picked` is right or wrong when the duty is `actual`'s: what an owner question's choices carry
    /// in place of a written reason, true of every cell by construction.
    public static func reason(picked: Owner, actual: Owner) -> String {
        switch (picked, actual) {
        case (.aws, .aws): "AWS does all of this here; nothing of it is left to the customer."
        case (.customer, .customer): "All of this is the customer's here; AWS takes no part of it."
        case (.shared, .shared): "Both sides have a part here: AWS does its part and the customer does the rest."
        case (.customer, .aws): "The customer has no part in this here: AWS does all of it."
        case (.shared, .aws): "Nothing of this is left to the customer here, so it is not shared: it is all AWS's."
        case (.aws, .customer): "AWS does not do this here: it is left to the customer."
        case (.shared, .customer): "AWS takes no part of this here, so it is not shared: it is all the customer's."
        case (.aws, .shared): "AWS does only its own part of this; the customer has a part too."
        case (.customer, .shared): "The customer does only its own part of this; AWS has a part too."
        }
    }

    /// The owner each choice of an owner question names, in the choices' order.
    public static func owners(of question: Question) -> [Owner]? {
        guard question.kind == .owner, question.choices.count == Owner.allCases.count else { return nil }
        return Array(Owner.allCases)
    }
}
