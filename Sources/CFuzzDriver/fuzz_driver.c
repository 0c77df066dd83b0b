#include "fuzz_driver.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/// libFuzzer's entry point, present only in a build with -sanitize=fuzzer.
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t)) __attribute__((weak));

static int replay_file(const char *path, srm_fuzz_callback callback) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) { perror(path); return 1; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    uint8_t *data = malloc(size > 0 ? (size_t)size : 1);
    size_t got = fread(data, 1, (size_t)(size > 0 ? size : 0), file);
    fclose(file);
    callback(data, got);
    free(data);
    return 0;
}

static int replay(const char *path, srm_fuzz_callback callback, int *count) {
    struct stat status;
    if (stat(path, &status) != 0) { perror(path); return 1; }
    if (!S_ISDIR(status.st_mode)) { (*count)++; return replay_file(path, callback); }
    DIR *folder = opendir(path);
    if (folder == NULL) { perror(path); return 1; }
    struct dirent *entry;
    int failed = 0;
    while ((entry = readdir(folder)) != NULL) {
        if (entry->d_name[0] == '.') continue;
        char child[4096];
        snprintf(child, sizeof child, "%s/%s", path, entry->d_name);
        failed |= replay(child, callback, count);
    }
    closedir(folder);
    return failed;
}

int srm_fuzz_main(int argc, char **argv, srm_fuzz_callback callback) {
    if (LLVMFuzzerRunDriver != NULL) return LLVMFuzzerRunDriver(&argc, &argv, callback);
    int failed = 0, count = 0;
    for (int index = 1; index < argc; index++) {
        if (argv[index][0] == '-') continue;
        failed |= replay(argv[index], callback, &count);
    }
    printf("replayed %d inputs without a crash\n", count);
    return failed;
}
