#ifndef REDLINE_ATOMIC_RENAME_H
#define REDLINE_ATOMIC_RENAME_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 when the kernel or file system cannot do it.
int redline_exchange_paths(const char *first, const char *second);

#endif
