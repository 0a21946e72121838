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
    ///
    /// ```swift
    /// try Tensor(rows: [[1, 2], [3, 4]]) + Tensor([10.0, 20.0])   // [[11, 22], [13, 24]]
    /// ```
    public static func + (a: Tensor, b: Tensor) throws -> Tensor {
        let args = try promoteOperands("add", [a, b])
        return args[0].dtype == .bool ? try bind1(Or(), args) : try bind1(Add(), args)
    }

    /// Elementwise difference.
    ///
    /// ```swift
    /// try Tensor([5, 7]) - Tensor([1, 2])   // [4, 5]
    /// ```
    public static func - (a: Tensor, b: Tensor) throws -> Tensor {
        let args = try promoteOperands("sub", [a, b])
        guard args[0].dtype != .bool else {
            throw TensorError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
        }
        return try bind1(Sub(), args)
    }

    /// Elementwise product (logical and on bools).
    ///
    /// ```swift
    /// try Tensor([1.0, 2.0]) * 3   // [3, 6], still float32
    /// ```
    public static func * (a: Tensor, b: Tensor) throws -> Tensor {
        let args = try promoteOperands("mul", [a, b])
        return args[0].dtype == .bool ? try bind1(And(), args) : try bind1(Mul(), args)
    }

    /// True division: integers are promoted to float32 first, as `jnp.true_divide`.
    ///
    /// ```swift
    /// try Tensor([1, 3]) / Tensor([2, 2])   // [0.5, 1.5], float32
    /// ```
    public static func / (a: Tensor, b: Tensor) throws -> Tensor {
        try binaryOp(Div(), a, b, inexact: true)
    }

    /// Python's modulo: the result has the sign of the divisor (`jnp.remainder`).
    ///
    /// ```swift
    /// try Tensor([-7, 7]) % Tensor([3, 3])   // [2, 1]
    /// ```
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
    ///
    /// ```swift
    /// try -Tensor([1.0, -2.0])   // [-1, 2]
    /// ```
    public static prefix func - (x: Tensor) throws -> Tensor {
        guard x.dtype != .bool else {
            throw TensorError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
        }
        return try bind1(Neg(), [x])
    }

    /// Bitwise and (logical on bools).
    ///
    /// ```swift
    /// try Tensor([12]) & Tensor([10])   // [8]
    /// ```
    public static func & (a: Tensor, b: Tensor) throws -> Tensor { try binaryOp(And(), a, b) }
    /// Bitwise or (logical on bools).
    ///
    /// ```swift
    /// try Tensor([12]) | Tensor([10])   // [14]
    /// ```
    public static func | (a: Tensor, b: Tensor) throws -> Tensor { try binaryOp(Or(), a, b) }
    /// Bitwise xor (logical on bools).
    ///
    /// ```swift
    /// try Tensor([true, true]) ^ Tensor([true, false])   // [False, True]
    /// ```
    public static func ^ (a: Tensor, b: Tensor) throws -> Tensor { try binaryOp(Xor(), a, b) }
    /// Bitwise not (logical on bools).
    ///
    /// ```swift
    /// try ~Tensor([true, false])   // [False, True]
    /// ```
    public static prefix func ~ (x: Tensor) throws -> Tensor { try bind1(Not(), [x]) }
    /// Elementwise `==` (a bool tensor).
    ///
    /// ```swift
    /// try Tensor([1, 2]) .== Tensor([1, 3])   // [True, False]
    /// ```
    public static func .== (a: Tensor, b: Tensor) throws -> Tensor { try compareOp(Eq(), a, b) }
    /// Elementwise `!=`.
    ///
    /// ```swift
    /// try Tensor([1, 2]) .!= 2   // [True, False]
    /// ```
    public static func .!= (a: Tensor, b: Tensor) throws -> Tensor { try compareOp(Ne(), a, b) }
    /// Elementwise `<`.
    ///
    /// ```swift
    /// try Tensor([1.0, 3.0]) .< 2   // [True, False]
    /// ```
    public static func .< (a: Tensor, b: Tensor) throws -> Tensor { try compareOp(Lt(), a, b) }
    /// Elementwise `<=`.
    ///
    /// ```swift
    /// try Tensor([1.0, 2.0]) .<= 2   // [True, True]
    /// ```
    public static func .<= (a: Tensor, b: Tensor) throws -> Tensor { try compareOp(Le(), a, b) }
    /// Elementwise `>`.
    ///
    /// ```swift
    /// try Tensor([1.0, 3.0]) .> 2   // [False, True]
    /// ```
    public static func .> (a: Tensor, b: Tensor) throws -> Tensor { try compareOp(Gt(), a, b) }
    /// Elementwise `>=`.
    ///
    /// ```swift
    /// try Tensor([1.0, 3.0]) .>= 3   // [False, True]
    /// ```
    public static func .>= (a: Tensor, b: Tensor) throws -> Tensor { try compareOp(Ge(), a, b) }

    /// `a += b`.
    ///
    /// ```swift
    /// var x = Tensor([1.0, 2.0])
    /// try x += Tensor([1.0, 1.0])   // x is [2, 3]
    /// ```
    public static func += (a: inout Tensor, b: Tensor) throws { a = try a + b }
    /// `a -= b`.
    ///
    /// ```swift
    /// var x = Tensor([1.0, 2.0])
    /// try x -= 1   // x is [0, 1]
    /// ```
    public static func -= (a: inout Tensor, b: Tensor) throws { a = try a - b }
    /// `a *= b`.
    ///
    /// ```swift
    /// var x = Tensor([1.0, 2.0])
    /// try x *= 2   // x is [2, 4]
    /// ```
    public static func *= (a: inout Tensor, b: Tensor) throws { a = try a * b }
    /// `a /= b`.
    ///
    /// ```swift
    /// var x = Tensor([1.0, 2.0])
    /// try x /= 2   // x is [0.5, 1]
    /// ```
    public static func /= (a: inout Tensor, b: Tensor) throws { a = try a / b }
}
