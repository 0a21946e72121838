// What Swift cannot express: kernels that need per-function CPU features
// (FMA) chosen at run time, and system calls with no portable wrapper.
// No stable API: used by the Local module only.
#ifndef PMAP_CKERNELS_H
#define PMAP_CKERNELS_H

#include <stddef.h>

/// XLA's float32 tanh over `n` values: the rational approximation XLA's CPU
/// backend emits on x86-64 with FMA, so results are bit-identical to JAX's
/// `jnp.tanh` there, and the same on every machine (FMA instructions when
/// the CPU has them, libm's exact fmaf otherwise).
void pmap_tanh_f32(const float *x, float *y, size_t n);

/// The same function on one value.
float pmap_tanh_f32_scalar(float x);

/// The path taken on CPUs without FMA instructions (libm's fmaf), for tests
/// that check both paths agree.
float pmap_tanh_f32_soft_fma(float x);

/// 1 when this CPU (and OS) supports FMA instructions, else 0.
int pmap_cpu_has_fma(void);

/// fallocate(fd, 0, 0, bytes) on Linux (no emulation by writing, unlike
/// posix_fallocate): 0, or the errno (EOPNOTSUPP where the file system
/// cannot, ENOSYS off Linux).
int pmap_reserve_space(int fd, long long bytes);

#endif
