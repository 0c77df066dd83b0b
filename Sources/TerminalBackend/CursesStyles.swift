import CNcursesw
import QuizUI

/// How each `Style` looks: a colour pair and attributes on colour terminals, attributes alone without colour.
/// Colours are calm: softer shades where the terminal has 256 colours, the eight basic ones otherwise, always on
/// the terminal's own background. Meaning never rests on colour alone: the views say it in words and glyphs.
struct CursesStyles {
    private var table: [Style: (attributes: attr_t, pair: Int16)] = [:]

    init(colour: Bool) {
        let bold = srm_a_bold(), reverse = srm_a_reverse(), dim = srm_a_dim(), normal = srm_a_normal()
        guard colour else {
            table = [
                .plain: (normal, 0), .title: (bold, 0), .heading: (bold, 0), .selected: (reverse, 0),
                .correct: (bold, 0), .wrong: (bold, 0), .middling: (normal, 0), .muted: (dim, 0), .key: (bold, 0), .notice: (reverse, 0),
            ]
            return
        }
        let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        let rich = srm_colors() >= 256
        let (cyan, green, red, yellow) = rich ? (Int32(73), Int32(71), Int32(167), Int32(179)) : (COLOR_CYAN, COLOR_GREEN, COLOR_RED, COLOR_YELLOW)
        let colours: [(Style, Int32, attr_t)] = [
            (.title, cyan, bold), (.heading, -1, bold), (.selected, cyan, bold),
            (.correct, green, bold), (.wrong, red, bold), (.middling, yellow, normal), (.muted, -1, dim),
            (.key, yellow, bold), (.notice, yellow, reverse | bold),
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
