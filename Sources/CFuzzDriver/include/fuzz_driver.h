#ifndef SRM_FUZZ_DRIVER_H
#define SRM_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

typedef int (*srm_fuzz_callback)(const uint8_t *data, size_t size);

/// Built with -sanitize=fuzzer, runs libFuzzer on `callback` with the command line's options and corpus folders.
/// Built normally, replays every file of the folders and files named on the command line through `callback`:
/// the seed corpora run in every test build, and a crash found by the fuzzer can be replayed without it.
int srm_fuzz_main(int argc, char **argv, srm_fuzz_callback callback);

#endif
