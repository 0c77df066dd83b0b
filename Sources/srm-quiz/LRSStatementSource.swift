import Foundation
import LRS
import QuizCore

/// The statements a learning record store holds, read page by page with GET /statements (xAPI 1.0.3, the policy's
/// key and secret), following each `more` link. Every statement comes back and `XAPIRecords` keeps this app's:
/// filtering by activity or verb on the LRS is not relied on, as not every LRS implements it.
struct LRSStatementSource: StatementSource {
    /// Statements asked for per page.
    static let pageSize = 500

    let connection: LRSConnection
    /// False with `--refresh`: every statement is read again (and the cache rebuilt).
    var usesCache = true

    var name: String { connection.endpoint }

    /// The source for `report --lrs URL`: the endpoint given, signed in with the policy's `lrs` key and secret.
    static func resolve(endpoint: String, policy: Policy?, timeout: Duration, refresh: Bool) throws(Failure) -> LRSStatementSource {
        if let problem = LRSSettings.endpointProblem(endpoint) { throw Failure("--lrs: \(problem)", code: .usage) }
        guard let settings = policy?.lrs else {
            throw Failure(
                "--lrs \(endpoint): the LRS's key and secret come from the policy's lrs section, and "
                    + (policy.map { "the policy \($0.file) has none" } ?? "no policy is in force (give --policy FILE)"),
                code: .usage
            )
        }
        do {
            let secret = try settings.readSecret(environment: ProcessInfo.processInfo.environment)
            let connection = LRSConnection(endpoint: endpoint, key: settings.key, secret: secret, timeout: timeout)
            return LRSStatementSource(connection: connection, usesCache: !refresh)
        } catch {
            throw Failure(error.description, code: .io)
        }
    }

    func read(into records: inout XAPIRecords) throws(Failure) {
        let client = LRSClient(connection)
        defer { waitFor { await client.shutdown() } }
        let cache = LRSStatementCache(endpoint: connection.endpoint, key: connection.key)
        if !usesCache { cache.clear() }
        var cached = cache.pages()
        let before = records
        do throws(XAPIRecords.Failure) {
            for page in cached { try records.add(page) }
        } catch {
            cache.clear()
            cached = []
            records = before
        }
        var next: String? = client.firstPage(limit: Self.pageSize, since: LRSStatementCache.since(after: cached))
        var pages = cached.count
        while let url = next {
            let outcome = waitFor { await client.get(url) }
            switch outcome {
            case .page(let body):
                do throws(XAPIRecords.Failure) {
                    next = try records.add(body).map(client.absolute)
                } catch {
                    throw Failure("\(name): page \(pages + 1) of statements: \(error.description)", code: .data)
                }
                pages += 1
                cache.keep(body, number: pages)
            case .denied(_, let reason):
                throw Failure("\(name): the LRS refused the policy's key for reading statements (\(reason))", code: .denied)
            case .failing(_, let reason):
                throw Failure("\(name): the LRS failed to give statements (\(reason)); try again later", code: .unavailable)
            case .unreachable(let cause):
                throw Failure("\(name): the LRS cannot be reached (\(cause)); try again later", code: .unavailable)
            }
        }
    }
}
