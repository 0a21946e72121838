/// Where a loop body writes its new carries, decided once for the loop
/// plans (``PlannedScan``, ``RegisterScanProgram``, ``ScalarLoopProgram``):
/// the analysis lives here so the aliasing argument is made in one place.
///
/// A body is a list of steps in SSA form over registers (or buffer slots).
/// A new carry can be computed straight into the carry's own register when
/// the old value is dead by then; the other carries are moved at the end of
/// the iteration, as one parallel copy.
///
/// ```swift
/// var outs = [3, 0]   // carry 0 becomes r3, carry 1 becomes the old carry 0
/// let renames = CarryPlacement.inPlace([.init(writes: [3], reads: [0, 2])], carries: [0, 1], outs: &outs, numCarry: 2)
/// // [] — carry 1 still needs the old value of carry 0
/// ```
enum CarryPlacement {
    /// What one step writes and reads.
    struct Access {
        var writes: [Int]
        var reads: [Int]
    }

    /// The carries whose new value can be written into the carry's own
    /// register: the value is this carry's alone, no other result (carry or
    /// y) is the old value, no step after the one writing it reads the old
    /// value, and `allowed(step, carry)` agrees. Renames are decided in
    /// carry order, each seeing the earlier ones; `outs` (carries first,
    /// then any ys read at the end) is updated to read the carries'
    /// registers. The caller rewrites `value` as `carries[carry]` in steps
    /// `from...`, in the order returned.
    static func inPlace(_ code: [Access], carries: [Int], outs: inout [Int], numCarry ncar: Int,
                        allowed: (_ step: Int, _ carry: Int) -> Bool = { _, _ in true }) -> [(carry: Int, value: Int, from: Int)] {
        var code = code
        var renames: [(carry: Int, value: Int, from: Int)] = []
        for k in 0..<ncar {
            let o = outs[k], c = carries[k]
            guard o != c, outs.prefix(ncar).filter({ $0 == o }).count == 1,
                  !outs.indices.contains(where: { $0 != k && outs[$0] == c }),
                  let j = code.lastIndex(where: { $0.writes.contains(o) }), allowed(j, c),
                  !code[(j + 1)...].contains(where: { $0.reads.contains(c) }) else { continue }
            for m in j..<code.count {
                code[m].writes = code[m].writes.map { $0 == o ? c : $0 }
                code[m].reads = code[m].reads.map { $0 == o ? c : $0 }
            }
            outs = outs.map { $0 == o ? c : $0 }
            renames.append((k, o, j))
        }
        return renames
    }

    /// Moves giving each `to` the value its `from` held before any of them:
    /// direct when no source is another move's target, else every value
    /// first into a temporary from `temporary(from)`. Each move names the
    /// copy it serves.
    static func parallelCopy(_ copies: [(to: Int, from: Int)], temporary: (_ from: Int) -> Int) -> [(to: Int, from: Int, copy: Int)] {
        let targets = Set(copies.map(\.to))
        guard copies.contains(where: { targets.contains($0.from) }) else {
            return copies.enumerated().map { ($1.to, $1.from, $0) }
        }
        let temps = copies.map { temporary($0.from) }
        return copies.indices.map { (temps[$0], copies[$0].from, $0) } + copies.indices.map { (copies[$0].to, temps[$0], $0) }
    }
}
