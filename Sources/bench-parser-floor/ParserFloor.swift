import ArgumentParser

/// The smallest program built the way srm-quiz is (its arguments parsed by swift-argument-parser), started beside the
/// hello-world: the floor under any srm-quiz start, before a bank, a profile or a screen.
@main
struct ParserFloor: ParsableCommand {
    @Option(help: "Who to greet.")
    var name = "world"

    @Flag(help: "Greet loudly.")
    var loud = false

    func run() {
        print(loud ? "HELLO \(name.uppercased())" : "hello \(name)")
    }
}
