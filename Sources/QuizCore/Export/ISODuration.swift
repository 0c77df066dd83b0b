/// Durations as xAPI wants them: ISO 8601 in seconds only (`PT4.2S`, `PT5400S`), to at most 0.01 second.
public enum ISODuration {
    /// `seconds` rounded to hundredths, without trailing zeros; a negative time counts as zero.
    public static func seconds(_ seconds: Double) -> String {
        let hundredths = Int64((max(0, seconds) * 100).rounded())
        let whole = hundredths / 100
        let fraction = hundredths % 100
        guard fraction != 0 else { return "PT\(whole)S" }
        var digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        if digits.hasSuffix("0") { digits.removeLast() }
        return "PT\(whole).\(digits)S"
    }
}
