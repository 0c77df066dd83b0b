#include "terminal_guard.h"

#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static const int guarded_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
#define GUARDED_COUNT (sizeof(guarded_signals) / sizeof(guarded_signals[0]))

static struct sigaction previous_actions[GUARDED_COUNT];
static volatile sig_atomic_t installed = 0;

static void restore_terminal_and_reraise(int signal_number) {
    if (!isendwin()) {
        endwin();
    }
    for (size_t i = 0; i < GUARDED_COUNT; i++) {
        if (guarded_signals[i] == signal_number) {
            sigaction(signal_number, &previous_actions[i], NULL);
            break;
        }
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

void srm_terminal_guard_install(void) {
    if (installed) return;
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = restore_terminal_and_reraise;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < GUARDED_COUNT; i++) {
        sigaction(guarded_signals[i], &action, &previous_actions[i]);
    }
    installed = 1;
}

void srm_terminal_guard_remove(void) {
    if (!installed) return;
    for (size_t i = 0; i < GUARDED_COUNT; i++) {
        sigaction(guarded_signals[i], &previous_actions[i], NULL);
    }
    installed = 0;
}
