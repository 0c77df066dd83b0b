import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The policy's `lrs` section: read strictly with every problem named, and the secret read only from the named
/// variable or a file no one else may read, never shown.
@Suite struct PolicyLRSTests {
    static func policy(lrs: String) -> String {
        PolicyLoaderTests.changing("lrs", to: lrs)
    }

    @Test func anAccountSectionIsRead() throws {
        let policy = try PolicyLoaderTests.read(Self.policy(lrs: """
            {"endpoint": "https://lrs.example.com/xAPI/", "key": "srm", "secretEnvironment": "LRS_SECRET",
             "actor": "account", "homePage": "https://example.com"}
            """))
        #expect(policy.lrs == LRSSettings(
            endpoint: "https://lrs.example.com/xAPI/", key: "srm", secret: .environment("LRS_SECRET"), actor: .account(homePage: "https://example.com")
        ))
        #expect(try policy.lrs?.actor(for: "ada") == .account(homePage: "https://example.com", name: "ada"))
    }

    @Test func relativeFilesAreTakenFromThePolicysFolder() throws {
        let policy = try PolicyLoaderTests.read(Self.policy(lrs: """
            {"endpoint": "http://127.0.0.1:8100/xAPI", "key": "srm", "secretFile": "lrs-secret", "actor": "mbox", "roster": "people.csv"}
            """))
        #expect(policy.lrs?.secret == .file("/etc/lrs-secret"))
        #expect(policy.lrs?.actor == .mbox(roster: "/etc/people.csv"))
    }

    @Test func withoutTheSectionThereIsNoLRS() throws {
        #expect(try PolicyLoaderTests.read(PolicyLoaderTests.good).lrs == nil)
    }

    @Test(arguments: [
        (#"{"endpoint": "ftp://x", "key": "k", "secretEnvironment": "S", "actor": "account", "homePage": "https://e.com"}"#, "lrs.endpoint: \"ftp://x\" is not an http or https address"),
        (#"{"key": "k", "secretEnvironment": "S", "actor": "account", "homePage": "https://e.com"}"#, "lrs.endpoint: missing"),
        (#"{"endpoint": "https://l.com", "key": "k", "actor": "account", "homePage": "https://e.com"}"#, "lrs: names no secret"),
        (#"{"endpoint": "https://l.com", "key": "k", "secretEnvironment": "S", "secretFile": "f", "actor": "account", "homePage": "https://e.com"}"#, "lrs: gives both"),
        (#"{"endpoint": "https://l.com", "key": "k", "secretEnvironment": "S", "actor": "email"}"#, "lrs.actor: is \"email\""),
        (#"{"endpoint": "https://l.com", "key": "k", "secretEnvironment": "S", "actor": "mbox"}"#, "lrs.roster: missing"),
        (#"{"endpoint": "https://l.com", "key": "k", "secretEnvironment": "S", "actor": "account", "homePage": "https://e.com", "secret": "x"}"#, "lrs.secret: unknown field"),
        (#""https://l.com""#, "lrs: is \"https://l.com\": expected an object"),
    ])
    func problemsAreNamedWithTheirField(section: String, expected: String) {
        let problems = PolicyLoaderTests.problems(Self.policy(lrs: section))
        #expect(problems.contains { $0.contains(expected) }, "\(problems)")
    }

    @Test func everyProblemOfTheSectionIsNamedAtOnce() {
        let problems = PolicyLoaderTests.problems(Self.policy(lrs: #"{"endpoint": "nope", "actor": "mbox", "homePage": "https://e.com"}"#))
        #expect(problems.count == 5, "\(problems)")
    }

    @Test func theSecretComesFromTheNamedVariable() throws {
        let settings = LRSSettings(endpoint: "https://l.com", key: "k", secret: .environment("LRS_SECRET"), actor: .account(homePage: "https://e.com"))
        #expect(try settings.readSecret(environment: ["LRS_SECRET": "s3cret"]) == "s3cret")
        #expect(throws: LRSSettingsError("the LRS secret is read from the environment variable LRS_SECRET, which is not set")) {
            try settings.readSecret(environment: [:])
        }
    }

    @Test func aSecretFileOthersMayReadIsRefusedWithoutShowingTheSecret() throws {
        let file = try Fixtures.temporaryDirectory().appendingPathComponent("secret")
        try Data("s3cret\n".utf8).write(to: file)
        let settings = LRSSettings(endpoint: "https://l.com", key: "k", secret: .file(file.path), actor: .account(homePage: "https://e.com"))
        chmod(file.path, 0o644)
        do {
            _ = try settings.readSecret(environment: [:])
            Issue.record("a 0644 secret file was read")
        } catch {
            #expect(error.description.contains("mode 644"))
            #expect(error.description.contains(file.path))
            #expect(!error.description.contains("s3cret"))
        }
        chmod(file.path, 0o600)
        #expect(try settings.readSecret(environment: [:]) == "s3cret")
    }

    @Test func anMboxActorComesFromTheRoster() throws {
        let roster = try Fixtures.temporaryDirectory().appendingPathComponent("people.csv")
        try Data("login,email\nada,Ada@Example.COM\n".utf8).write(to: roster)
        let settings = LRSSettings(endpoint: "https://l.com", key: "k", secret: .environment("S"), actor: .mbox(roster: roster.path))
        #expect(try settings.actor(for: "ada") == .mbox("mailto:Ada@example.com"))
        #expect(throws: LRSSettingsError.self) { try settings.actor(for: "bob") }
    }
}
