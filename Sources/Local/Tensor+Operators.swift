// Operators on tensors. They throw (one `try` covers a whole expression):
// shapes and dtypes are checked at run time, as in JAX.

precedencegroup PowerPrecedence {
    higherThan: MultiplicationPrecedence
    associativity: right
}
/// Elementwise power: `x ** 2` (a literal integer exponent is `integer_pow`).
infix operator ** : PowerPrecedence

extension Tensor {
    /// Elementwise sum with numpy broadcasting and JAX dtype promotion
    /// (logical or on bools).
    public static func + (a: Tensor, b: Tensor) throws -> Tensor {
        let args = try promoteOperands("add", [a, b])
        return args[0].dtype == .bool ? try bind1(Or(), args) : try bind1(Add(), args)
    }

    /// Elementwise difference.
    public static func - (a: Tensor, b: Tensor) throws -> Tensor {
        let args = try promoteOperands("sub", [a, b])
        guard args[0].dtype != .bool else {
            throw TensorError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
        }
        return try bind1(Sub(), args)
    }

    /// Elementwise product (logical and on bools).
    public static func * (a: Tensor, b: Tensor) throws -> Tensor {
        let args = try promoteOperands("mul", [a, b])
        return args[0].dtype == .bool ? try bind1(And(), args) : try bind1(Mul(), args)
    }

    /// True division: integers are promoted to float32 first, as `jnp.true_divide`.
    public static func / (a: Tensor, b: Tensor) throws -> Tensor {
        try binaryOp(Div(), a, b, inexact: true)
    }

    /// Python's modulo: the result has the sign of the divisor (`jnp.remainder`).
    public static func % (a: Tensor, b: Tensor) throws -> Tensor {
        try remainder(a, b)
    }

    /// Elementwise power. A literal integer exponent gives `integer_pow`
    /// (exact repeated multiplication); otherwise `pow` on floats.
    ///
    /// ```swift
    /// try x ** 2
    /// ```
    public static func ** (a: Tensor, b: Tensor) throws -> Tensor {
        try power(a, b)
    }

    /// Negation.
    public static prefix func - (x: Tensor) throws -> Tensor {
        guard x.dtype != .bool else {
            throw TensorError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
        }
        return try bind1(Neg(), [x])
    }

    /// Bitwise and (logical on bools).
    public static func & (a: Tensor, b: Tensor) throws -> Tensor { try binaryOp(And(), a, b) }
    /// Bitwise or (logical on bools).
    public static func | (a: Tensor, b: Tensor) throws -> Tensor { try binaryOp(Or(), a, b) }
    /// Bitwise xor (logical on bools).
    public static func ^ (a: Tensor, b: Tensor) throws -> Tensor { try binaryOp(Xor(), a, b) }
    /// Bitwise not (logical on bools).
    public static prefix func ~ (x: Tensor) throws -> Tensor { try bind1(Not(), [x]) }
    /// Elementwise `==` (a bool tensor).
    public static func .== (a: Tensor, b: Tensor) throws -> Tensor { try compareOp(Eq(), a, b) }
    /// Elementwise `!=`.
    public static func .!= (a: Tensor, b: Tensor) throws -> Tensor { try compareOp(Ne(), a, b) }
    /// Elementwise `<`.
    public static func .< (a: Tensor, b: Tensor) throws -> Tensor { try compareOp(Lt(), a, b) }
    /// Elementwise `<=`.
    public static func .<= (a: Tensor, b: Tensor) throws -> Tensor { try compareOp(Le(), a, b) }
    /// Elementwise `>`.
    public static func .> (a: Tensor, b: Tensor) throws -> Tensor { try compareOp(Gt(), a, b) }
    /// Elementwise `>=`.
    public static func .>= (a: Tensor, b: Tensor) throws -> Tensor { try compareOp(Ge(), a, b) }

    /// `a += b`.
    public static func += (a: inout Tensor, b: Tensor) throws { a = try a + b }
    /// `a -= b`.
    public static func -= (a: inout Tensor, b: Tensor) throws { a = try a - b }
    /// `a *= b`.
    public static func *= (a: inout Tensor, b: Tensor) throws { a = try a * b }
    /// `a /= b`.
    public static func /= (a: inout Tensor, b: Tensor) throws { a = try a / b }
}
