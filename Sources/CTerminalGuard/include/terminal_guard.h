#ifndef SRM_QUIZ_TERMINAL_GUARD_H
#define SRM_QUIZ_TERMINAL_GUARD_H

/// Installs handlers for every signal whose default action ends the process (INT, TERM, HUP, QUIT, USR1, USR2,
/// PIPE, ALRM, XCPU, XFSZ, VTALRM, PROF, the real-time ones, and the crash signals SEGV, BUS, ILL, TRAP, ABRT,
/// FPE, SYS) that restore the terminal with endwin(), put back the handler that was there before (SIG_DFL for
/// QUIT), and raise the signal again, so the process ends as it would have (exit status 128 + the signal), on a
/// sane terminal. A signal ignored at install time stays ignored. Call before initscr/newterm.
void srm_terminal_guard_install(void);

/// Puts back every handler the guard replaced.
void srm_terminal_guard_remove(void);

#endif
