/// "Let it pick": a seeded random choice of services that spans the service models and of controls that
/// the matrix has cells for among them.
public enum DrillPicker {
    public static let serviceCount = 5
    public static let controlCount = 6

    /// One service of each model the matrix has, the rest drawn from all the others; then controls with at
    /// least one cell among those services.
    public static func pick(
        from matrix: ResponsibilityMatrix, using generator: inout SeededGenerator
    ) -> (services: Set<String>, controls: Set<String>) {
        let byModel = ServiceModel.allCases.map { model in
            matrix.services.filter { $0.serviceModel == model }.shuffled(using: &generator)
        }
        let firsts = byModel.compactMap(\.first)
        let others = byModel.flatMap { $0.dropFirst() }.shuffled(using: &generator)
        let services = (firsts + others).prefix(serviceCount).map(\.id)
        let controls = matrix.controls.shuffled(using: &generator)
            .filter { control in services.contains { matrix.cell(service: $0, control: control.id) != nil } }
            .prefix(controlCount)
            .map(\.id)
        return (Set(services), Set(controls))
    }
}
