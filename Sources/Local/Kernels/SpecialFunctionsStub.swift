// TEMPORARY until the XLA-matching implementations land.
#if canImport(Glibc)
import Glibc
#endif
enum SpecialFunctions {
    static func erfInv(_ x: Float) -> Float { Float(erfInv(Double(x))) }
    static func erfInv(_ x: Double) -> Double {
        // Newton on erf.
        if x <= -1 { return x == -1 ? -.infinity : .nan }
        if x >= 1 { return x == 1 ? .infinity : .nan }
        var y = 0.0
        for _ in 0..<60 { let e = Glibc.erf(y) - x; y -= e / (2 / 1.7724538509055159 * exp(-y * y)) }
        return y
    }
    static func erf(_ x: Float) -> Float { erff(x) }
    static func erf(_ x: Double) -> Double { Glibc.erf(x) }
    static func logistic(_ x: Float) -> Float { 1 / (1 + expf(-x)) }
    static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
}
