/// "Let it pick": a seeded random choice of services that spans the service models and of controls that
/// the matrix has cells for among them.
public enum DrillPicker {
    public static let serviceCount = 5
    public static let controlCount = 6

    /// One service of each model the matrix has, the rest drawn from all the others; then the controls with
    /// the most cells among those services (so the grid has few empty places), ties drawn at random.
    public static func pick(
        from matrix: ResponsibilityMatrix, using generator: inout SeededGenerator
    ) -> (services: Set<String>, controls: Set<String>) {
        let byModel = ServiceModel.allCases.map { model in
            matrix.services.filter { $0.serviceModel == model }.shuffled(using: &generator)
        }
        let firsts = byModel.compactMap(\.first)
        let others = byModel.flatMap { $0.dropFirst() }.shuffled(using: &generator)
        let services = (firsts + others).prefix(serviceCount).map(\.id)
        let ranked = matrix.controls.shuffled(using: &generator).enumerated().map { order, control in
            (control: control, order: order, cells: services.filter { matrix.cell(service: $0, control: control.id) != nil }.count)
        }
        let controls = ranked.filter { $0.cells > 0 }
            .sorted { ($0.cells, -$0.order) > ($1.cells, -$1.order) }
            .prefix(controlCount)
            .map(\.control.id)
        return (Set(services), Set(controls))
    }
}
