"""Generate the JAX reference tables embedded in the Swift tests.

Run with JAX 0.10 on an x86-64 CPU with FMA (the reference machine):
    python3 gen_tables.py /path/to/Tests/LocalTests

Rewrites the region between `// BEGIN GENERATED` and `// END GENERATED` in
SpecialFunctionsTests.swift and ThreefryKernelTests.swift. The input grids are
defined by integer / IEEE-exact formulas that the Swift tests recompute (and
check with an FNV-1a hash), so only the outputs are stored, base64-encoded.
"""
import base64, os, re, sys
import numpy as np
import jax, jax.numpy as jnp

jax.config.update("jax_enable_x64", True)
jax.config.update("jax_threefry_partitionable", False)
from jax._src.random.threefry2x32 import threefry2x32_p, threefry_2x32

F32_SPECIALS = [0x00000000, 0x80000000, 0x3F800000, 0xBF800000, 0x3FC00000, 0xBFC00000,
                0x7F800000, 0xFF800000, 0x7FC00000, 0x00800000, 0x80800000, 0x00000001,
                0x807FFFFF, 0x3F7FFFFF, 0xBF7FFFFF, 0x3F800001, 0x00906EBB, 0x80906EBB]
F64_SPECIALS = [0x0000000000000000, 0x8000000000000000, 0x3FF0000000000000, 0xBFF0000000000000,
                0x3FF8000000000000, 0xBFF8000000000000, 0x7FF0000000000000, 0xFFF0000000000000,
                0x7FF8000000000000, 0x0010000000000000, 0x8010000000000000, 0x0000000000000001,
                0x800FFFFFFFFFFFFF, 0x3FEFFFFFFFFFFFFF, 0xBFEFFFFFFFFFFFFF, 0x3FF0000000000001]


def grid32(top_bits, n_log, lin_lo, lin_hi, n_lin, n_near_one=0, extra=()):
    """Bit-spaced magnitudes in [0, top) with alternating signs, a linear grid
    rounded from double, optionally ulp offsets below ±1, then specials."""
    bits = []
    for i in range(n_log):
        b = (i * top_bits) // n_log
        bits.append(b | (0x80000000 if i % 2 else 0))
    for i in range(n_lin):
        x = lin_lo + (lin_hi - lin_lo) * (2 * i + 1) / (2 * n_lin)
        bits.append(int(np.float32(x).view(np.uint32)))
    for i in range(n_near_one):
        b = 0x3F800000 - 1 - (i + (i * i) // 16)
        bits.append(b | (0x80000000 if i % 2 else 0))
    bits += F32_SPECIALS + list(extra)
    return np.array(bits, dtype=np.uint32)


def grid64(top_bits, n_log, lin_lo, lin_hi, n_lin, n_near_one=0, extra=()):
    bits = []
    step = top_bits // n_log
    for i in range(n_log):
        bits.append(i * step | (1 << 63 if i % 2 else 0))
    for i in range(n_lin):
        x = lin_lo + (lin_hi - lin_lo) * (2 * i + 1) / (2 * n_lin)
        bits.append(int(np.float64(x).view(np.uint64)))
    for i in range(n_near_one):
        b = 0x3FF0000000000000 - 1 - (i + i ** 5)
        bits.append(b | (1 << 63 if i % 2 else 0))
    bits += F64_SPECIALS + list(extra)
    return np.array(bits, dtype=np.uint64)


def fnv1a(values):
    h = 0xCBF29CE484222325
    for v in values:
        h ^= int(v)
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def b64_literal(arr, width=100):
    s = base64.b64encode(arr.astype(arr.dtype.newbyteorder("<")).tobytes()).decode()
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return '"""\n' + "\n".join("        " + l for l in lines) + '\n        """'


def table(name, fn, bits, dtype, doc):
    xs = bits.view(dtype)
    ys = np.asarray(jax.jit(fn)(jnp.asarray(xs))).view(bits.dtype)
    assert ys.dtype == bits.dtype
    return (f"    /// {doc}\n"
            f"    static let {name} = ReferenceTable(\n"
            f"        count: {len(bits)}, inputHash: 0x{fnv1a(bits):016X},\n"
            f"        outputs: {b64_literal(ys)})\n")


def special_functions_tables():
    out = []
    g = grid32(0x3F800000, 8000, -1.0, 1.0, 8000, 4000)
    out.append(table("erfInvF32", jax.lax.erf_inv, g, np.float32,
                     "`lax.erf_inv` on float32, grid `ReferenceGrid.erfInvF32`."))
    g = grid32(0x40800000, 2000, -5.0, 5.0, 2000, 0, [0x407547CB, 0xC07547CB, 0x407547CA, 0xC07547CA])
    out.append(table("erfF32", jax.lax.erf, g, np.float32,
                     "`lax.erf` on float32, grid `ReferenceGrid.erfF32`."))
    g = grid32(0x42C80000, 2000, -100.0, 100.0, 2000, 0,
               [0xC2AEB0BB, 0xC2AF999A, 0x42AF999A, 0xC2B1999A, 0x42B1999A, 0xC2B17218, 0x42B17218,
                0xC2B20000, 0x42B20000, 0xC2CFF1B5])
    out.append(table("logisticF32", jax.lax.logistic, g, np.float32,
                     "`lax.logistic` on float32, grid `ReferenceGrid.logisticF32`."))
    g = grid64(0x3FF0000000000000, 1000, -1.0, 1.0, 1000, 1000)
    out.append(table("erfInvF64", jax.lax.erf_inv, g, np.float64,
                     "`lax.erf_inv` on float64, grid `ReferenceGrid.erfInvF64`."))
    g = grid64(0x4018000000000000, 500, -6.0, 6.0, 500)
    out.append(table("erfF64", jax.lax.erf, g, np.float64,
                     "`lax.erf` on float64, grid `ReferenceGrid.erfF64`."))
    extra = [int(np.float64(v).view(np.uint64)) for v in
             (708.3964185322641, -708.3964185322641, 709.782712893384, -709.782712893384,
              -709.7827128933841, -708.5, -709.0, 745.2, -745.2, 36.8, -36.8)]
    g = grid64(0x4089000000000000, 1000, -800.0, 800.0, 1000, 0, extra)
    out.append(table("logisticF64", jax.lax.logistic, g, np.float64,
                     "`lax.logistic` on float64, grid `ReferenceGrid.logisticF64`."))
    normal = np.asarray(jax.random.normal(jax.random.PRNGKey(42), (4096,), dtype=jnp.float32))
    out.append("    /// `jax.random.normal(PRNGKey(42), (4096,))`, float32, legacy (non-partitionable) threefry.\n"
               f"    static let normalKey42 = ReferenceTable(\n"
               f"        count: 4096, inputHash: 0,\n"
               f"        outputs: {b64_literal(normal.view(np.uint32))})\n")
    return "\n".join(out)


def threefry_tables():
    rng = np.random.default_rng(20240611)
    q = rng.integers(0, 2 ** 32, size=(50, 4), dtype=np.uint32)
    q[0] = [0, 0, 0, 0]
    q[1] = [0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF]
    y0, y1 = threefry2x32_p.bind(*(jnp.asarray(q[:, i]) for i in range(4)))
    y0, y1 = np.asarray(y0), np.asarray(y1)
    rows = [f"        (0x{a:08X}, 0x{b:08X}, 0x{c:08X}, 0x{d:08X}, 0x{e:08X}, 0x{f:08X}),"
            for (a, b, c, d), e, f in zip(q.tolist(), y0.tolist(), y1.tolist())]
    odd = np.asarray(threefry_2x32(jnp.array([0x12345678, 0x9ABCDEF0], dtype=jnp.uint32),
                                   jnp.arange(7, dtype=jnp.uint32)))
    key1 = np.asarray(jax.random.key_data(jax.random.PRNGKey(1)))
    bits1 = np.asarray(jax.random.bits(jax.random.PRNGKey(1), (6,), dtype=jnp.uint32))
    split1 = np.asarray(jax.random.key_data(jax.random.split(jax.random.PRNGKey(1), 3)))
    fmt = lambda a: ", ".join(f"0x{int(v):08X}" for v in np.ravel(a))
    return ("    /// `(k0, k1, c0, c1, y0, y1)`: `threefry2x32_p.bind(k0, k1, c0, c1) == (y0, y1)`.\n"
            "    static let pairs: [(UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)] = [\n"
            + "\n".join(rows) + "\n    ]\n\n"
            "    /// `threefry_2x32([0x12345678, 0x9ABCDEF0], arange(7))` (odd length: padded with one 0).\n"
            f"    static let oddArange7: [UInt32] = [{fmt(odd)}]\n\n"
            f"    /// `key_data(PRNGKey(1))`, `random.bits(PRNGKey(1), (6,))` and `key_data(split(PRNGKey(1), 3))`, legacy mode.\n"
            f"    static let key1: [UInt32] = [{fmt(key1)}]\n"
            f"    static let bitsKey1: [UInt32] = [{fmt(bits1)}]\n"
            f"    static let splitKey1: [UInt32] = [{fmt(split1)}]\n")


def splice(path, body):
    src = open(path).read()
    new, n = re.subn(r"(// BEGIN GENERATED[^\n]*\n)(?:.*?\n)?([ \t]*// END GENERATED)",
                     lambda m: m.group(1) + body.rstrip("\n") + "\n" + m.group(2), src, flags=re.S)
    assert n == 1, path
    open(path, "w").write(new)
    print(f"{path}: {len(new)} bytes")


if __name__ == "__main__":
    d = sys.argv[1]
    splice(os.path.join(d, "SpecialFunctionsTests.swift"), special_functions_tables())
    splice(os.path.join(d, "ThreefryKernelTests.swift"), threefry_tables())
