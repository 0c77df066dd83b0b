import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a policy's learning record store is and how srm-quiz signs in to it and names the learner there (the
/// policy's `lrs` section). The secret itself is never held here: only where to read it, when a sync needs it.
public struct LRSSettings: Equatable, Sendable {
    /// The xAPI endpoint, an http or https address (statements go to `ENDPOINT/statements`).
    public let endpoint: String
    /// The key (user name) of HTTP Basic authentication.
    public let key: String
    public let secret: Secret
    public let actor: ActorNaming

    public init(endpoint: String, key: String, secret: Secret, actor: ActorNaming) {
        self.endpoint = endpoint
        self.key = key
        self.secret = secret
        self.actor = actor
    }

    /// Where the secret of HTTP Basic authentication is read from.
    public enum Secret: Equatable, Sendable {
        /// An environment variable's name.
        case environment(String)
        /// A file only its owner may read (mode 0600 or 0400).
        case file(String)
    }

    /// How the learner is named in the statements.
    public enum ActorNaming: Equatable, Sendable {
        /// An account at the organisation's home page, named by the profile (the login).
        case account(homePage: String)
        /// The learner's email address from a roster (a CSV with `login` and `email` columns).
        case mbox(roster: String)
    }

    /// The same settings with another endpoint (`--lrs URL`).
    public func with(endpoint: String) -> LRSSettings {
        LRSSettings(endpoint: endpoint, key: key, secret: secret, actor: actor)
    }

    /// Why `text` cannot be an LRS endpoint, or nil: an http or https address with a host.
    public static func endpointProblem(_ text: String) -> String? {
        let lowered = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lowered.hasPrefix) else {
            return "\"\(text)\" is not an http or https address"
        }
        let host = lowered.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty else { return "\"\(text)\" names no host" }
        guard !text.contains("?"), !text.contains("#"), !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) else {
            return "\"\(text)\" must be a plain address, without spaces, ? or #"
        }
        return nil
    }

    /// The secret, read now; what is wrong names the variable or file, never the secret.
    public func readSecret(environment: [String: String]) throws(LRSSettingsError) -> String {
        switch secret {
        case .environment(let name):
            guard let value = environment[name], !value.isEmpty else {
                throw LRSSettingsError("the LRS secret is read from the environment variable \(name), which is not set")
            }
            return value
        case .file(let path):
            return try Self.readSecretFile(path)
        }
    }

    /// A secret file's first line; refused when others may read or write it, or when it is not a regular file.
    private static func readSecretFile(_ path: String) throws(LRSSettingsError) -> String {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            throw LRSSettingsError("the LRS secret file \(path) cannot be opened: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw LRSSettingsError("the LRS secret file \(path) is not a regular file")
        }
        let mode = status.st_mode & 0o777
        guard mode & 0o077 == 0 else {
            throw LRSSettingsError(
                "the LRS secret file \(path) has mode \(String(mode, radix: 8)), which lets others read it: "
                    + "srm-quiz reads a secret only from a file no one else may read (chmod 600 \(path))"
            )
        }
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        guard count > 0 else { throw LRSSettingsError("the LRS secret file \(path) is empty or cannot be read") }
        let text = String(decoding: bytes[0..<count], as: UTF8.self)
        let secret = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard !secret.isEmpty else { throw LRSSettingsError("the LRS secret file \(path) has an empty first line") }
        return secret
    }

    /// The actor for `profile`, as the policy names learners (a roster is read for `mbox`).
    public func actor(for profile: String) throws(LRSSettingsError) -> XAPIActor {
        switch actor {
        case .account(let homePage):
            return .account(homePage: homePage, name: profile)
        case .mbox(let rosterPath):
            let roster: Roster
            do {
                roster = try Roster.load(URL(fileURLWithPath: rosterPath))
            } catch {
                throw LRSSettingsError("the roster the policy's lrs section names cannot be used: \(error)")
            }
            guard let person = roster.people.first(where: { $0.login == profile }) else {
                throw LRSSettingsError("the roster \(rosterPath) has no row for login \(profile), so the LRS cannot be told who this is")
            }
            do {
                return try XAPIActor(parsing: "mailto:\(person.email)")
            } catch {
                throw LRSSettingsError("the roster \(rosterPath), line \(person.line): \"\(person.email)\" is not an email address")
            }
        }
    }
}

/// Why the LRS settings cannot be used now (the secret or the roster); the message never holds the secret.
public struct LRSSettingsError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
