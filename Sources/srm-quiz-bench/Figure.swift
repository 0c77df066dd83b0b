/// One measured figure and its target.
struct Figure {
    let name: String
    let value: Double
    let unit: String
    /// The limit the figure must stay under, if it has one.
    let limit: Double?

    var line: String {
        let shown = value >= 100 ? String(format: "%.0f", value) : String(format: "%.2f", value)
        guard let limit else { return "\(name): \(shown) \(unit)" }
        let verdict = value <= limit ? "meets" : "MISSES"
        let target = limit >= 100 ? String(format: "%.0f", limit) : String(format: "%.2f", limit)
        return "\(name): \(shown) \(unit) (target under \(target) \(unit): \(verdict))"
    }
}
