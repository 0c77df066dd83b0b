/// Fractions from 0 to 1 drawn as one character each, on an absolute scale: 0 is the lowest bar, 1 the highest.
public enum Sparkline {
    public static let unicodeLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// The same eight levels for a terminal that is not UTF-8.
    public static let asciiLevels: [Character] = ["_", ".", "-", ":", "=", "+", "*", "#"]

    public static func draw(_ fractions: [Double], unicode: Bool) -> String {
        let levels = unicode ? unicodeLevels : asciiLevels
        return String(fractions.map { levels[level($0, of: levels.count)] })
    }

    /// The level of `fraction` among `count`, rounded to the nearest: 0 and 1 reach the ends.
    static func level(_ fraction: Double, of count: Int) -> Int {
        let clamped = min(max(fraction.isNaN ? 0 : fraction, 0), 1)
        return Int((clamped * Double(count - 1)).rounded())
    }
}
