/// Where the ids of exported activities start: an absolute IRI ending in `:` or `/`. Each id adds a kind and a name
/// joined by that same character: `urn:srm-quiz:question:basics.physical-security`,
/// `https://lms.example.com/srm-quiz/module/training.your-data`.
public struct ActivityBase: Equatable, Sendable {
    /// `urn:srm-quiz:`: a URN is a valid activity id, and needs no domain of one's own.
    public static let standard = ActivityBase(checked: "urn:srm-quiz:")

    public let value: String

    private init(checked value: String) {
        self.value = value
    }

    /// A base as typed after `--activity-base`.
    public init(parsing text: String) throws(ExportOptionError) {
        guard IRIText.isAbsolute(text) else {
            throw ExportOptionError("--activity-base \(text): not an absolute IRI (it needs a scheme such as urn: or https:)")
        }
        guard text.hasSuffix(":") || text.hasSuffix("/") else {
            throw ExportOptionError("--activity-base \(text): must end in \":\" or \"/\", which then joins the parts of each activity id")
        }
        self.init(checked: text)
    }

    /// The id of one activity: the base, then each part made safe for an IRI, joined by the base's last character.
    func iri(_ parts: String...) -> String {
        value + parts.map(IRIText.segment).joined(separator: String(value.last!))
    }
}
