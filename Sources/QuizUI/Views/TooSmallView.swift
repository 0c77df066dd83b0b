/// Shown instead of a broken layout when the terminal is smaller than the app needs.
enum TooSmallView {
    static func draw(into screen: inout ScreenBuffer) {
        let message = "Enlarge the terminal to at least \(AppView.minimumWidth)x\(AppView.minimumHeight) (now \(screen.width)x\(screen.height))."
        let lines = TextWrap.lines(message, width: max(1, screen.width))
        let top = max(0, (screen.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let column = max(0, (screen.width - DisplayWidth.of(line)) / 2)
            screen.write(line, row: top + offset, column: column, style: .notice)
        }
    }
}
