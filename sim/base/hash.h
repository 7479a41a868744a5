/* hash.h - the one hash of bytes: FNV-1a 64, for the scenario hash of report headers and the
 * names and checks of the interface's recovery files. Not for security. */
#ifndef VUDONG_HASH_H
#define VUDONG_HASH_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a 64 of data[0..n). */
uint64_t hash_fnv1a64(const void *data, size_t n);

#endif
