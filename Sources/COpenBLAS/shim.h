// COpenBLAS: the CBLAS interface of OpenBLAS plus its thread-count controls.
//
// `pkg-config openblas` supplies the include path
// (/usr/include/x86_64-linux-gnu/openblas-pthread/ on Debian) and
// `-lopenblas`, so the module map has no `link` line.
//
// No stable API: this header is an implementation detail of module Local.
#ifndef COPENBLAS_SHIM_H
#define COPENBLAS_SHIM_H

#include <cblas.h>

// OpenBLAS's cblas.h declares these; a plain reference CBLAS header does
// not. OPENBLAS_VERSION comes from openblas_config.h, which OpenBLAS's
// cblas.h includes.
#ifndef OPENBLAS_VERSION
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
#endif

#endif // COPENBLAS_SHIM_H
