// What Swift cannot import from ncurses by itself: the wide-character API (which needs
// NCURSES_WIDECHAR, a flag SwiftPM drops from pkg-config), and attribute macros.
#ifndef SRM_QUIZ_CNCURSESW_SHIM_H
#define SRM_QUIZ_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *srm_stdscr(void) { return stdscr; }
static inline FILE *srm_stdin(void) { return stdin; }
static inline FILE *srm_stdout(void) { return stdout; }

/// How many colours the terminal has (0 before start_color).
static inline int srm_colors(void) { return COLORS; }

static inline attr_t srm_a_normal(void) { return A_NORMAL; }
static inline attr_t srm_a_bold(void) { return A_BOLD; }
static inline attr_t srm_a_reverse(void) { return A_REVERSE; }
static inline attr_t srm_a_underline(void) { return A_UNDERLINE; }
static inline attr_t srm_a_dim(void) { return A_DIM; }

/// Draws one character cell (a grapheme of up to a few code points) with attributes and colour pair.
static inline int srm_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

/// Reads the text of one screen cell back, for headless tests of the backend.
static inline int srm_read_cell(int y, int x, wchar_t *out, int capacity) {
    cchar_t cell;
    attr_t attrs;
    short pair;
    if (mvwin_wch(stdscr, y, x, &cell) != OK) return ERR;
    if (capacity < CCHARW_MAX + 1) return ERR;
    return getcchar(&cell, out, &attrs, &pair, NULL);
}

/// True when the locale's character set is UTF-8 (after setlocale).
static inline int srm_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif
