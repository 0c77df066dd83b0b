// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "srm-quiz",
    products: [
        .executable(name: "srm-quiz", targets: ["srm-quiz"]),
        .executable(name: "srm-quiz-bench", targets: ["srm-quiz-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/pointfreeco/swift-custom-dump", from: "1.7.3"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CTerminalGuard", dependencies: ["CNcursesw"]),
        .target(name: "QuizCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "CTextWidth"),
        // The LRS client (xAPI over HTTP): only `sync` and the app's background sync use it.
        .target(
            name: "LRS",
            dependencies: ["QuizCore", .product(name: "AsyncHTTPClient", package: "async-http-client")]
        ),
        .target(name: "QuizUI", dependencies: ["QuizCore", "CTextWidth"]),
        .target(name: "TerminalBackend", dependencies: ["QuizUI", "CNcursesw", "CTerminalGuard"]),
        .executableTarget(
            name: "srm-quiz",
            dependencies: [
                "QuizCore", "QuizUI", "TerminalBackend", "LRS",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "srm-quiz-bench",
            dependencies: [
                "QuizCore", "QuizUI", "TerminalBackend", "srm-quiz", "bench-hello", "bench-parser-floor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "bench-hello"),
        .executableTarget(name: "bench-parser-floor", dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "fuzz-bank", dependencies: ["QuizCore", "CFuzzDriver"]),
        .executableTarget(name: "fuzz-progress", dependencies: ["QuizCore", "CFuzzDriver"]),
        .executableTarget(name: "fuzz-journal", dependencies: ["QuizCore", "CFuzzDriver"]),
        .executableTarget(name: "fuzz-typed-answer", dependencies: ["QuizCore", "CFuzzDriver"]),
        // Fixtures shared by the test targets: a test target itself, so that no build of the products (release
        // included) compiles it.
        .testTarget(name: "QuizTestSupport", dependencies: ["QuizCore"], path: "Tests/QuizTestSupport"),
        .testTarget(
            name: "QuizCoreTests",
            dependencies: ["QuizCore", "QuizTestSupport", .product(name: "CustomDump", package: "swift-custom-dump")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "QuizUITests", dependencies: ["QuizUI", "QuizCore", "QuizTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "TerminalBackendTests", dependencies: ["TerminalBackend", "QuizUI", "QuizCore", "QuizTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["srm-quiz", "QuizCore"], exclude: ["Fixtures"]),
    ]
)
