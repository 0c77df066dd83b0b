import QuizCore

/// What every view needs besides the state: the bank it asks from and the glyphs the terminal can show.
public struct ViewContext: Sendable {
    public let bank: Bank
    public let glyphs: Glyphs

    public init(bank: Bank, glyphs: Glyphs) {
        self.bank = bank
        self.glyphs = glyphs
    }
}
