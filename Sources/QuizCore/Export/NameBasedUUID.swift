import Crypto
import Foundation

/// Name-based UUIDs (version 5, RFC 4122 section 4.3): the same namespace and name always give the same UUID,
/// so exporting the same record twice gives the same statement id and a learning record store keeps one copy.
public enum NameBasedUUID {
    /// The RFC 4122 namespace for URLs, `6ba7b811-9dad-11d1-80b4-00c04fd430c8`.
    public static let urlNamespace = UUID(uuidString: "6ba7b811-9dad-11d1-80b4-00c04fd430c8")!
    /// The RFC 4122 namespace for domain names, `6ba7b810-9dad-11d1-80b4-00c04fd430c8`.
    public static let dnsNamespace = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!

    /// The version 5 UUID of `name` (its UTF-8 bytes) in `namespace`.
    public static func make(namespace: UUID, name: String) -> UUID {
        let space = namespace.uuid
        var bytes = [
            space.0, space.1, space.2, space.3, space.4, space.5, space.6, space.7,
            space.8, space.9, space.10, space.11, space.12, space.13, space.14, space.15,
        ]
        bytes.append(contentsOf: Array(name.utf8))
        var digest = Array(Insecure.SHA1.hash(data: bytes).prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        return UUID(uuid: (
            digest[0], digest[1], digest[2], digest[3], digest[4], digest[5], digest[6], digest[7],
            digest[8], digest[9], digest[10], digest[11], digest[12], digest[13], digest[14], digest[15]
        ))
    }
}
