import CMPI
import Local

/// Swift scalar types that travel over MPI as themselves.
///
/// ```swift
/// let sums = try Communicator.world.allReduce([1.0, 2.0], op: .sum)
/// ```
public protocol MPIScalar: Sendable {
    /// The matching `MPI_Datatype`.
    static var mpiDatatype: MPI_Datatype { get }
}

extension Float: MPIScalar { public static var mpiDatatype: MPI_Datatype { cmpi_float() } }
extension Double: MPIScalar { public static var mpiDatatype: MPI_Datatype { cmpi_double() } }
extension Int32: MPIScalar { public static var mpiDatatype: MPI_Datatype { cmpi_int32_t() } }
extension Int64: MPIScalar { public static var mpiDatatype: MPI_Datatype { cmpi_int64_t() } }
extension UInt32: MPIScalar { public static var mpiDatatype: MPI_Datatype { cmpi_uint32_t() } }
extension UInt64: MPIScalar { public static var mpiDatatype: MPI_Datatype { cmpi_uint64_t() } }
extension Int: MPIScalar { public static var mpiDatatype: MPI_Datatype { cmpi_int64_t() } }
extension UInt8: MPIScalar { public static var mpiDatatype: MPI_Datatype { cmpi_uint8_t() } }
extension Bool: MPIScalar { public static var mpiDatatype: MPI_Datatype { cmpi_c_bool() } }

extension DType {
    /// The `MPI_Datatype` of this dtype's elements.
    var mpiDatatype: MPI_Datatype {
        switch self {
        case .float32: return cmpi_float()
        case .float64: return cmpi_double()
        case .int32: return cmpi_int32_t()
        case .int64: return cmpi_int64_t()
        case .uint32: return cmpi_uint32_t()
        case .bool: return cmpi_c_bool()
        }
    }
}
