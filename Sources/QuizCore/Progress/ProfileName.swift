/// A profile name that is safe to use as a file name: letters, digits, `.`, `_` and `-`, not starting with `.`, and
/// not ending in a suffix srm-quiz gives a profile's own files (profile `bob.exam` would be `bob`'s saved exam).
public struct ProfileName: Equatable, Sendable, CustomStringConvertible {
    public static let maximumLength = 64
    /// The suffixes of a profile's files (`PROFILE.json`, `.journal`, `.lock`, `.exam.json`), which no name may end in.
    public static let reservedSuffixes = [".exam", ".journal", ".lock", ".json"]
    public let value: String

    public struct Invalid: Error, Equatable, Sendable, CustomStringConvertible {
        public let name: String
        public let reason: String
        public var description: String { "invalid profile name \"\(name.debugDescription.dropFirst().dropLast())\": \(reason)" }
    }

    public init(_ value: String) throws(Invalid) {
        guard !value.isEmpty else { throw Invalid(name: value, reason: "it is empty") }
        guard value.count <= Self.maximumLength else {
            throw Invalid(name: value, reason: "it is longer than \(Self.maximumLength) characters")
        }
        guard value.unicodeScalars.allSatisfy(Self.isAllowed) else {
            throw Invalid(name: value, reason: "use only letters, digits, '.', '_' and '-'")
        }
        guard !value.hasPrefix(".") else { throw Invalid(name: value, reason: "it may not start with '.'") }
        if let suffix = Self.reservedSuffixes.first(where: value.lowercased().hasSuffix) {
            throw Invalid(
                name: value,
                reason: "it ends in \"\(suffix)\", which srm-quiz keeps for a profile's own files (profile \(value.dropLast(suffix.count))'s); choose another name"
            )
        }
        self.value = value
    }

    public var description: String { value }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
    }
}
