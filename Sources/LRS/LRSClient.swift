import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import QuizCore

/// Where the LRS is and how to sign in: the secret is held only here, in memory, and never printed.
public struct LRSConnection: Sendable {
    public let endpoint: String
    public let key: String
    let secret: String
    /// How long one request may take, connecting included, before it counts as a timeout.
    public let timeout: Duration

    public init(endpoint: String, key: String, secret: String, timeout: Duration) {
        self.endpoint = endpoint
        self.key = key
        self.secret = secret
        self.timeout = timeout
    }

    /// `ENDPOINT/statements`, with one slash between.
    public var statementsURL: String {
        endpoint.hasSuffix("/") ? endpoint + "statements" : endpoint + "/statements"
    }
}

/// What the LRS answered to one POST of statements.
public enum PostOutcome: Equatable, Sendable {
    /// 200 or 204: every statement in the body is stored (or was already, the same).
    case stored
    /// 409, or 400: the LRS refuses the body whole (a statement it holds differently, or one it cannot take).
    case refused(status: Int, reason: String)
    /// 401 or 403: the key or secret is wrong, or lacks the right to write statements.
    case denied(status: Int, reason: String)
    /// Another status (5xx and the like): the LRS is there but failing; worth trying again later.
    case failing(status: Int, reason: String)
    /// No answer: refused connection, unknown host, timeout.
    case unreachable(cause: String)
}

/// What the LRS answered to one GET of statements.
public enum GetOutcome: Equatable, Sendable {
    /// 200: one page of a statement result (`{"statements": [...], "more": "..."}`).
    case page(Data)
    /// 401 or 403: the key or secret is wrong, or lacks the right to read statements.
    case denied(status: Int, reason: String)
    /// Another status.
    case failing(status: Int, reason: String)
    /// No answer: refused connection, unknown host, timeout.
    case unreachable(cause: String)
}

/// Sends statements to an LRS over HTTP (AsyncHTTPClient over SwiftNIO): xAPI 1.0.3 headers, HTTP Basic
/// authentication, a deadline on every request. Call `shutdown()` when done.
public final class LRSClient: Sendable {
    /// The xAPI version every request names in its `X-Experience-API-Version` header.
    public static let xAPIVersion = "1.0.3"
    /// The most of an answer's body kept for a message.
    static let answerBytes = 1 << 16

    public let connection: LRSConnection
    private let http: HTTPClient

    public init(_ connection: LRSConnection) {
        self.connection = connection
        let seconds = Int64(connection.timeout.components.seconds)
        var configuration = HTTPClient.Configuration(
            timeout: HTTPClient.Configuration.Timeout(connect: .seconds(max(1, seconds)), read: .seconds(max(1, seconds)))
        )
        configuration.redirectConfiguration = .disallow
        // A refused connection fails at once rather than being retried until the deadline: LRSSync's own tries,
        // with their pauses, decide how long to insist.
        configuration.connectionPool.retryConnectionEstablishment = false
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// POSTs `statements` (each one statement's JSON) as one JSON array.
    public func post(_ statements: [Data]) async -> PostOutcome {
        var body = ByteBuffer()
        body.reserveCapacity(statements.reduce(2) { $0 + $1.count + 1 })
        body.writeString("[")
        for (index, statement) in statements.enumerated() {
            if index > 0 { body.writeString(",") }
            body.writeBytes(statement)
        }
        body.writeString("]")
        var request = HTTPClientRequest(url: connection.statementsURL)
        request.method = .POST
        request.headers.add(name: "X-Experience-API-Version", value: Self.xAPIVersion)
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Authorization", value: authorization)
        request.body = .bytes(body)
        do {
            let response = try await http.execute(request, timeout: .nanoseconds(Int64(connection.timeout.components.seconds) * 1_000_000_000))
            let answer = try await response.body.collect(upTo: Self.answerBytes)
            let status = Int(response.status.code)
            let reason = Self.reason(status: response.status, body: answer)
            switch status {
            case 200, 204: return .stored
            case 400, 409: return .refused(status: status, reason: reason)
            case 401, 403: return .denied(status: status, reason: reason)
            default: return .failing(status: status, reason: reason)
            }
        } catch {
            return .unreachable(cause: Self.cause(error))
        }
    }

    /// The most of one page of statements kept: far above what a page of `limit` statements holds.
    static let pageBytes = 256 << 20

    /// GETs one page of statements at `url` (the first, or a `more` link made absolute with `absolute(_:)`).
    public func get(_ url: String) async -> GetOutcome {
        var request = HTTPClientRequest(url: url)
        request.method = .GET
        request.headers.add(name: "X-Experience-API-Version", value: Self.xAPIVersion)
        request.headers.add(name: "Authorization", value: authorization)
        do {
            let response = try await http.execute(request, timeout: .nanoseconds(Int64(connection.timeout.components.seconds) * 1_000_000_000))
            let status = Int(response.status.code)
            guard status == 200 else {
                let answer = try await response.body.collect(upTo: Self.answerBytes)
                let reason = Self.reason(status: response.status, body: answer)
                return status == 401 || status == 403 ? .denied(status: status, reason: reason) : .failing(status: status, reason: reason)
            }
            let page = try await response.body.collect(upTo: Self.pageBytes)
            return .page(Data(page.readableBytesView))
        } catch {
            return .unreachable(cause: Self.cause(error))
        }
    }

    /// The first page's address: `ENDPOINT/statements` with `limit`, and `since` (stored after it) when given.
    public func firstPage(limit: Int, since: String? = nil) -> String {
        var url = connection.statementsURL + "?limit=\(limit)"
        if let since, let encoded = since.addingPercentEncoding(withAllowedCharacters: .alphanumerics) { url += "&since=" + encoded }
        return url
    }

    /// A `more` link made absolute: xAPI gives it relative to the LRS's scheme, host and port.
    public func absolute(_ more: String) -> String {
        if more.hasPrefix("http://") || more.hasPrefix("https://") { return more }
        guard let endpoint = URL(string: connection.endpoint), let scheme = endpoint.scheme, let host = endpoint.host else { return more }
        let port = endpoint.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(host)\(port)" + (more.hasPrefix("/") ? more : "/" + more)
    }

    public func shutdown() async {
        try? await http.shutdown()
    }

    private var authorization: String {
        "Basic " + Data("\(connection.key):\(connection.secret)".utf8).base64EncodedString()
    }

    /// The status and the LRS's own words (Ralph says `{"detail": …}`), on one line and short.
    static func reason(status: HTTPResponseStatus, body: ByteBuffer) -> String {
        var words = body.getString(at: body.readerIndex, length: body.readableBytes) ?? ""
        if let data = words.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let detail = object["detail"] {
            words = detail as? String ?? "\(detail)"
        }
        let line = words.split(whereSeparator: \.isNewline).joined(separator: " ")
        let short = line.count > 300 ? String(line.prefix(300)) + "…" : line
        return short.isEmpty ? "\(status.code) \(status.reasonPhrase)" : "\(status.code) \(status.reasonPhrase): \(short)"
    }

    /// What kept a request from being answered, in words.
    static func cause(_ error: any Error) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout: return "no answer within the time allowed (timeout)"
            case .remoteConnectionClosed: return "the connection was closed before an answer"
            default: break
            }
        }
        let text = "\(error)"
        if text.contains("refused") { return "connection refused" }
        if text.lowercased().contains("timeout") || text.lowercased().contains("timed out") { return "no answer within the time allowed (timeout)" }
        return text
    }
}
