// XLA's float32 tanh (xla/service/llvm_ir/math_ops.cc, EmitFastTanh), as
// XLA:CPU emits it on x86-64 with FMA (what JAX runs on this project's
// machines):
//   |x| < 0.0004       -> x
//   else, c = clamp(x) -> c * P(c²) / Q(c²), Horner steps fused multiply-adds.
// The clamp is the input at which the approximation reaches exactly ±1.
// CPUs without FMA get the same bits through libm's fmaf.
#include "CKernels.h"
#include <math.h>
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#define PMAP_X86 1
#endif

static const float num[7] = {
    -2.76076847742355e-16f, 2.00018790482477e-13f, -8.60467152213735e-11f, 5.12229709037114e-08f,
    1.48572235717979e-05f, 6.37261928875436e-04f, 4.89352455891786e-03f};
static const float den[4] = {1.19825839466702e-06f, 1.18534705686654e-04f, 2.26843463243900e-03f, 4.89352518554385e-03f};

// NaN passes the clamp (comparisons are false) and stays NaN.
#define CLAMP(v, c) ((v) < -(c) ? -(c) : ((v) > (c) ? (c) : (v)))

// The approximation with `FMA(a, b, c)` as its fused multiply-add.
#define TANH_WITH(FMA)                                                        \
    const float c = CLAMP(v, 7.99881172180175781f);                           \
    const float x2 = c * c;                                                   \
    float p = num[0];                                                         \
    for (int i = 1; i < 7; i++) p = FMA(x2, p, num[i]);                       \
    p = c * p;                                                                \
    float q = den[0];                                                         \
    for (int i = 1; i < 4; i++) q = FMA(x2, q, den[i]);                       \
    const float r = p / q;                                                    \
    return fabsf(v) < 0.0004f ? v : r;

#if PMAP_X86
__attribute__((target("fma")))
static inline float tanh_fma(float v) { TANH_WITH(__builtin_fmaf) }
#endif

// Without FMA instructions: the same operations, fused multiply-adds from
// libm (exact in software), so every machine gives the same bits.
static inline float tanh_soft_fma(float v) { TANH_WITH(fmaf) }

#if PMAP_X86
__attribute__((target("fma")))
static void tanh_fma_loop(const float *x, float *y, size_t n) {
    for (size_t i = 0; i < n; i++) y[i] = tanh_fma(x[i]);
}
#endif

static void tanh_soft_fma_loop(const float *x, float *y, size_t n) {
    for (size_t i = 0; i < n; i++) y[i] = tanh_soft_fma(x[i]);
}

int pmap_cpu_has_fma(void) {
#if PMAP_X86
    static int cached = -1;
    if (cached >= 0) return cached;
    unsigned a, b, c, d;
    int ok = 0;
    if (__get_cpuid(1, &a, &b, &c, &d)) {
        const int fma = (c >> 12) & 1, osxsave = (c >> 27) & 1, avx = (c >> 28) & 1;
        if (fma && osxsave && avx) {
            unsigned lo, hi;
            __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
            ok = (lo & 6) == 6;   // the OS saves SSE and AVX state
        }
    }
    cached = ok;
    return ok;
#else
    return 0;   // elsewhere libm's fmaf (a single instruction on arm64)
#endif
}

void pmap_tanh_f32(const float *x, float *y, size_t n) {
#if PMAP_X86
    if (pmap_cpu_has_fma()) { tanh_fma_loop(x, y, n); return; }
#endif
    tanh_soft_fma_loop(x, y, n);
}

float pmap_tanh_f32_scalar(float x) {
#if PMAP_X86
    if (pmap_cpu_has_fma()) return tanh_fma(x);
#endif
    return tanh_soft_fma(x);
}

float pmap_tanh_f32_soft_fma(float x) {
    return tanh_soft_fma(x);
}
