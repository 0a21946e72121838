import CMPI

/// An error returned by an MPI call, carrying MPI's own explanation.
///
/// `PMap` sets `MPI_ERRORS_RETURN` on `MPI_COMM_WORLD`, so a failing MPI call
/// returns an error code instead of aborting the job; every call goes through
/// one checker that turns a non-success code into an `MPIError` holding the
/// code, its error class and the text from `MPI_Error_string`, the way
/// mpi4py raises `MPI.Exception`.
///
/// ```swift
/// do {
///     try MPIEnvironment.shared.barrier()
/// } catch let error as MPIError {
///     print("rank failed: \(error)")   // "MPI_Barrier failed: MPI_ERR_COMM: invalid communicator (code 5, class 5)"
///     print(error.errorClass)           // compare with MPI_ERR_* from CMPI
/// }
/// ```
public struct MPIError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The error code the MPI call returned (an `MPI_ERR_*` value or an
    /// implementation-specific code whose ``errorClass`` is one).
    ///
    /// ```swift
    /// if error.code != 0 { print("MPI code \(error.code)") }
    /// ```
    public let code: Int32

    /// The standard error class of ``code`` (`MPI_Error_class`), stable across
    /// MPI implementations.
    ///
    /// ```swift
    /// let truncated = error.errorClass == 15   // MPI_ERR_TRUNCATE
    /// ```
    public let errorClass: Int32

    /// MPI's explanation of ``code`` (`MPI_Error_string`), or this package's
    /// own message for failures detected before calling MPI.
    ///
    /// ```swift
    /// print(error.message)   // "MPI_ERR_TRUNCATE: message truncated"
    /// ```
    public let message: String

    /// The MPI function or operation that failed, such as `"MPI_Allreduce"`.
    ///
    /// ```swift
    /// print(error.operation)   // "MPI_Init_thread"
    /// ```
    public let operation: String

    /// Creates an error for an MPI return code, asking MPI for its class and
    /// string.
    ///
    /// - Parameters:
    ///   - code: The non-success code an MPI function returned.
    ///   - operation: The name of the failing call, shown first in
    ///     ``description``.
    ///
    /// ```swift
    /// let error = MPIError(code: 15, operation: "MPI_Recv")
    /// ```
    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
        // MPI_Error_class/MPI_Error_string are local table look-ups that MPI
        // allows at any time (also before MPI_Init and after MPI_Finalize).
        var errorClass: Int32 = code
        if MPI_Error_class(code, &errorClass) != cmpi_success() {
            errorClass = cmpi_err_other()
        }
        self.errorClass = errorClass
        var buffer = [CChar](repeating: 0, count: Int(cmpi_max_error_string()) + 1)
        var length: Int32 = 0
        if MPI_Error_string(code, &buffer, &length) == cmpi_success() {
            let bytes = buffer.prefix(max(0, min(Int(length), buffer.count - 1))).map { UInt8(bitPattern: $0) }
            self.message = String(decoding: bytes, as: UTF8.self)
        } else {
            self.message = "unknown MPI error code \(code)"
        }
    }

    /// Creates an error for a failure this package detects itself (for
    /// example, using MPI after it was finalised), with class `MPI_ERR_OTHER`.
    ///
    /// - Parameters:
    ///   - operation: What was being attempted.
    ///   - message: The explanation, with the fix when there is one.
    ///
    /// ```swift
    /// throw MPIError(operation: "MPIEnvironment.shared", message: "MPI has already been finalized")
    /// ```
    public init(operation: String, message: String) {
        self.code = cmpi_err_other()
        self.errorClass = cmpi_err_other()
        self.operation = operation
        self.message = message
    }

    /// `"<operation> failed: <MPI's message> (code C, class K)"`.
    ///
    /// ```swift
    /// print(error.description)   // "MPI_Barrier failed: MPI_ERR_COMM: invalid communicator (code 5, class 5)"
    /// ```
    public var description: String {
        "\(operation) failed: \(message) (code \(code), class \(errorClass))"
    }
}

/// Throws an ``MPIError`` unless `code` is `MPI_SUCCESS`.
///
/// Every MPI call in this module goes through here (usually via
/// ``MPIEnvironment/call(_:_:)``), so no return code is ignored.
///
/// ```swift
/// try check(MPI_Barrier(comm), "MPI_Barrier")
/// ```
@inline(__always)
func check(_ code: Int32, _ what: @autoclosure () -> String) throws(MPIError) {
    if code != cmpi_success() {
        throw MPIError(code: code, operation: what())
    }
}
