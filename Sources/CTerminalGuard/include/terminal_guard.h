#ifndef SRM_QUIZ_TERMINAL_GUARD_H
#define SRM_QUIZ_TERMINAL_GUARD_H

/// Installs handlers for INT, TERM, HUP, QUIT and the crash signals (SEGV, BUS, ILL, TRAP, ABRT, FPE)
/// that restore the terminal with endwin(), put back the handler that was there before, and raise the
/// signal again, so the process ends as it would have (exit status 128 + the signal), on a sane terminal.
/// Call before initscr/newterm.
void srm_terminal_guard_install(void);

/// Puts back every handler the guard replaced.
void srm_terminal_guard_remove(void);

#endif
