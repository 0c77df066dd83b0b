/// Shown instead of a broken layout when the terminal is smaller than the app needs; only leaving works.
enum TooSmallView {
    static func draw(into screen: inout ScreenBuffer, confirmingQuit: Bool) {
        let message = "Enlarge the terminal to at least \(AppView.minimumWidth)x\(AppView.minimumHeight) (now \(screen.width)x\(screen.height))."
        let action = confirmingQuit ? "Leave this session? y: leave, n: stay" : "q: quit"
        let width = max(1, screen.width)
        let lines = TextWrap.lines(message, width: width) + [""] + TextWrap.lines(action, width: width)
        let top = max(0, (screen.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let column = max(0, (screen.width - DisplayWidth.of(line)) / 2)
            screen.write(line, row: top + offset, column: column, style: .notice)
        }
    }
}
