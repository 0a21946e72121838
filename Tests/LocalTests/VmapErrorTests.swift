// vmap's errors, with JAX 0.10's wording (shared/reference/errors.md), and
// the per-example fallback for functions that read concrete values.
//
// JAX names arguments by their Python parameter names ("argument a"); Swift
// closures have none, so we say "argument 0" as errors.md does. Everything
// else is JAX's text, checked with jax 0.10.2 (the Python is in comments).

import Foundation
import Testing
@testable import Local

/// Calls counted from any thread.
final class XFCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func increment() { lock.lock(); n += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return n }
}

/// The message of the `TensorError` `body` throws (nil when it throws nothing).
private func tensorErrorMessage(_ body: () throws -> Void) -> String? {
    do { try body() } catch let e as TensorError { return e.message } catch { return "unexpected \(type(of: error)): \(error)" }
    return nil
}

@Suite("vmap errors and the per-example fallback")
struct VmapErrorTests {
    let f5x100 = try! Tensor.ones([5, 100]), f4x100 = try! Tensor.ones([4, 100])

    // MARK: Inconsistent sizes

    /// vmap(jnp.dot)(ones((5,100)), ones((4,100)))
    @Test func inconsistentSizesTwoArguments() {
        let m = tensorErrorMessage { _ = try vmap(dot)(f5x100, f4x100) }
        #expect(m == """
            vmap got inconsistent sizes for array axes to be mapped:
              * one axis had size 5: axis 0 of argument 0 of type float32[5,100];
              * one axis had size 4: axis 0 of argument 1 of type float32[4,100]
            """)
    }

    /// JAX 0.10.2, `vmap(lambda a, b, c: a + b + c)(ones(5), ones(5), ones(4))`:
    /// ```
    /// vmap got inconsistent sizes for array axes to be mapped:
    ///   * most axes (2 of them) had size 5, e.g. axis 0 of argument a of type float32[5];
    ///   * one axis had size 4: axis 0 of argument c of type float32[4]
    /// ```
    @Test func inconsistentSizesGroupsTheMostCommonSize() throws {
        let add3 = vmap { (a: Tensor, b: Tensor, c: Tensor) in try a + b + c }
        let m = tensorErrorMessage { _ = try add3(try Tensor.ones([5]), try Tensor.ones([5]), try Tensor.ones([4])) }
        #expect(m == """
            vmap got inconsistent sizes for array axes to be mapped:
              * most axes (2 of them) had size 5, e.g. axis 0 of argument 0 of type float32[5];
              * one axis had size 4: axis 0 of argument 2 of type float32[4]
            """)
        // Sizes 5, 4, 4: the group of 4s comes first, its first member as the example.
        let m2 = tensorErrorMessage { _ = try add3(try Tensor.ones([5]), try Tensor.ones([4]), try Tensor.ones([4])) }
        #expect(m2 == """
            vmap got inconsistent sizes for array axes to be mapped:
              * most axes (2 of them) had size 4, e.g. axis 0 of argument 1 of type float32[4];
              * one axis had size 5: axis 0 of argument 0 of type float32[5]
            """)
        // Three different sizes: one line each, in argument order.
        let m3 = tensorErrorMessage { _ = try add3(try Tensor.ones([5]), try Tensor.ones([4]), try Tensor.ones([3])) }
        #expect(m3 == """
            vmap got inconsistent sizes for array axes to be mapped:
              * one axis had size 5: axis 0 of argument 0 of type float32[5];
              * one axis had size 4: axis 0 of argument 1 of type float32[4];
              * one axis had size 3: axis 0 of argument 2 of type float32[3]
            """)
    }

    /// vmap(lambda a, b: a + b, in_axes=(0, 1))(ones((5, 3)), ones((3, 4)))
    @Test func inconsistentSizesNameTheMappedAxis() throws {
        let m = tensorErrorMessage {
            _ = try vmap({ (a: Tensor, b: Tensor) in try a + b }, inAxes: [0, 1])(try Tensor.ones([5, 3]), try Tensor.ones([3, 4]))
        }
        #expect(m == """
            vmap got inconsistent sizes for array axes to be mapped:
              * one axis had size 5: axis 0 of argument 0 of type float32[5,3];
              * one axis had size 4: axis 1 of argument 1 of type float32[3,4]
            """)
    }

    /// vmap(lambda a: a, axis_size=3)(ones(5)): JAX lists the axis_size first.
    /// ```
    /// vmap got inconsistent sizes for array axes to be mapped:
    ///   * the `axis_size` argument was 3;
    ///   * one axis had size 5: axis 0 of argument a of type float32[5]
    /// ```
    @Test func inconsistentSizesWithAxisSize() throws {
        let m = tensorErrorMessage { _ = try vmap({ (a: Tensor) in a }, axisSize: 3)(try Tensor.ones([5])) }
        #expect(m == """
            vmap got inconsistent sizes for array axes to be mapped:
              * the `axis_size` argument was 3;
              * one axis had size 5: axis 0 of argument 0 of type float32[5]
            """)
    }

    // MARK: Axes

    /// vmap(jnp.sin, in_axes=2)(ones((5, 100))), and in_axes=-3, and a 0-d argument.
    @Test func axisOutOfRange() throws {
        #expect(tensorErrorMessage { _ = try vmap(sin, inAxes: 2)(f5x100) }
            == "vmap was requested to map its argument along axis 2, which implies that its rank should be at least 3, but is only 2 (its shape is (5, 100))")
        #expect(tensorErrorMessage { _ = try vmap(sin, inAxes: -3)(f5x100) }
            == "vmap was requested to map its argument along axis -3, which implies that its rank should be at least 3, but is only 2 (its shape is (5, 100))")
        #expect(tensorErrorMessage { _ = try vmap(sin)(Tensor(Float(1))) }
            == "vmap was requested to map its argument along axis 0, which implies that its rank should be at least 1, but is only 0 (its shape is ())")
        #expect(tensorErrorMessage { _ = try vmap(dot, inAxes: [0, 1])(f5x100, try Tensor.ones([100])) }
            == "vmap was requested to map its argument along axis 1, which implies that its rank should be at least 2, but is only 1 (its shape is (100,))")
    }

    /// vmap(lambda a, b: a + b, in_axes=(None, None))(ones(5), ones(5))
    @Test func allInAxesNilWithoutAxisSize() {
        #expect(tensorErrorMessage { _ = try vmap(dot, inAxes: [nil, nil])(f5x100, f5x100) }
            == "vmap must have at least one non-None value in in_axes or axis_size must be specified")
        #expect(tensorErrorMessage { _ = try vmap(sin, inAxes: nil)(f5x100) }
            == "vmap must have at least one non-None value in in_axes or axis_size must be specified")
    }

    /// vmap(lambda a, b: a + b, in_axes=(0,))(ones(5), ones(5))
    @Test func inAxesCountDiffersFromArgumentCount() {
        #expect(tensorErrorMessage { _ = try vmap(dot, inAxes: [0])(f5x100, f5x100) }
            == "vmap in_axes must be an int, None, or a tuple of entries corresponding to the positional arguments passed to the function, but got len(in_axes)=1, len(args)=2")
        #expect(tensorErrorMessage { _ = try vmap(dot, inAxes: [0, 0, nil])(f5x100, f5x100) }
            == "vmap in_axes must be an int, None, or a tuple of entries corresponding to the positional arguments passed to the function, but got len(in_axes)=3, len(args)=2")
    }

    /// vmap(lambda a: a, out_axes=None)(ones(5)), and with in_axes=1 (the batch
    /// dimension JAX names is where the output is batched).
    /// ```
    /// at vmap out_axes, got axis spec None but output was batched on axis 0
    /// ```
    @Test func outAxesNoneWithMappedOutput() throws {
        #expect(tensorErrorMessage { _ = try vmap({ (a: Tensor) in a }, outAxes: nil)(try Tensor.ones([5])) }
            == "at vmap out_axes, got axis spec None but output was batched on axis 0")
        #expect(tensorErrorMessage { _ = try vmap({ (a: Tensor) in try a * 2 }, inAxes: 1, outAxes: nil)(try Tensor.ones([3, 5])) }
            == "at vmap out_axes, got axis spec None but output was batched on axis 1")
    }

    /// vmap(lambda a: a, out_axes=2)(ones((5, 3)))
    @Test func outAxesOutOfRange() throws {
        #expect(tensorErrorMessage { _ = try vmap({ (a: Tensor) in a }, outAxes: 2)(try Tensor.ones([5, 3])) }
            == "axis 2 is out of bounds for array of dimension 2")
    }

    // MARK: The per-example fallback

    /// A function that reads `.item()` of its input runs once per example
    /// under the default strategy: the results equal running it per example
    /// and stacking, and it reads a concrete value exactly once per example.
    @Test func itemRunsPerExample() throws {
        let reads = XFCounter(), calls = XFCounter()
        let f = { @Sendable (x: Tensor) throws -> Tensor in
            calls.increment()
            let v = try x.item(Float.self)
            reads.increment()
            return try Tensor(v > 0 ? v * 2 : -v).reshaped([1])
        }
        let xs = Tensor([1.5, -2, 3, -0.5, 0.25])
        let got = try vmap(f)(xs)
        let want = try stack((0..<5).map { try f(xs[$0]) })
        try XF.expectSame(got, want, "item() per example")
        #expect(got.shape == [5, 1])
        #expect(reads.value == 5 + 5, "five reads for the reference, five under vmap")
        #expect(calls.value >= 11, "one traced attempt, then five per-example calls (plus five for the reference)")
    }

    /// `Bool(x)` on an input, with an unmapped second argument and out axis 1.
    @Test func boolConversionRunsPerExample() throws {
        let reads = XFCounter()
        let f = { @Sendable (x: Tensor, scale: Tensor) throws -> Tensor in
            let positive = try Bool(sum(x) .> 0)
            reads.increment()
            return positive ? try x * scale : try -x
        }
        var rng = XF.Rng("bool per example")
        let xs = try XF.random([6, 3], .float32, .normal, &rng), scale = Tensor([1.0, 10, 100])
        let got = try vmap(f, inAxes: [0, nil], outAxes: 1)(xs, scale)
        #expect(reads.value == 6)
        let want = try stack((0..<6).map { try f(xs[$0], scale) }, axis: 1)
        try XF.expectSame(got, want, "Bool() per example")
    }

    /// The fallback keeps out_axes' meaning: nil is only allowed for a result
    /// that is the same for every example.
    @Test func perExampleFallbackWithOutAxesNone() throws {
        let differs = { @Sendable (x: Tensor) throws -> Tensor in Tensor(try x.item(Float.self)) }
        #expect(tensorErrorMessage { _ = try vmap(differs, outAxes: nil)(Tensor([1.0, 2])) }
            == "at vmap out_axes, got axis spec None but output was batched on axis 0")
        let same = { @Sendable (x: Tensor) throws -> Tensor in _ = try x.item(Float.self); return Tensor(Float(7)) }
        try XF.expectSame(try vmap(same, outAxes: nil)(Tensor([1.0, 2])), Tensor(Float(7)))
    }

    /// Examples run on pool threads with the caller's PRNG implementation.
    @Test func perExampleFallbackKeepsThePRNGMode() throws {
        let f = { @Sendable (k: Tensor) throws -> Tensor in
            _ = try k[0].item(UInt32.self)   // forces the fallback
            return try Random.normal(k, shape: [3])
        }
        let keys = try Random.split(Random.key(1), count: 4)
        for mode in [PRNGImplementation.legacy, .partitionable] {
            let got = try Random.withImplementation(mode) { try vmap(f)(keys) }
            let want = try Random.withImplementation(mode) { try stack((0..<4).map { try Random.normal(keys[$0], shape: [3]) }) }
            try XF.expectSame(got, want, rtol: 0, atol: 0, "\(mode)")
        }
    }

    /// `strategy: .batched` never falls back: JAX's ConcretizationTypeError.
    @Test func batchedStrategyThrowsConcretizationError() throws {
        let f = { @Sendable (x: Tensor) throws -> Tensor in try Bool(x .> 0) ? x : -x }
        let g = { @Sendable (x: Tensor) throws -> Tensor in Tensor(try x.item(Float.self)) }
        let xs = Tensor([1.0, -2, 3])
        let e1 = #expect(throws: ConcretizationError.self) { try vmap(f, strategy: .batched)(xs) }
        #expect(e1?.message.hasPrefix("Attempted boolean conversion of traced array with shape bool[].") == true)
        let e2 = #expect(throws: ConcretizationError.self) { try vmap(g, strategy: .batched)(xs) }
        #expect(e2?.message.hasPrefix("Abstract tracer value encountered where a concrete value is expected") == true)
        #expect(e2?.message.contains("item()") == true)
    }

    /// Under jit there is no concrete value to fall back on: the error says
    /// why and what to use instead.
    @Test func jitThrowsConcretizationErrorMentioningCondAndWhileLoop() throws {
        let f = { @Sendable (x: Tensor) throws -> Tensor in try Bool(x .> 0) ? x : -x }
        let g = { @Sendable (x: Tensor) throws -> Tensor in Tensor(try x.item(Float.self)) }
        for h in [f, g] {
            let e = #expect(throws: ConcretizationError.self) { try jit(h)(Tensor(Float(1))) }
            #expect(e?.message.contains("cond") == true && e?.message.contains("whileLoop") == true, "\(e?.message ?? "")")
        }
        let e = #expect(throws: ConcretizationError.self) { try jit(f)(Tensor(Float(1))) }
        #expect(e?.message.hasPrefix("Attempted boolean conversion of traced array with shape bool[].\n") == true)
        // jit of a vmapped function: the vmap sees tracers, so it cannot fall back.
        #expect(throws: ConcretizationError.self) { try jit(vmap(f))(Tensor([1.0, -1])) }
        // vmap of a jitted function: per example, jit still has only tracers.
        #expect(throws: ConcretizationError.self) { try vmap(jit(f))(Tensor([1.0, -1])) }
        // makeJaxpr traces too.
        #expect(throws: ConcretizationError.self) { try makeJaxpr(f)(Tensor(Float(1))) }
        // The traced alternative works everywhere.
        let traced = { @Sendable (x: Tensor) throws -> Tensor in try cond(x .> 0, initial: x, then: { $0 }, else: { try -$0 }) }
        try XF.expectSame(try jit(vmap(traced))(Tensor([1.0, -2])), Tensor([1.0, 2]), "cond instead of Bool()")
    }
}
