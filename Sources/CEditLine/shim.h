// Plain C wrappers for libedit's variadic calls (el_set, history), which Swift cannot call directly.
#include <histedit.h>
#include <stdio.h>
#include <unistd.h>

typedef unsigned char (*swot_el_command)(EditLine *, int);
typedef char *(*swot_el_prompt)(EditLine *);

static inline EditLine *swot_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}
static inline void swot_el_set_prompt(EditLine *e, swot_el_prompt prompt) { el_set(e, EL_PROMPT, prompt); }
static inline void swot_el_set_editor(EditLine *e, const char *mode) { el_set(e, EL_EDITOR, mode); }
static inline void swot_el_set_signal(EditLine *e, int handle) { el_set(e, EL_SIGNAL, handle); }
static inline void swot_el_set_history(EditLine *e, History *h) { el_set(e, EL_HIST, history, h); }
static inline void swot_el_add_command(EditLine *e, const char *name, const char *help, swot_el_command fn) {
    el_set(e, EL_ADDFN, name, help, fn);
}
static inline void swot_el_bind(EditLine *e, const char *key, const char *command) {
    el_set(e, EL_BIND, key, command, NULL);
}
static inline void swot_el_set_tty(EditLine *e, const char *setting) {
    el_set(e, EL_SETTY, "-d", setting, NULL);
}
static inline History *swot_history_init(int size) {
    History *h = history_init();
    HistEvent event;
    if (h) {
        history(h, &event, H_SETSIZE, size);
        history(h, &event, H_SETUNIQUE, 1);
    }
    return h;
}
static inline void swot_history_enter(History *h, const char *line) {
    HistEvent event;
    history(h, &event, H_ENTER, line);
}
static inline int swot_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}
// Saves into an open descriptor (a temporary file renamed over the history when complete); closes it.
static inline int swot_history_save_fd(History *h, int fd) {
    HistEvent event;
    FILE *file = fdopen(fd, "w");
    if (file == NULL) { close(fd); return -1; }
    int result = history(h, &event, H_SAVE_FP, file);
    return fclose(file) == 0 ? result : -1;
}
