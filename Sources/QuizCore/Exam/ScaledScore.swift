/// An estimate of the scaled score AWS reports (100 to 1000, pass at 700). AWS does not publish its scaling,
/// so this is only a straight line: 0% correct is 100, 100% is 1000, `100 + 900 x correct / total` rounded
/// half up. Under it the pass line of 700 falls at two thirds correct.
public enum ScaledScore {
    public static let lowest = 100
    public static let highest = 1000
    public static let passLine = 700

    public static func estimate(correct: Int, total: Int) -> Int {
        guard total > 0 else { return lowest }
        let span = highest - lowest
        return lowest + (span * correct * 2 + total) / (total * 2)
    }
}
