/// Which part of a long run of rows or columns is shown: `visible` of `count`, placed so that `cursor`
/// sits in the middle where it can, and never past either end.
enum ScrollWindow {
    static func range(count: Int, visible: Int, cursor: Int) -> Range<Int> {
        let size = min(count, max(visible, 1))
        guard size > 0 else { return 0..<0 }
        let start = min(max(cursor - (size - 1) / 2, 0), count - size)
        return start..<(start + size)
    }
}
