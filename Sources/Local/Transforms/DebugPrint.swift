#if canImport(Glibc)
import Glibc
#endif

/// Prints values when the program runs, also inside `jit`, `vmap` and loop
/// bodies, where `print(x)` would only show a tracer (JAX's `jax.debug.print`).
///
/// Each `{}` (or `{name}`, `{0}`) in `format` is replaced by the next value.
/// Under `vmap` one line is printed per example.
///
/// ```swift
/// let f = jit { (x: Tensor) in
///     let y = try x * 2
///     try debugPrint("y = {}", y)
///     return y
/// }
/// ```
public func debugPrint(_ format: String, _ values: Tensor...) throws {
    _ = try bind(DebugCallback(format: format), values)
}

/// `debug_callback`: the primitive behind ``debugPrint(_:_:)``. It has no
/// results and is never removed as dead code.
///
/// ```swift
/// _ = try bind(DebugCallback(format: "x = {}"), [Tensor([1.0, 2.0])])   // prints x = [1. 2.]
/// ```
public struct DebugCallback: Primitive {
    /// The format string; each `{…}` field takes the next operand.
    ///
    /// ```swift
    /// DebugCallback(format: "y = {}").format   // "y = {}"
    /// ```
    public let format: String
    /// Creates `debug_callback` printing `format` with its operands substituted.
    ///
    /// ```swift
    /// let p = DebugCallback(format: "step {} loss {}")
    /// ```
    public init(format: String) { self.format = format }
    public var name: String { "debug_callback" }
    public var hasSideEffects: Bool { true }
    public var parameters: [(name: String, value: String)] { [("callback", "print(\"\(format)\")")] }

    public func abstractEval(_ inputs: [ShapedArray]) throws -> [ShapedArray] { [] }

    public func evaluate(_ inputs: [Tensor], outputs: [ShapedArray]) throws -> [Tensor] {
        let line = DebugCallback.render(format, inputs.map(\.description)) + "\n"
        fflush(nil)
        line.withCString { _ = write(1, $0, strlen($0)) }
        return []
    }

    /// Substitutes `{…}` fields in order.
    static func render(_ format: String, _ values: [String]) -> String {
        var out = "", i = 0, field = false
        for ch in format {
            if field {
                if ch == "}" {
                    out += i < values.count ? values[i] : "{}"
                    i += 1
                    field = false
                }
                continue
            }
            if ch == "{" { field = true } else { out.append(ch) }
        }
        return out
    }

    /// One line per example, each with that example's values.
    public func batch(_ inputs: [Tensor], dims: [Int?], axis: BatchAxis) throws -> (outputs: [Tensor], dims: [Int?]) {
        for b in 0..<axis.size {
            let lane = try zip(inputs, dims).map { x, d in d == nil ? x : try x.take(b, axis: d!) }
            _ = try bind(self, lane)
        }
        return ([], [])
    }
}
