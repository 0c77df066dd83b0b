import QuizCore

/// What every view needs besides the state: the bank it asks from and the glyphs the terminal can show.
public struct ViewContext: Sendable {
    public let bank: Bank
    public let glyphs: Glyphs
    /// Grids (the assessment's matrix history) written as lists instead: plain mode, read line by line or aloud.
    public let gridsAsLists: Bool
    /// Which CLF-C02 tasks the bank serves, worked out once rather than on every frame.
    public let coverage: BankCoverage
    /// Where the records stand with the policy's LRS (the app's background sync sets it); nil without an LRS.
    public var lrsSync: SyncState?

    public init(bank: Bank, glyphs: Glyphs, gridsAsLists: Bool = false) {
        self.bank = bank
        self.glyphs = glyphs
        self.gridsAsLists = gridsAsLists
        coverage = BankCoverage(bank)
    }
}

extension ViewContext {
    /// `text` cut to `width` columns with an ellipsis on the full screen; whole in plain mode (`gridsAsLists`),
    /// which never cuts text.
    func fitted(_ text: String, width: Int) -> String {
        gridsAsLists ? text : TextWrap.truncated(text, width: width, ellipsis: glyphs.ellipsis)
    }
}
