import CNcursesw
import QuizUI

/// How each `Style` looks: a colour pair and attributes on colour terminals, attributes alone without colour.
struct CursesStyles {
    private var table: [Style: (attributes: attr_t, pair: Int16)] = [:]

    init(colour: Bool) {
        let bold = srm_a_bold(), reverse = srm_a_reverse(), dim = srm_a_dim(), normal = srm_a_normal()
        guard colour else {
            table = [
                .plain: (normal, 0), .title: (bold, 0), .heading: (bold, 0), .selected: (reverse, 0),
                .correct: (bold, 0), .wrong: (bold, 0), .muted: (dim, 0), .key: (bold, 0), .notice: (reverse, 0),
            ]
            return
        }
        let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        let colours: [(Style, Int32, attr_t)] = [
            (.title, COLOR_CYAN, bold), (.heading, -1, bold), (.selected, COLOR_CYAN, bold),
            (.correct, COLOR_GREEN, bold), (.wrong, COLOR_RED, bold), (.muted, -1, dim),
            (.key, COLOR_YELLOW, bold), (.notice, COLOR_YELLOW, reverse | bold),
        ]
        table[.plain] = (normal, 0)
        for (number, (style, foreground, attributes)) in colours.enumerated() {
            let pair = Int16(number + 1)
            init_pair(pair, Int16(foreground), background)
            table[style] = (attributes, pair)
        }
    }

    func look(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        table[style] ?? (srm_a_normal(), 0)
    }
}
