import CMPI

/// How a reduction combines values from every rank.
///
/// ```swift
/// let total = try Communicator.world.allReduce(x, op: .sum)
/// ```
public enum ReductionOp: String, Sendable, Hashable {
    /// Elementwise sum (logical or on bools).
    case sum
    /// Elementwise product (logical and on bools).
    case prod
    /// Elementwise minimum (logical and on bools).
    case min
    /// Elementwise maximum (logical or on bools).
    case max

    /// The `MPI_Op` for values of `isBool` type (MPI has no arithmetic on C bools).
    func mpiOp(isBool: Bool) -> MPI_Op {
        switch (self, isBool) {
        case (.sum, false): return cmpi_sum()
        case (.prod, false): return cmpi_prod()
        case (.min, false): return cmpi_min()
        case (.max, false): return cmpi_max()
        case (.sum, true), (.max, true): return cmpi_lor()
        case (.prod, true), (.min, true): return cmpi_land()
        }
    }
}
