/// One term a learner may meet in a question, explained in a sentence or two and sourced like every bank item.
public struct GlossaryTerm: Equatable, Sendable {
    public let term: String
    public let definition: String
    public let sources: [Source]
    public let checked: String

    public init(term: String, definition: String, sources: [Source], checked: String) {
        self.term = term
        self.definition = definition
        self.sources = sources
        self.checked = checked
    }
}
