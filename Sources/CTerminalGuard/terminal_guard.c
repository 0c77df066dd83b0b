#include "terminal_guard.h"

#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

/* Every signal whose default action ends the process. The crash signals go on to the handler that was there
   before (Swift's backtracer prints its report on the restored screen); SIGQUIT ends at once the default way,
   not through the backtracer, which would wait for a key. A signal that was ignored when the guard was
   installed (SIGPIPE, which the app ignores and whose failed writes it reports) stays ignored. */
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS };
static const int ending_signals[] = {
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF,
#ifdef SIGSTKFLT
    SIGSTKFLT,
#endif
#ifdef SIGPWR
    SIGPWR,
#endif
    SIGIO,
};
#define COUNT(array) (sizeof(array) / sizeof(array[0]))
#define MAX_GUARDED 128

static int guarded[MAX_GUARDED];
static struct sigaction previous_actions[MAX_GUARDED];
static size_t guarded_count = 0;
static volatile sig_atomic_t installed = 0;

static void restore_terminal_and_reraise(int signal_number) {
    if (!isendwin()) {
        endwin();
    }
    for (size_t i = 0; i < guarded_count; i++) {
        if (guarded[i] == signal_number) {
            sigaction(signal_number, &previous_actions[i], NULL);
            break;
        }
    }
    if (signal_number == SIGQUIT) {
        signal(SIGQUIT, SIG_DFL);
    }
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signal_number);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(signal_number);
    /* The handler put back chose not to end the process (a crash reporter that found the signal was sent
       by kill, say): the terminal is already given back, so end the way the signal would have. */
    _exit(128 + signal_number);
}

static void guard(int signal_number, const struct sigaction *action) {
    struct sigaction before;
    if (guarded_count >= MAX_GUARDED || sigaction(signal_number, NULL, &before) != 0) return;
    if (before.sa_handler == SIG_IGN && !(before.sa_flags & SA_SIGINFO)) return;
    if (sigaction(signal_number, action, &previous_actions[guarded_count]) != 0) return;
    guarded[guarded_count++] = signal_number;
}

void srm_terminal_guard_install(void) {
    if (installed) return;
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = restore_terminal_and_reraise;
    sigemptyset(&action.sa_mask);
    guarded_count = 0;
    for (size_t i = 0; i < COUNT(crash_signals); i++) guard(crash_signals[i], &action);
    for (size_t i = 0; i < COUNT(ending_signals); i++) guard(ending_signals[i], &action);
    for (int s = SIGRTMIN; s <= SIGRTMAX; s++) guard(s, &action);
    installed = 1;
}

void srm_terminal_guard_remove(void) {
    if (!installed) return;
    for (size_t i = 0; i < guarded_count; i++) {
        sigaction(guarded[i], &previous_actions[i], NULL);
    }
    guarded_count = 0;
    installed = 0;
}
