import Foundation

/// A question and its memory card, as the review queue lists them.
public struct DueCard: Equatable, Sendable {
    public let questionID: String
    public let card: Card

    public init(questionID: String, card: Card) {
        self.questionID = questionID
        self.card = card
    }
}
