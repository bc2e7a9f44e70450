// libFuzzer's driver, exported by libclang_rt.fuzzer (linked by -sanitize=fuzzer).
// SwiftPM renames an executable's `main` to `<Module>_main` and aliases `main` to it, so
// libFuzzer's own `main` is never used: RedlineFuzz's main.swift calls the driver itself.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
