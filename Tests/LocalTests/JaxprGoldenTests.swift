// Printed jaxprs against JAX 0.10.2's, character for character: every
// example of shared/reference/jaxpr.md, then one golden per primitive family.
//
// The family goldens were printed by JAX 0.10.2 with `jax.make_jaxpr` on the
// lax-level operation (the Python is above each). Where jnp wraps a function
// in `jit[name=…]` (jnp.take, jnp.where, …) and our jnp-level frontend does
// not, the Swift side binds the lax-level primitive with `bind1(Primitive(…), […])`
// so the comparison is like for like.
//
// Python preamble for all of them:
//     import jax, jax.numpy as jnp; from jax import lax
//     f32 = lambda *s: jnp.zeros(s, jnp.float32); i32 = lambda *s: jnp.zeros(s, jnp.int32)

import Testing
@testable import Local

/// One golden: how to build the jaxpr, and what JAX printed.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let jaxpr: @Sendable () throws -> Jaxpr
    let expected: String
    var testDescription: String { name }
    init(_ name: String, _ expected: String, _ jaxpr: @escaping @Sendable () throws -> Jaxpr) {
        self.name = name
        self.jaxpr = jaxpr
        self.expected = expected
    }
}

private func f32(_ s: Int...) -> Tensor { try! Tensor.zeros(s) }
private func i32(_ s: Int...) -> Tensor { try! Tensor.zeros(s, dtype: .int32) }
private func u32(_ s: Int...) -> Tensor { try! Tensor.zeros(s, dtype: .uint32) }
private func bools(_ s: Int...) -> Tensor { try! Tensor.zeros(s, dtype: .bool) }

/// The examples of shared/reference/jaxpr.md (the seed notebooks' cells).
let referenceGoldens: [GoldenCase] = [
    // jax.make_jaxpr(vmap(jnp.dot))(batch_x, batch_y)
    GoldenCase("vmap(dot)", """
        { lambda ; a:f32[5,100] b:f32[5,100]. let
            c:f32[5] = dot_general[
              dimension_numbers=(([1], [1]), ([0], [0]))
              preferred_element_type=float32
            ] a b
          in (c,) }
        """) { try makeJaxpr(vmap(dot))(f32(5, 100), f32(5, 100)) },
    // jax.make_jaxpr(jnp.dot)(x, y)
    GoldenCase("dot", """
        { lambda ; a:f32[100] b:f32[100]. let
            c:f32[] = dot_general[
              dimension_numbers=(([0], [0]), ([], []))
              preferred_element_type=float32
            ] a b
          in (c,) }
        """) { try makeJaxpr(dot)(f32(100), f32(100)) },
    // jax.make_jaxpr(vmap(affine, in_axes=(None, None, 0)))(W, b, batch_x)
    // (JAX prints broadcast_dimensions=(np.int64(1),); we print (1,).)
    GoldenCase("vmap(affine, inAxes: [nil, nil, 0])", """
        { lambda ; a:f32[10,20] b:f32[10] c:f32[3,20]. let
            d:f32[10,3] = dot_general[
              dimension_numbers=(([1], [1]), ([], []))
              preferred_element_type=float32
            ] a c
            e:f32[3,10] = transpose[permutation=(1, 0)] d
            f:f32[1,10] = broadcast_in_dim[broadcast_dimensions=(1,)] b
            g:f32[3,10] = add e f
          in (g,) }
        """) {
        let affine = { @Sendable (W: Tensor, b: Tensor, x: Tensor) throws -> Tensor in try matmul(W, x) + b }
        return try makeJaxpr(vmap(affine, inAxes: [nil, nil, 0]))(f32(10, 20), f32(10), f32(3, 20))
    },
    // jax.make_jaxpr(lambda a: lax.scan(cumsum, 0, a))(jnp.arange(500))
    GoldenCase("scan(cumsum)", """
        { lambda ; a:i32[500]. let
            b:i32[] c:i32[500] = scan[
              jaxpr={ lambda ; d:i32[] e:i32[]. let
                  f:i32[] = convert_element_type[new_dtype=int32 weak_type=False] d
                  g:i32[] = add f e
                in (g, g) }
              length=500
              num_carry=1
              num_consts=0
              reverse=False
              unroll=1
            ] 0:i32[] a
          in (b, c) }
        """) {
        func cumsum(_ res: Tensor, _ el: Tensor) throws -> (Tensor, Tensor) { let r = try res + el; return (r, r) }
        return try makeJaxpr { (a: Tensor) in try scan(cumsum, initial: 0, over: a) }(try Tensor.arange(500))
    },
    // jax.make_jaxpr(fori_loop_cumsum)(a): lax.fori_loop(0, len(a), lambda i, c: c + a[i], 0)
    GoldenCase("foriLoop(cumsum)", """
        { lambda ; a:i32[500]. let
            _:i32[] b:i32[] = scan[
              jaxpr={ lambda ; c:i32[500] d:i32[] e:i32[]. let
                  f:i32[] = add d 1:i32[]
                  g:bool[] = lt d 0:i32[]
                  h:i32[] = convert_element_type[new_dtype=int32 weak_type=False] d
                  i:i32[] = add h 500:i32[]
                  j:i32[] = select_n g d i
                  k:i32[1] = dynamic_slice[slice_sizes=(1,)] c j
                  l:i32[] = squeeze[dimensions=(0,)] k
                  m:i32[] = convert_element_type[new_dtype=int32 weak_type=False] e
                  n:i32[] = add m l
                in (f, n) }
              length=500
              num_carry=2
              num_consts=1
              reverse=False
              unroll=1
            ] a 0:i32[] 0:i32[]
          in (b,) }
        """) {
        try makeJaxpr { (a: Tensor) in try foriLoop(0, a.shape[0], initial: Tensor(0)) { i, c in try c + a[i] } }(try Tensor.arange(500))
    },
    // jax.make_jaxpr(vmap(lambda x: x**2))(jnp.arange(1000.0))
    GoldenCase("vmap(x ** 2)", """
        { lambda ; a:f32[1000]. let b:f32[1000] = integer_pow[y=2] a in (b,) }
        """) { try makeJaxpr(vmap { x in try x ** 2 })(try Tensor.arange(1000.0, dtype: .float32)) },
]

/// One golden per primitive family, printed by JAX 0.10.2.
let familyGoldens: [GoldenCase] = [
    // jax.make_jaxpr(lax.sin)(f32(3))
    GoldenCase("unary: sin", "{ lambda ; a:f32[3]. let b:f32[3] = sin a in (b,) }") {
        try makeJaxpr { (x: Tensor) in try bind1(Sin(), [x]) }(f32(3))
    },
    // jax.make_jaxpr(lax.neg)(f32(3)); lax.abs on i32; lax.erf_inv; lax.logistic
    GoldenCase("unary: neg, abs, erf_inv, logistic", """
        { lambda ; a:f32[3] b:i32[3]. let
            c:f32[3] = neg a
            d:i32[3] = abs b
            e:f32[3] = erf_inv a
            f:f32[3] = logistic a
          in (c, d, e, f) }
        """) {
        try makeJaxpr { (x: Tensor, n: Tensor) in
            (try bind1(Neg(), [x]), try bind1(Abs(), [n]), try bind1(ErfInv(), [x]), try bind1(Logistic(), [x]))
        }(f32(3), i32(3))
    },
    // jax.make_jaxpr(lambda x: lax.round(x, lax.RoundingMethod.TO_NEAREST_EVEN))(f32(3))
    GoldenCase("unary: round", "{ lambda ; a:f32[3]. let b:f32[3] = round[rounding_method=1] a in (b,) }") {
        try makeJaxpr { (x: Tensor) in try bind1(Round(roundingMethod: 1), [x]) }(f32(3))
    },
    // jax.make_jaxpr(lax.integer_pow(x, 3))(f32(3))
    GoldenCase("integer_pow", "{ lambda ; a:f32[3]. let b:f32[3] = integer_pow[y=3] a in (b,) }") {
        try makeJaxpr { (x: Tensor) in try x ** 3 }(f32(3))
    },
    // jax.make_jaxpr(lax.add)(f32(2,3), f32(2,3))
    GoldenCase("binary: add", "{ lambda ; a:f32[2,3] b:f32[2,3]. let c:f32[2,3] = add a b in (c,) }") {
        try makeJaxpr { (a: Tensor, b: Tensor) in try a + b }(f32(2, 3), f32(2, 3))
    },
    // jax.make_jaxpr(lax.mul)(i32(4), i32(4))
    GoldenCase("binary: mul int32", "{ lambda ; a:i32[4] b:i32[4]. let c:i32[4] = mul a b in (c,) }") {
        try makeJaxpr { (a: Tensor, b: Tensor) in try a * b }(i32(4), i32(4))
    },
    // jax.make_jaxpr(lax.max)(f32(4), f32(4)); lax.pow
    GoldenCase("binary: max, pow", """
        { lambda ; a:f32[4] b:f32[4]. let
            c:f32[4] = max a b
            d:f32[4] = pow a b
          in (c, d) }
        """) {
        try makeJaxpr { (a: Tensor, b: Tensor) in (try maximum(a, b), try bind1(Pow(), [a, b])) }(f32(4), f32(4))
    },
    // jax.make_jaxpr(lambda x: x * 2.0 + 1)(f32(3)) — weak literals print as the operand's dtype
    GoldenCase("binary: weak literals", """
        { lambda ; a:f32[3]. let
            b:f32[3] = mul a 2.0:f32[]
            c:f32[3] = add b 1.0:f32[]
          in (c,) }
        """) { try makeJaxpr { (x: Tensor) in try x * 2.0 + 1 }(f32(3)) },
    // jax.make_jaxpr(lambda x: x * 2 + 1)(i32(3))
    GoldenCase("binary: weak literals int32", """
        { lambda ; a:i32[3]. let
            b:i32[3] = mul a 2:i32[]
            c:i32[3] = add b 1:i32[]
          in (c,) }
        """) { try makeJaxpr { (x: Tensor) in try x * 2 + 1 }(i32(3)) },
    // lax.shift_right_logical on u32; lax.bitwise_and and lax.bitwise_not on bool
    GoldenCase("bitwise", """
        { lambda ; a:u32[3] b:u32[3] c:bool[3]. let
            d:u32[3] = shift_right_logical a b
            e:bool[3] = and c c
            f:bool[3] = not c
          in (d, e, f) }
        """) {
        try makeJaxpr { (a: Tensor, b: Tensor, c: Tensor) in
            (try shiftRightLogical(a, b), try bind1(And(), [c, c]), try bind1(Not(), [c]))
        }(u32(3), u32(3), bools(3))
    },
    // jax.make_jaxpr(lax.lt)(f32(4), f32(4)); lax.eq on i32
    GoldenCase("comparison: lt, eq", """
        { lambda ; a:f32[4] b:f32[4] c:i32[4] d:i32[4]. let
            e:bool[4] = lt a b
            f:bool[4] = eq c d
          in (e, f) }
        """) {
        try makeJaxpr { (a: Tensor, b: Tensor, c: Tensor, d: Tensor) in (try a .< b, try c .== d) }(f32(4), f32(4), i32(4), i32(4))
    },
    // jax.make_jaxpr(lax.select_n)(jnp.zeros(4, bool), f32(4), f32(4))
    GoldenCase("select_n", "{ lambda ; a:bool[4] b:f32[4] c:f32[4]. let d:f32[4] = select_n a b c in (d,) }") {
        try makeJaxpr { (p: Tensor, x: Tensor, y: Tensor) in try bind1(SelectN(), [p, x, y]) }(bools(4), f32(4), f32(4))
    },
    // jax.make_jaxpr(lax.select_n)(i32(4), f32(4), f32(4), f32(4))
    GoldenCase("select_n, int32 index", """
        { lambda ; a:i32[4] b:f32[4] c:f32[4] d:f32[4]. let
            e:f32[4] = select_n a b c d
          in (e,) }
        """) {
        try makeJaxpr { (i: Tensor, x: Tensor, y: Tensor, z: Tensor) in try bind1(SelectN(), [i, x, y, z]) }(i32(4), f32(4), f32(4), f32(4))
    },
    // jax.make_jaxpr(vmap(lambda p, x, y: lax.select(p, x, y)))(jnp.zeros(5, bool), f32(5,3), f32(5,3))
    GoldenCase("vmap of select with a scalar predicate", """
        { lambda ; a:bool[5] b:f32[5,3] c:f32[5,3]. let
            d:bool[5,3] = broadcast_in_dim[broadcast_dimensions=(0,)] a
            e:f32[5,3] = select_n d c b
          in (e,) }
        """) {
        try makeJaxpr(vmap { (p: Tensor, x: Tensor, y: Tensor) in try select(p, x, y) })(bools(5), f32(5, 3), f32(5, 3))
    },
    // jax.make_jaxpr(lambda x: lax.convert_element_type(x, jnp.float32))(i32(3))
    GoldenCase("convert_element_type", """
        { lambda ; a:i32[3]. let
            b:f32[3] = convert_element_type[new_dtype=float32 weak_type=False] a
          in (b,) }
        """) { try makeJaxpr { (x: Tensor) in try x.astype(.float32) }(i32(3)) },
    // jax.make_jaxpr(lambda x: lax.bitcast_convert_type(x, jnp.float32))(u32(3))
    GoldenCase("bitcast_convert_type", """
        { lambda ; a:u32[3]. let
            b:f32[3] = bitcast_convert_type[new_dtype=float32] a
          in (b,) }
        """) { try makeJaxpr { (x: Tensor) in try bind1(BitcastConvertType(newDType: .float32), [x]) }(u32(3)) },
    // jax.make_jaxpr(lambda x: lax.reduce_sum_p.bind(x, axes=(1,), out_sharding=None))(f32(2,3))
    GoldenCase("reduce_sum", """
        { lambda ; a:f32[2,3]. let
            b:f32[2] = reduce_sum[axes=(1,) out_sharding=None] a
          in (b,) }
        """) { try makeJaxpr { (x: Tensor) in try sum(x, axis: 1) }(f32(2, 3)) },
    // lax.reduce_max_p.bind(x, axes=(0, 1), out_sharding=None) on f32(2,3)
    GoldenCase("reduce_max", """
        { lambda ; a:f32[2,3]. let
            b:f32[] = reduce_max[axes=(0, 1) out_sharding=None] a
          in (b,) }
        """) { try makeJaxpr { (x: Tensor) in try bind1(ReduceMax(axes: [0, 1]), [x]) }(f32(2, 3)) },
    // lax.reduce_min_p.bind(x, axes=(0,), out_sharding=None) on i32(3); reduce_prod on f32(3)
    GoldenCase("reduce_min, reduce_prod", """
        { lambda ; a:i32[3] b:f32[3]. let
            c:i32[] = reduce_min[axes=(0,) out_sharding=None] a
            d:f32[] = reduce_prod[axes=(0,) out_sharding=None] b
          in (c, d) }
        """) {
        try makeJaxpr { (a: Tensor, b: Tensor) in (try bind1(ReduceMin(axes: [0]), [a]), try bind1(ReduceProd(axes: [0]), [b])) }(i32(3), f32(3))
    },
    // lax.reduce_and_p.bind(x, axes=(0,)) on jnp.zeros(3, bool) (no out_sharding for the logical reductions)
    GoldenCase("reduce_and", "{ lambda ; a:bool[3]. let b:bool[] = reduce_and[axes=(0,)] a in (b,) }") {
        try makeJaxpr { (x: Tensor) in try bind1(ReduceAnd(axes: [0]), [x]) }(bools(3))
    },
    // jax.make_jaxpr(lambda x: lax.argmax(x, 1, jnp.int32))(f32(2,3))
    GoldenCase("argmax", """
        { lambda ; a:f32[2,3]. let
            b:i32[2] = argmax[axes=(1,) index_dtype=int32] a
          in (b,) }
        """) { try makeJaxpr { (x: Tensor) in try argmax(x, axis: 1) }(f32(2, 3)) },
    // jax.make_jaxpr(lambda x: lax.cumsum(x, axis=0))(f32(4,2))
    GoldenCase("cumsum", "{ lambda ; a:f32[4,2]. let b:f32[4,2] = cumsum[axis=0 reverse=False] a in (b,) }") {
        try makeJaxpr { (x: Tensor) in try cumsum(x, axis: 0) }(f32(4, 2))
    },
    // jax.make_jaxpr(lambda x: lax.cummax(x, axis=1, reverse=True))(f32(4,2))
    GoldenCase("cummax reverse", "{ lambda ; a:f32[4,2]. let b:f32[4,2] = cummax[axis=1 reverse=True] a in (b,) }") {
        try makeJaxpr { (x: Tensor) in try cummax(x, axis: 1, reverse: true) }(f32(4, 2))
    },
    // lax.dot_general(a, b, (((1,), (0,)), ((), ())), preferred_element_type=jnp.float32) on f32(2,3), f32(3,4)
    GoldenCase("dot_general", """
        { lambda ; a:f32[2,3] b:f32[3,4]. let
            c:f32[2,4] = dot_general[
              dimension_numbers=(([1], [0]), ([], []))
              preferred_element_type=float32
            ] a b
          in (c,) }
        """) { try makeJaxpr { (a: Tensor, b: Tensor) in try matmul(a, b) }(f32(2, 3), f32(3, 4)) },
    // lax.dot_general(a, b, (((2,), (1,)), ((0,), (0,))), preferred_element_type=jnp.float32) on f32(5,2,3), f32(5,3,4)
    GoldenCase("dot_general with batch dimensions", """
        { lambda ; a:f32[5,2,3] b:f32[5,3,4]. let
            c:f32[5,2,4] = dot_general[
              dimension_numbers=(([2], [1]), ([0], [0]))
              preferred_element_type=float32
            ] a b
          in (c,) }
        """) {
        try makeJaxpr { (a: Tensor, b: Tensor) in
            try bind1(DotGeneral(contracting: ([2], [1]), batch: ([0], [0]), preferredElementType: .float32), [a, b])
        }(f32(5, 2, 3), f32(5, 3, 4))
    },
    // jax.make_jaxpr(lambda x: lax.reshape(x, (3, 2)))(f32(2,3))
    GoldenCase("reshape", """
        { lambda ; a:f32[2,3]. let
            b:f32[3,2] = reshape[dimensions=None new_sizes=(3, 2) sharding=None] a
          in (b,) }
        """) { try makeJaxpr { (x: Tensor) in try x.reshaped([3, 2]) }(f32(2, 3)) },
    // jax.make_jaxpr(lambda x: lax.transpose(x, (1, 0)))(f32(2,3))
    GoldenCase("transpose", """
        { lambda ; a:f32[2,3]. let
            b:f32[3,2] = transpose[permutation=(1, 0)] a
          in (b,) }
        """) { try makeJaxpr { (x: Tensor) in try x.transposed() }(f32(2, 3)) },
    // jax.make_jaxpr(lambda x: lax.broadcast_in_dim(x, (2, 3), (1,)))(f32(3))
    GoldenCase("broadcast_in_dim", """
        { lambda ; a:f32[3]. let
            b:f32[2,3] = broadcast_in_dim[broadcast_dimensions=(1,)] a
          in (b,) }
        """) { try makeJaxpr { (x: Tensor) in try x.broadcastInDim(shape: [2, 3], broadcastDimensions: [1]) }(f32(3)) },
    // jax.make_jaxpr(lambda x: lax.expand_dims(x, (0,)))(f32(3))
    GoldenCase("expand_dims", """
        { lambda ; a:f32[3]. let
            b:f32[1,3] = broadcast_in_dim[broadcast_dimensions=(1,)] a
          in (b,) }
        """) { try makeJaxpr { (x: Tensor) in try x.expandedDims(axis: 0) }(f32(3)) },
    // jax.make_jaxpr(lambda x: lax.squeeze(x, (0,)))(f32(1,3))
    GoldenCase("squeeze", "{ lambda ; a:f32[1,3]. let b:f32[3] = squeeze[dimensions=(0,)] a in (b,) }") {
        try makeJaxpr { (x: Tensor) in try x.squeezed(axes: [0]) }(f32(1, 3))
    },
    // jax.make_jaxpr(lambda x: lax.rev(x, (0,)))(f32(2,3))
    GoldenCase("rev", "{ lambda ; a:f32[2,3]. let b:f32[2,3] = rev[dimensions=(0,)] a in (b,) }") {
        try makeJaxpr { (x: Tensor) in try x.flipped(axes: [0]) }(f32(2, 3))
    },
    // jax.make_jaxpr(lambda a, b: lax.concatenate([a, b], 1))(f32(2,3), f32(2,4))
    GoldenCase("concatenate", """
        { lambda ; a:f32[2,3] b:f32[2,4]. let
            c:f32[2,7] = concatenate[dimension=1] a b
          in (c,) }
        """) { try makeJaxpr { (a: Tensor, b: Tensor) in try concatenate([a, b], axis: 1) }(f32(2, 3), f32(2, 4)) },
    // jax.make_jaxpr(lambda x: lax.split(x, (1, 2), axis=0))(f32(3,2))
    GoldenCase("split", """
        { lambda ; a:f32[3,2]. let
            b:f32[1,2] c:f32[2,2] = split[axis=0 sizes=(1, 2)] a
          in (b, c) }
        """) { try makeJaxpr { (x: Tensor) in try split(x, indices: [1], axis: 0) }(f32(3, 2)) },
    // jax.make_jaxpr(lambda x: lax.slice(x, (1, 0), (3, 2)))(f32(4,3))
    GoldenCase("slice", """
        { lambda ; a:f32[4,3]. let
            b:f32[2,2] = slice[limit_indices=(3, 2) start_indices=(1, 0) strides=None] a
          in (b,) }
        """) { try makeJaxpr { (x: Tensor) in try x[1..<3, 0..<2] }(f32(4, 3)) },
    // jax.make_jaxpr(lambda x: lax.slice(x, (0, 0), (4, 3), (2, 1)))(f32(4,3))
    GoldenCase("slice with strides", """
        { lambda ; a:f32[4,3]. let
            b:f32[2,3] = slice[limit_indices=(4, 3) start_indices=(0, 0) strides=(2, 1)] a
          in (b,) }
        """) {
        try makeJaxpr { (x: Tensor) in try bind1(Slice(startIndices: [0, 0], limitIndices: [4, 3], strides: [2, 1]), [x]) }(f32(4, 3))
    },
    // jax.make_jaxpr(lambda x, i: lax.dynamic_slice_p.bind(x, i, jnp.int32(0), slice_sizes=(2, 3)))(f32(4,3), jnp.int32(1))
    GoldenCase("dynamic_slice", """
        { lambda ; a:f32[4,3] b:i32[]. let
            c:f32[2,3] = dynamic_slice[slice_sizes=(2, 3)] a b 0:i32[]
          in (c,) }
        """) {
        try makeJaxpr { (x: Tensor, i: Tensor) in try bind1(DynamicSlice(sliceSizes: [2, 3]), [x, i, Tensor(Int32(0))]) }(f32(4, 3), Tensor(Int32(1)))
    },
    // jax.make_jaxpr(lambda x, u, i: lax.dynamic_update_slice_p.bind(x, u, i, jnp.int32(0)))(f32(4,3), f32(2,3), jnp.int32(1))
    GoldenCase("dynamic_update_slice", """
        { lambda ; a:f32[4,3] b:f32[2,3] c:i32[]. let
            d:f32[4,3] = dynamic_update_slice a b c 0:i32[]
          in (d,) }
        """) {
        try makeJaxpr { (x: Tensor, u: Tensor, i: Tensor) in
            try bind1(DynamicUpdateSlice(), [x, u, i, Tensor(Int32(0))])
        }(f32(4, 3), f32(2, 3), Tensor(Int32(1)))
    },
    // jax.make_jaxpr(lambda x, i: lax.gather(x, i, lax.GatherDimensionNumbers(offset_dims=(1,),
    //     collapsed_slice_dims=(0,), start_index_map=(0,)), (1, 3), mode=lax.GatherScatterMode.CLIP))(f32(5,3), i32(2,1))
    GoldenCase("gather", """
        { lambda ; a:f32[5,3] b:i32[2,1]. let
            c:f32[2,3] = gather[
              dimension_numbers=GatherDimensionNumbers(offset_dims=(1,), collapsed_slice_dims=(0,), start_index_map=(0,), operand_batching_dims=(), start_indices_batching_dims=())
              fill_value=None
              indices_are_sorted=False
              mode=GatherScatterMode.CLIP
              slice_sizes=(1, 3)
              unique_indices=False
            ] a b
          in (c,) }
        """) {
        try makeJaxpr { (x: Tensor, i: Tensor) in
            try bind1(Gather(dimensions: Gather.Dimensions(offsetDims: [1], collapsedSliceDims: [0], startIndexMap: [0]), sliceSizes: [1, 3], mode: .clip), [x, i])
        }(f32(5, 3), i32(2, 1))
    },
    // jax.make_jaxpr(lambda x: lax.pad(x, 0.0, ((1, 2, 0), (0, 0, 1))))(f32(2,3))
    GoldenCase("pad", """
        { lambda ; a:f32[2,3]. let
            b:f32[5,5] = pad[padding_config=((1, 2, 0), (0, 0, 1))] a 0.0:f32[]
          in (b,) }
        """) {
        try makeJaxpr { (x: Tensor) in
            try bind1(Pad(paddingConfig: [Pad.PadConfig(low: 1, high: 2), Pad.PadConfig(low: 0, high: 0, interior: 1)]), [x, Tensor(Float(0))])
        }(f32(2, 3))
    },
    // jax.make_jaxpr(lambda x: lax.sort(x, dimension=0))(f32(4,3))
    GoldenCase("sort", """
        { lambda ; a:f32[4,3]. let
            b:f32[4,3] = sort[dimension=0 is_stable=True num_keys=1] a
          in (b,) }
        """) { try makeJaxpr { (x: Tensor) in try sort(x, axis: 0) }(f32(4, 3)) },
    // jax.make_jaxpr(lambda x, y: lax.sort((x, y), dimension=0, num_keys=1))(f32(4), i32(4))
    GoldenCase("sort with a payload", """
        { lambda ; a:f32[4] b:i32[4]. let
            c:f32[4] d:i32[4] = sort[dimension=0 is_stable=True num_keys=1] a b
          in (c, d) }
        """) {
        try makeJaxpr { (x: Tensor, y: Tensor) in
            let r = try bind(Sort(dimension: 0, isStable: true, numKeys: 1), [x, y])
            return (r[0], r[1])
        }(f32(4), i32(4))
    },
    // iota: JAX stages `lax.iota` even with no traced operand; our staging folds
    // operations on concrete values (by design), so an iota never reaches a jaxpr alone.
    // jax.make_jaxpr(lambda x: lax.clamp(0, x, 2))(i32(3))
    GoldenCase("clamp", "{ lambda ; a:i32[3]. let b:i32[3] = clamp 0:i32[] a 2:i32[] in (b,) }") {
        try makeJaxpr { (x: Tensor) in try bind1(Clamp(), [Tensor(Int32(0)), x, Tensor(Int32(2))]) }(i32(3))
    },
    // jax.make_jaxpr(lambda a, b, c, d: jax.extend.random.threefry2x32_p.bind(a, b, c, d))(u32(), u32(), u32(4), u32(4))
    GoldenCase("threefry2x32", """
        { lambda ; a:u32[] b:u32[] c:u32[4] d:u32[4]. let
            e:u32[4] f:u32[4] = threefry2x32 a b c d
          in (e, f) }
        """) {
        try makeJaxpr { (a: Tensor, b: Tensor, c: Tensor, d: Tensor) in
            let r = try bind(Threefry2x32(), [a, b, c, d])
            return (r[0], r[1])
        }(u32(), u32(), u32(4), u32(4))
    },
    // jax.make_jaxpr(lambda x: x)(f32(2)); jax.make_jaxpr(lambda x: (x, 1.0))(f32(2))
    GoldenCase("no equations", "{ lambda ; a:f32[2]. let  in (a,) }") { try makeJaxpr { (x: Tensor) in x }(f32(2)) },
    GoldenCase("a literal result", "{ lambda ; a:f32[2]. let  in (a, 1.0:f32[]) }") {
        try makeJaxpr { (x: Tensor) in (x, Tensor(floatLiteral: 1.0)) }(f32(2))
    },
    // c = np.arange(4.0, dtype=np.float32); jax.make_jaxpr(lambda x: x * c)(jnp.ones(4, jnp.float32))
    GoldenCase("a captured constant", "{ lambda a:f32[4]; b:f32[4]. let c:f32[4] = mul b a in (c,) }") {
        let c = try Tensor.arange(4.0, dtype: .float32)
        return try makeJaxpr { (x: Tensor) in try x * c }(try Tensor.ones([4]))
    },
    // jax.make_jaxpr(lambda x: lax.while_loop(lambda c: c < 10.0, lambda c: c * 2.0, x))(f32())
    GoldenCase("while", """
        { lambda ; a:f32[]. let
            b:f32[] = while[
              body_jaxpr={ lambda ; c:f32[]. let d:f32[] = mul c 2.0:f32[] in (d,) }
              body_nconsts=0
              cond_jaxpr={ lambda ; e:f32[]. let f:bool[] = lt e 10.0:f32[] in (f,) }
              cond_nconsts=0
            ] a
          in (b,) }
        """) {
        try makeJaxpr { (x: Tensor) in try whileLoop(initial: x, while: { try $0 .< 10.0 }, body: { try $0 * 2.0 }) }(f32())
    },
    // jax.make_jaxpr(lambda p, x: lax.cond(p, lambda x: lax.sin(x), lambda x: lax.cos(x), x))(jnp.bool_(True), f32(3))
    GoldenCase("cond", """
        { lambda ; a:bool[] b:f32[3]. let
            c:i32[] = convert_element_type[new_dtype=int32 weak_type=False] a
            d:f32[3] = cond[
              branches=(
                { lambda ; e:f32[3]. let f:f32[3] = cos e in (f,) }
                { lambda ; g:f32[3]. let h:f32[3] = sin g in (h,) }
              )
            ] c b
          in (d,) }
        """) {
        try makeJaxpr { (p: Tensor, x: Tensor) in try cond(p, initial: x, then: { try sin($0) }, else: { try cos($0) }) }(Tensor(true), f32(3))
    },
    // jax.make_jaxpr(lambda i, x: lax.switch(i, [lax.sin, lax.cos, lax.neg], x))(jnp.int32(0), f32(3))
    GoldenCase("switch", """
        { lambda ; a:i32[] b:f32[3]. let
            c:i32[] = clamp 0:i32[] a 2:i32[]
            d:f32[3] = cond[
              branches=(
                { lambda ; e:f32[3]. let f:f32[3] = sin e in (f,) }
                { lambda ; g:f32[3]. let h:f32[3] = cos g in (h,) }
                { lambda ; i:f32[3]. let j:f32[3] = neg i in (j,) }
              )
            ] c b
          in (d,) }
        """) {
        try makeJaxpr { (i: Tensor, x: Tensor) in
            let branches: [(Tensor) throws -> Tensor] = [{ try sin($0) }, { try cos($0) }, { try -$0 }]
            return try cond(index: i, branches: branches, initial: x)
        }(Tensor(Int32(0)), f32(3))
    },
    // jax.make_jaxpr(lambda c, xs: lax.scan(lambda c, x: (c + x, c * x), c, xs, reverse=True))(f32(), f32(4))
    GoldenCase("scan reverse", """
        { lambda ; a:f32[] b:f32[4]. let
            c:f32[] d:f32[4] = scan[
              jaxpr={ lambda ; e:f32[] f:f32[]. let
                  g:f32[] = add e f
                  h:f32[] = mul e f
                in (g, h) }
              length=4
              num_carry=1
              num_consts=0
              reverse=True
              unroll=1
            ] a b
          in (c, d) }
        """) {
        try makeJaxpr { (c: Tensor, xs: Tensor) in
            try scan({ (c: Tensor, x: Tensor) in (try c + x, try c * x) }, initial: c, over: xs, reverse: true)
        }(f32(), f32(4))
    },
    // jax.make_jaxpr(lambda c: lax.scan(lambda c, _: (c * 2.0, c), c, None, length=5))(f32())
    GoldenCase("scan without xs", """
        { lambda ; a:f32[]. let
            b:f32[] c:f32[5] = scan[
              jaxpr={ lambda ; d:f32[]. let e:f32[] = mul d 2.0:f32[] in (e, d) }
              length=5
              num_carry=1
              num_consts=0
              reverse=False
              unroll=1
            ] a
          in (b, c) }
        """) {
        try makeJaxpr { (c: Tensor) in try scan({ (c: Tensor) in (try c * 2.0, c) }, initial: c, length: 5) }(f32())
    },
    // jax.make_jaxpr(lambda xs: lax.scan(lambda c, x: (c + 1.5, c + 1.5), 0, xs))(jnp.ones(3)):
    // the weak int literal 0 carry adopts float32.
    GoldenCase("scan with a weak literal carry", """
        { lambda ; a:f32[3]. let
            b:f32[] c:f32[3] = scan[
              jaxpr={ lambda ; d:f32[] e:f32[]. let
                  f:f32[] = add d 1.5:f32[]
                  g:f32[] = add d 1.5:f32[]
                in (f, g) }
              length=3
              num_carry=1
              num_consts=0
              reverse=False
              unroll=1
            ] 0.0:f32[] a
          in (b, c) }
        """) {
        try makeJaxpr { (xs: Tensor) in try scan({ (c: Tensor, x: Tensor) in (try c + 1.5, try c + 1.5) }, initial: 0, over: xs) }(f32(3))
    },
]

@Suite("jaxpr goldens")
struct JaxprGoldenTests {
    @Test(arguments: referenceGoldens)
    func referenceExamples(_ g: GoldenCase) throws {
        let printed = try g.jaxpr().description
        #expect(printed == g.expected, "\(g.name):\n\(printed)")
    }

    @Test(arguments: familyGoldens)
    func primitiveFamilies(_ g: GoldenCase) throws {
        let printed = try g.jaxpr().description
        #expect(printed == g.expected, "\(g.name):\n\(printed)")
    }

    /// The seed examples print the same jaxprs (the example program is what users see).
    @Test func seedNotebookJaxprsAreThePrintedOnes() throws {
        // jaxpr.md's vmap(dot) with the notebook's legacy random inputs: values never appear.
        try Random.withImplementation(.legacy) {
            let key = PRNGKey(0)
            let bx = try Random.normal(key, shape: [5, 100]), by = try Random.normal(key, shape: [5, 100])
            #expect(try makeJaxpr(vmap(dot))(bx, by).description == referenceGoldens[0].expected)
        }
    }
}
