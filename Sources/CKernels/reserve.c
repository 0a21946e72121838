// Disk space reservation for output files (see CKernels.h).
#define _GNU_SOURCE
#include "CKernels.h"
#include <errno.h>
#if defined(__linux__)
#include <fcntl.h>
#endif

int pmap_reserve_space(int fd, long long bytes) {
#if defined(__linux__)
    if (bytes <= 0) return 0;
    int r;
    do { r = fallocate(fd, 0, 0, (off_t)bytes); } while (r != 0 && errno == EINTR);
    return r == 0 ? 0 : errno;
#else
    (void)fd; (void)bytes;
    return ENOSYS;
#endif
}
