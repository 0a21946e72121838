// Every public operation fed bad input throws TensorError — never traps —
// with the message asserted exactly (JAX's wording where JAX has one,
// shared/reference/errors.md). Inputs that used to trap run as exit tests
// (in a child process) so a regression cannot take the whole suite down.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import Local

/// Expects `body` to throw a ``TensorError`` whose message is exactly `message`.
func expectTensorError(_ message: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Any) {
    do {
        let r = try body()
        Issue.record("expected TensorError \"\(message)\", got a value of type \(type(of: r))", sourceLocation: sourceLocation)
    } catch let e as TensorError {
        #expect(e.message == message, sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected TensorError \"\(message)\", got \(type(of: error)): \(error)", sourceLocation: sourceLocation)
    }
}

/// Writes to file descriptor 2 (no shared `stderr` global under strict concurrency).
func writeToStandardError(_ s: String) {
    s.withCString { _ = write(2, $0, strlen($0)) }
}

/// For exit tests: exits 0 if `body` throws a TensorError (printing its
/// message), 2 if it returns, 3 on another error. A trap exits with a signal.
func exitAfterExpectingTensorError(_ body: () throws -> Any) -> Never {
    do {
        _ = try body()
        exit(2)
    } catch let e as TensorError {
        writeToStandardError("TensorError: \(e.message)\n")
        exit(0)
    } catch {
        exit(3)
    }
}

/// For exit tests: exits 0 if `body` returns true, 1 if false, 3 if it throws.
func exitWithCheck(_ body: () throws -> Bool) -> Never {
    do { exit(try body() ? 0 : 1) } catch {
        writeToStandardError("threw: \(error)\n")
        exit(3)
    }
}

let badF3 = Tensor([1.0, 2.0, 3.0])
let badF4 = Tensor([1.0, 2.0, 3.0, 4.0])
let badKey0 = Random.key(0)

// MARK: - Elementwise

@Suite("Bad input: elementwise and broadcasting")
struct BadElementwiseTests {
    @Test("incompatible shapes name the primitive and both shapes")
    func broadcasting() {
        expectTensorError("add got incompatible shapes for broadcasting: (3,), (4,).") { try Tensor([1, 2, 3]) + Tensor([1, 2, 3, 4]) }
        expectTensorError("mul got incompatible shapes for broadcasting: (2, 3), (3, 2).") { try Tensor.ones([2, 3]) * Tensor.ones([3, 2]) }
        expectTensorError("sub got incompatible shapes for broadcasting: (3,), (4,).") { try badF3 - badF4 }
        expectTensorError("div got incompatible shapes for broadcasting: (3,), (4,).") { try badF3 / badF4 }
        expectTensorError("rem got incompatible shapes for broadcasting: (3,), (4,).") { try badF3 % badF4 }
        expectTensorError("lt got incompatible shapes for broadcasting: (3,), (4,).") { try badF3 .< badF4 }
        expectTensorError("eq got incompatible shapes for broadcasting: (3,), (4,).") { try badF3 .== badF4 }
        expectTensorError("max got incompatible shapes for broadcasting: (3,), (4,).") { try maximum(badF3, badF4) }
        expectTensorError("and got incompatible shapes for broadcasting: (3,), (4,).") { try Tensor([1, 2, 3]) & Tensor([1, 2, 3, 4]) }
        expectTensorError("atan2 got incompatible shapes for broadcasting: (3,), (4,).") { try atan2(badF3, badF4) }
        // Primitives broadcast with the same rule.
        expectTensorError("add got incompatible shapes for broadcasting: (3,), (4,).") { try bind1(Add(), [badF3, badF4]) }
        expectTensorError("ge got incompatible shapes for broadcasting: (2, 3), (3, 2).") { try bind1(Ge(), [Tensor.ones([2, 3]), Tensor.ones([3, 2])]) }
    }

    @Test("operands of different ranks use JAX's rank-promotion wording")
    func broadcastingRanks() {
        expectTensorError("Incompatible shapes for broadcasting: shapes=[(2, 3), (4,)]") { try Tensor.ones([2, 3]) + badF4 }
        expectTensorError("Incompatible shapes for broadcasting: shapes=[(4,), (2, 3)]") { try badF4 * Tensor.ones([2, 3]) }
    }

    @Test("dtypes a primitive does not accept")
    func dtypes() {
        let b = Tensor([true, false]), i = Tensor([1, 2]), f = Tensor([1.0, 2.0])
        expectTensorError("sin does not accept dtype bool. Accepted dtypes are subtypes of floating.") { try bind1(Sin(), [b]) }
        expectTensorError("exp does not accept dtype int32. Accepted dtypes are subtypes of floating.") { try bind1(Exp(), [i]) }
        expectTensorError("not does not accept dtype float32. Accepted dtypes are subtypes of bool, integer.") { try bind1(Not(), [f]) }
        expectTensorError("neg does not accept dtype bool. Accepted dtypes are subtypes of integer, floating.") { try bind1(Neg(), [b]) }
        expectTensorError("pow does not accept dtype int32. Accepted dtypes are subtypes of floating.") { try bind1(Pow(), [i, i]) }
        expectTensorError("shift_left does not accept dtype float32. Accepted dtypes are subtypes of integer.") { try bind1(ShiftLeft(), [f, f]) }
        expectTensorError("and does not accept dtype float32. Accepted dtypes are subtypes of bool, integer.") { try bind1(And(), [f, f]) }
        expectTensorError("add does not accept dtype bool. Accepted dtypes are subtypes of integer, floating.") { try bind1(Add(), [b, b]) }
        expectTensorError("floor does not accept dtype int32. Accepted dtypes are subtypes of floating.") { try bind1(Floor(), [i]) }
        expectTensorError("add requires arguments to have the same dtypes, got float32, int32.") { try bind1(Add(), [f, i]) }
        expectTensorError("lt requires arguments to have the same dtypes, got int32, float32.") { try bind1(Lt(), [i, f]) }
        // The frontends promote first, so these are fine.
        #expect(throws: Never.self) { _ = try sin(b); _ = try exp(i); _ = try f + i }
        // numpy's wording for bool arithmetic that has no meaning.
        expectTensorError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.") { try b - b }
        expectTensorError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.") { try -b }
        expectTensorError("power of int32 arrays needs a literal integer exponent (e.g. x ** 3) or float operands; convert with astype(.float32)") { try i ** i }
        expectTensorError("Integers cannot be raised to negative powers, got integer_pow(int32[2], -1)") { try i ** -1 }
        expectTensorError("Integers cannot be raised to negative powers, got integer_pow(int32[], -2)") { try bind1(IntegerPow(y: -2), [Tensor(3)]) }
    }

    @Test("wrong operand counts")
    func arity() {
        expectTensorError("exp takes 1 operand, got 2") { try bind1(Exp(), [badF3, badF3]) }
        expectTensorError("neg takes 1 operand, got 0") { try bind1(Neg(), []) }
        expectTensorError("add takes 2 operands, got 3") { try bind1(Add(), [badF3, badF3, badF3]) }
        expectTensorError("add takes 2 operands, got 0") { try bind1(Add(), []) }
        expectTensorError("convert_element_type takes 1 operand, got 2") { try bind1(ConvertElementType(newDType: .int32), [badF3, badF3]) }
        expectTensorError("threefry2x32 takes 4 operands, got 2") { try bind(Threefry2x32(), [badKey0, badKey0]) }
    }

    @Test("a binary primitive given one operand throws instead of reading past its inputs")
    func binaryArityDoesNotTrap() async {
        await #expect(processExitsWith: .success) {
            exitAfterExpectingTensorError { try bind1(Add(), [Tensor([1.0])]) }
        }
        await #expect(processExitsWith: .success) {
            exitAfterExpectingTensorError { try bind1(Eq(), [Tensor([1.0])]) }
        }
    }

    @Test("integer_pow with the most negative Int exponent does not trap")
    func integerPowMinDoesNotTrap() async {
        await #expect(processExitsWith: .success) {
            exitWithCheck { hostDoubles(try bind1(IntegerPow(y: Int.min), [Tensor([2.0, 1.0])])) == [0, 1] }
        }
    }
}

// MARK: - select_n and conversions

@Suite("Bad input: select_n and conversions")
struct BadSelectConvertTests {
    @Test("select_n predicates and cases")
    func selectN() {
        expectTensorError("select_n predicate must be bool or int32, got float32") { try bind1(SelectN(), [Tensor([1.0]), Tensor([1.0]), Tensor([2.0])]) }
        expectTensorError("select_n cases must have the same shapes and dtypes, got float32[3], float32[4].") { try bind1(SelectN(), [Tensor(true), badF3, badF4]) }
        expectTensorError("select_n cases must have the same shapes and dtypes, got float32[2], int32[2].") { try bind1(SelectN(), [Tensor(true), Tensor([1.0, 2]), Tensor([1, 2])]) }
        expectTensorError("select_n with a bool predicate takes at most 2 cases, got 3") { try bind1(SelectN(), [Tensor(true), badF3, badF3, badF3]) }
        expectTensorError("select_n predicate must be scalar or have the same shape as cases, got predicate shape (2,) and cases shape (3,).") {
            try bind1(SelectN(), [Tensor([true, false]), badF3, badF3])
        }
        expectTensorError("select_n requires at least one case, got none") { try bind1(SelectN(), [Tensor(true)]) }
        expectTensorError("select_n got incompatible shapes for broadcasting: (2,), (3,), (3,).") { try select(Tensor([true, false]), badF3, badF3) }
    }

    @Test("select_n with a true bool predicate and a single case returns the case instead of trapping")
    func selectNSingleCaseDoesNotTrap() async {
        await #expect(processExitsWith: .success) {
            exitWithCheck { hostDoubles(try bind1(SelectN(), [Tensor([true, true]), Tensor([1.0, 2.0])])) == [1, 2] }
        }
    }

    @Test("bitcast between different widths or from bool")
    func bitcast() {
        expectTensorError("bitcast_convert_type from float32 to float64 is not supported: the dtypes must be non-bool and of equal width") {
            try bind1(BitcastConvertType(newDType: .float64), [badF3])
        }
        expectTensorError("bitcast_convert_type from bool to int32 is not supported: the dtypes must be non-bool and of equal width") {
            try bind1(BitcastConvertType(newDType: .int32), [Tensor([true])])
        }
        expectTensorError("bitcast_convert_type from int64 to int32 is not supported: the dtypes must be non-bool and of equal width") {
            try bind1(BitcastConvertType(newDType: .int32), [Tensor([Int64(1)])])
        }
    }
}

// MARK: - Shapes

@Suite("Bad input: shapes")
struct BadShapeTests {
    @Test("reshape")
    func reshape() {
        expectTensorError("cannot reshape array of shape (3,) (size 3) into shape (2, 2) (size 4)") { try badF3.reshaped([2, 2]) }
        expectTensorError("cannot reshape array of shape (3,) (size 3) into shape (2, 2) (size 4)") { try bind1(Reshape(newSizes: [2, 2]), [badF3]) }
        expectTensorError("can only specify one unknown dimension") { try badF4.reshaped([-1, -1]) }
        expectTensorError("negative dimensions are not allowed, got shape (-2, 3)") { try Tensor.zeros([6]).reshaped([-2, 3]) }
        expectTensorError("cannot reshape array of shape (3,) (size 3) into shape (2, 2) (size 4)") { try Tensor([1, 2, 3], shape: [2, 2]) }
        expectTensorError("cannot reshape array of size 3 into shape (2, 2)") { try Tensor([Float(1), 2, 3], shape: [2, 2]) }
        expectTensorError("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions.") {
            try Tensor(rows: [[1, 2], [3]])
        }
    }

    @Test("reshape with an inferred dimension that does not divide uses JAX's wording")
    func reshapeInferred() {
        expectTensorError("cannot reshape array of shape (3,) (size 3) into shape (2, -1) because the product of specified axis sizes (2) does not evenly divide 3") {
            try badF3.reshaped([2, -1])
        }
    }

    @Test("transpose, moveaxis and broadcasting")
    func transposeAndBroadcast() {
        let x = try! Tensor.zeros([5, 100])
        expectTensorError("transpose permutation isn't a permutation of operand dimensions, got permutation (0, 0) for operand shape (5, 100).") { try x.transposed([0, 0]) }
        expectTensorError("transpose permutation isn't a permutation of operand dimensions, got permutation (0,) for operand shape (5, 100).") { try x.transposed([0]) }
        expectTensorError("transpose permutation isn't a permutation of operand dimensions, got permutation (0, 2) for operand shape (5, 100).") { try x.transposed([0, 2]) }
        expectTensorError("transpose permutation isn't a permutation of operand dimensions, got permutation (1, 1) for operand shape (5, 100).") { try bind1(Transpose(permutation: [1, 1]), [x]) }
        expectTensorError("axis 2 is out of bounds for array of dimension 2") { try x.movedAxis(from: 2, to: 0) }
        expectTensorError("axis 5 is out of bounds for array of dimension 2") { try badF3.expandedDims(axis: 5) }
        expectTensorError("broadcast_in_dim broadcast_dimensions must have length equal to operand ndim; got broadcast_dimensions () for operand ndim 1.") {
            try badF3.broadcastInDim(shape: [2, 3], broadcastDimensions: [])
        }
        expectTensorError("broadcast_in_dim broadcast_dimensions must be strictly increasing and within the output rank; got broadcast_dimensions (1, 0) for output shape (3, 3).") {
            try bind1(BroadcastInDim(shape: [3, 3], broadcastDimensions: [1, 0]), [try Tensor.zeros([3, 3])])
        }
        expectTensorError("broadcast_in_dim operand dimension sizes must either be 1, or be equal to their corresponding dimensions in the target broadcast shape; got operand of shape (3,), target broadcast shape (2, 4), broadcast_dimensions (1,) ") {
            try badF3.broadcastInDim(shape: [2, 4], broadcastDimensions: [1])
        }
    }

    @Test("broadcast(to:) uses JAX's wording")
    func broadcastTo() {
        expectTensorError("Incompatible types for broadcasting: input type=float32[3] and requested type=float32[4]") { try badF3.broadcast(to: [4]) }
        expectTensorError("Cannot broadcast to shape with fewer dimensions: arr_shape=(2, 3) shape=(3,)") { try Tensor.zeros([2, 3]).broadcast(to: [3]) }
    }

    @Test("squeeze and flip")
    func squeezeFlip() {
        let x = try! Tensor.zeros([2, 3])
        expectTensorError("cannot select an axis to squeeze out which has size not equal to one, got shape=(2, 3) and dimensions=(0,)") { try x.squeezed(axes: [0]) }
        expectTensorError("axis 3 is out of bounds for array of dimension 2") { try x.squeezed(axes: [3]) }
        expectTensorError("axis 2 is out of bounds for array of dimension 2") { try x.flipped(axes: [2]) }
        expectTensorError("duplicate value in 'axis': (0, 0)") { try x.flipped(axes: [0, 0]) }
        expectTensorError("axis -3 is out of bounds for array of dimension 2") { try bind1(Rev(dimensions: [-3]), [x]) }
    }

    @Test("concatenate, stack and split")
    func joinSplit() {
        let a = try! Tensor.zeros([2, 3]), b = try! Tensor.zeros([2, 4])
        expectTensorError("Cannot concatenate arrays with shapes that differ in dimensions other than the one being concatenated: concatenating along dimension 0 for shapes (2, 3), (2, 4).") {
            try concatenate([a, b], axis: 0)
        }
        expectTensorError("Cannot concatenate arrays with different numbers of dimensions: got (2, 3), (2,).") { try concatenate([a, Tensor([1.0, 2])]) }
        expectTensorError("axis 2 is out of bounds for array of dimension 2") { try concatenate([a, a], axis: 2) }
        expectTensorError("Zero-dimensional arrays cannot be concatenated.") { try concatenate([Tensor(1.0), Tensor(2.0)]) }
        expectTensorError("Need at least one array to concatenate.") { try concatenate([]) }
        expectTensorError("Cannot concatenate arrays with different dtypes: float32, int32.") { try bind1(Concatenate(dimension: 0), [badF3, Tensor([1])]) }
        expectTensorError("concatenate dimension out of bounds: dimension 2 for shapes (2, 3), (2, 3).") { try bind1(Concatenate(dimension: 2), [a, a]) }
        expectTensorError("concatenate requires at least one operand, got none") { try bind1(Concatenate(dimension: 0), []) }
        expectTensorError("All input arrays must have the same shape. Got (2,), (3,).") { try stack([Tensor([1.0, 2]), badF3]) }
        expectTensorError("Need at least one array to stack.") { try stack([]) }
        expectTensorError("axis 2 is out of bounds for array of dimension 2") { try stack([badF3, badF3], axis: 2) }
        expectTensorError("array split does not result in an equal division: rest is 2") { try split(Tensor.zeros([6]), sections: 4) }
        expectTensorError("axis 1 is out of bounds for array of dimension 1") { try split(badF3, sections: 3, axis: 1) }
        expectTensorError("Sum of sizes 3 must be equal to dimension 4 of the operand shape (4,)") { try bind(Split(sizes: [1, 2], axis: 0), [badF4]) }
        expectTensorError("Sum of sizes 4 must be equal to dimension 4 of the operand shape (4,)") { try bind(Split(sizes: [5, -1], axis: 0), [badF4]) }
    }

    @Test("pad")
    func pad() {
        expectTensorError("index can't contain negative values") { try Local.pad(badF3, [(-1, 1)]) }
        expectTensorError("pad_width has 3 entries for an array of dimension 2") { try Local.pad(Tensor.zeros([2, 2]), [(1, 1), (1, 1), (1, 1)]) }
        expectTensorError("interior padding in padding_config must be nonnegative, got padding_config ((0, 0, -1),)") {
            try bind1(Pad(paddingConfig: [.init(low: 0, high: 0, interior: -1)]), [badF3, Tensor(Float(0))])
        }
        expectTensorError("Dimension size after padding is not at least 0, got result shape with a negative dimension for operand shape (3,) and padding_config ((-2, -2, 0),)") {
            try bind1(Pad(paddingConfig: [.init(low: -2, high: -2)]), [badF3, Tensor(Float(0))])
        }
        expectTensorError("length of padding_config must equal the number of axes of operand, got padding_config ((0, 0, 0), (0, 0, 0)) for operand shape (3,)") {
            try bind1(Pad(paddingConfig: [.init(low: 0, high: 0), .init(low: 0, high: 0)]), [badF3, Tensor(Float(0))])
        }
        expectTensorError("pad padding value must be a scalar of the operand's dtype, got int32[] for operand float32[3]") {
            try bind1(Pad(paddingConfig: [.init(low: 1, high: 1)]), [badF3, Tensor(0)])
        }
    }

    @Test("pad widths near Int.max throw instead of overflowing")
    func padOverflowDoesNotTrap() async {
        await #expect(processExitsWith: .success) {
            exitAfterExpectingTensorError { try Local.pad(Tensor([1.0]), [(Int.max, 1)]) }
        }
    }

    @Test("slice, dynamic_slice, dynamic_update_slice and gather")
    func slicing() {
        let x = try! Tensor.zeros([5])
        expectTensorError("slice indices out of range: start_indices (2,), limit_indices (7,), strides (1,) for operand shape (5,)") {
            try bind1(Slice(startIndices: [2], limitIndices: [7]), [x])
        }
        expectTensorError("slice indices out of range: start_indices (3,), limit_indices (2,), strides (1,) for operand shape (5,)") {
            try bind1(Slice(startIndices: [3], limitIndices: [2]), [x])
        }
        expectTensorError("slice indices out of range: start_indices (0,), limit_indices (5,), strides (0,) for operand shape (5,)") {
            try bind1(Slice(startIndices: [0], limitIndices: [5], strides: [0]), [x])
        }
        expectTensorError("slice start_indices, limit_indices and strides must have length equal to the operand rank 1, got (0, 0), (1, 1) and (1,)") {
            try bind1(Slice(startIndices: [0, 0], limitIndices: [1, 1]), [x])
        }
        expectTensorError("dynamic_slice slice_sizes must be non-negative and fit the operand: got slice_sizes (7,) for operand shape (5,)") {
            try bind1(DynamicSlice(sliceSizes: [7]), [x, Tensor(Int32(0))])
        }
        expectTensorError("dynamic_slice requires 1 start indices for an operand of rank 1, got 0") { try bind1(DynamicSlice(sliceSizes: [1]), [x]) }
        expectTensorError("dynamic_slice start indices must be integer scalars, got float32[]") { try bind1(DynamicSlice(sliceSizes: [1]), [x, Tensor(Float(1))]) }
        expectTensorError("dynamic_slice start indices must be integer scalars, got int32[1]") { try bind1(DynamicSlice(sliceSizes: [1]), [x, Tensor([Int32(1)])]) }
        expectTensorError("dynamic_slice takes an operand") { try bind1(DynamicSlice(sliceSizes: []), []) }
        expectTensorError("dynamic_update_slice update must have the operand's dtype and rank and fit inside it, got operand float32[5] and update float32[6]") {
            try bind1(DynamicUpdateSlice(), [x, try Tensor.zeros([6]), Tensor(Int32(0))])
        }
        expectTensorError("dynamic_update_slice update must have the operand's dtype and rank and fit inside it, got operand float32[5] and update int32[2]") {
            try bind1(DynamicUpdateSlice(), [x, Tensor([1, 2]), Tensor(Int32(0))])
        }
        expectTensorError("dynamic_update_slice takes an operand and an update") { try bind1(DynamicUpdateSlice(), [x]) }
        let dims = Gather.Dimensions(offsetDims: [], collapsedSliceDims: [0], startIndexMap: [0])
        expectTensorError("gather indices must be an integer type, got float32") { try bind1(Gather(dimensions: dims, sliceSizes: [1]), [x, Tensor([Float(1)])]) }
        expectTensorError("gather index vector (last dimension of indices) must have length len(start_index_map)=1, got indices shape (2,)") {
            try bind1(Gather(dimensions: dims, sliceSizes: [1]), [x, Tensor([1, 2])])
        }
        expectTensorError("gather slice_sizes must have length equal to the operand rank and fit its shape, got slice_sizes (6,) for operand shape (5,)") {
            try bind1(Gather(dimensions: dims, sliceSizes: [6]), [x, Tensor([1])])
        }
        expectTensorError("gather collapsed and batching dimensions must be operand dimensions with slice size at most 1, got 0 for slice_sizes (2,)") {
            try bind1(Gather(dimensions: dims, sliceSizes: [2]), [x, Tensor([1])])
        }
    }

    @Test("iota and sort")
    func iotaSort() {
        expectTensorError("iota does not accept dtype bool") { try bind1(Iota(dtype: .bool, shape: [3]), []) }
        expectTensorError("iota dimension must be between 0 and len(shape), got dimension=1 for shape (3,)") { try bind1(Iota(dtype: .int32, shape: [3], dimension: 1), []) }
        expectTensorError("negative dimensions are not allowed, got shape (-3,)") { try bind1(Iota(dtype: .int32, shape: [-3]), []) }
        expectTensorError("iota takes 0 operands, got 1") { try bind1(Iota(dtype: .int32, shape: [3]), [badF3]) }
        expectTensorError("sort dimension 2 is out of bounds for array of dimension 1") { try bind1(Sort(dimension: 2), [badF3]) }
        expectTensorError("sort operands must all have the same shape, got (3,), (4,)") { try bind(Sort(dimension: 0), [badF3, badF4]) }
        expectTensorError("sort requires at least num_keys=2 operands, got 1") { try bind(Sort(dimension: 0, numKeys: 2), [badF3]) }
        expectTensorError("axis 1 is out of bounds for array of dimension 1") { try sort(badF3, axis: 1) }
        expectTensorError("axis -1 is out of bounds for array of dimension 0") { try sort(Tensor(1.0)) }
        expectTensorError("axis 2 is out of bounds for array of dimension 1") { try argsort(badF3, axis: 2) }
    }
}

// MARK: - Axes and reductions

@Suite("Bad input: axes and reductions")
struct BadAxisTests {
    @Test("reduction axes out of range or repeated, and empty reductions")
    func reductions() {
        let m = try! Tensor.zeros([2, 3])
        expectTensorError("axis 3 is out of bounds for array of dimension 1") { try sum(badF3, axis: 3) }
        expectTensorError("axis -2 is out of bounds for array of dimension 1") { try sum(badF3, axes: [-2]) }
        expectTensorError("axis -3 is out of bounds for array of dimension 2") { try mean(m, axis: -3) }
        expectTensorError("axis 2 is out of bounds for array of dimension 2") { try prod(m, axes: [0, 2]) }
        expectTensorError("axis 2 is out of bounds for array of dimension 2") { try max(m, axis: 2) }
        expectTensorError("axis 2 is out of bounds for array of dimension 2") { try all(m, axes: [2]) }
        expectTensorError("duplicate value in 'axis': (0, 0)") { try sum(m, axes: [0, 0]) }
        expectTensorError("duplicate value in 'axis': (1, -1)") { try mean(m, axes: [1, -1]) }
        expectTensorError("zero-size array to reduction operation max which has no identity") { try max(Tensor.zeros([0])) }
        expectTensorError("zero-size array to reduction operation min which has no identity") { try min(Tensor.zeros([0, 3]), axis: 0) }
        expectTensorError("attempt to get argmax of an empty sequence") { try argmax(Tensor.zeros([0])) }
        expectTensorError("attempt to get argmin of an empty sequence") { try argmin(Tensor.zeros([0, 3]), axis: 0) }
        expectTensorError("axis 2 is out of bounds for array of dimension 2") { try argmax(m, axis: 2) }
        expectTensorError("axis 2 is out of bounds for array of dimension 1") { try cumsum(badF3, axis: 2) }
        expectTensorError("axis -2 is out of bounds for array of dimension 1") { try cummax(badF3, axis: -2) }
    }

    @Test("reduction primitives check axes and dtypes")
    func reductionPrimitives() {
        expectTensorError("axis 1 is out of bounds for array of dimension 1") { try bind1(ReduceSum(axes: [1]), [badF3]) }
        expectTensorError("axis -1 is out of bounds for array of dimension 1") { try bind1(ReduceMax(axes: [-1]), [badF3]) }
        expectTensorError("duplicate value in 'axis': (0, 0)") { try bind1(ReduceSum(axes: [0, 0]), [badF3]) }
        expectTensorError("reduce_sum does not accept dtype bool. Accepted dtypes are subtypes of integer, floating.") { try bind1(ReduceSum(axes: [0]), [Tensor([true])]) }
        expectTensorError("reduce_and does not accept dtype float32. Accepted dtypes are subtypes of bool.") { try bind1(ReduceAnd(axes: [0]), [badF3]) }
        expectTensorError("reduce_sum takes 1 operand, got 2") { try bind1(ReduceSum(axes: [0]), [badF3, badF3]) }
        expectTensorError("axis 1 is out of bounds for array of dimension 1") { try bind1(ArgExtremum(isMax: true, axis: 1), [badF3]) }
        expectTensorError("attempt to get argmax of an empty sequence") { try bind1(ArgExtremum(isMax: true, axis: 0), [try Tensor.zeros([0, 2])]) }
        expectTensorError("axis 1 is out of bounds for array of dimension 1") { try bind1(Cumulative(.sum, axis: 1), [badF3]) }
        expectTensorError("cumsum does not accept dtype bool. Accepted dtypes are subtypes of integer, floating.") { try bind1(Cumulative(.sum, axis: 0), [Tensor([true])]) }
    }
}

// MARK: - Products

@Suite("Bad input: dot, matmul, einsum")
struct BadDotTests {
    @Test("JAX's messages for dot and matmul")
    func jaxMessages() {
        let batchX = try! Tensor.zeros([5, 100])
        expectTensorError("Incompatible shapes for dot: got (5, 100) and (5, 100).") { try dot(batchX, batchX) }
        expectTensorError("Incompatible shapes for dot: got (3,) and (4,).") { try dot(badF3, badF4) }
        expectTensorError("dot_general requires contracting dimensions to have the same shape, got (3,) and (2,).") { try matmul(Tensor.ones([2, 3]), Tensor.ones([2, 3])) }
        expectTensorError("dot_general requires contracting dimensions to have the same shape, got (20,) and (3,).") { try matmul(Tensor.zeros([10, 20]), Tensor.zeros([3, 20])) }
        expectTensorError("matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)") {
            try matmul(Tensor(1.0), badF3)
        }
        expectTensorError("matmul got incompatible shapes for broadcasting: (2,), (3,).") { try matmul(Tensor.zeros([2, 3, 4]), Tensor.zeros([3, 4, 5])) }
        expectTensorError("Number of tensordot axes (axes=2) exceeds input ranks (1 and 1)") { try tensordot(badF3, badF3, axes: 2) }
        expectTensorError("axis 1 is out of bounds for array of dimension 1") { try tensordot(badF3, badF3, axes: ([1], [0])) }
        expectTensorError("Number of einsum subscripts, 2, must be equal to the number of operands, 1.") { try einsum("ij,jk", badF3) }
        expectTensorError("einsum: subscripts 'ij' do not match operand of shape (3,) (one distinct letter per dimension is supported)") { try einsum("ij->i", badF3) }
        expectTensorError("Size of label 'i' for operand 1 (4) does not match previous terms (3).") { try einsum("i,i->", badF3, badF4) }
        expectTensorError("einsum: output subscripts 'k' must be distinct letters that appear in the inputs") { try einsum("i->k", badF3) }
    }

    @Test("dot_general dimension numbers")
    func dimensionNumbers() {
        let a = try! Tensor.zeros([2, 3]), b = try! Tensor.zeros([3, 2])
        expectTensorError("dot_general requires operands of the same dtype, got float32 and int32.") {
            try bind1(DotGeneral(contracting: ([1], [0])), [a, try Tensor.zeros([3, 2], dtype: .int32)])
        }
        expectTensorError("dot_general requires lhs contracting dimensions to be distinct and within the operand rank, got (2,) for shape (2, 3).") {
            try bind1(DotGeneral(contracting: ([2], [0])), [a, b])
        }
        expectTensorError("dot_general requires rhs batch dimensions to be distinct and within the operand rank, got (0, 0) for shape (3, 2).") {
            try bind1(DotGeneral(contracting: ([], []), batch: ([0, 1], [0, 0])), [a, b])
        }
        expectTensorError("dot_general requires equal numbers of lhs and rhs contracting dimensions, got lhs_contracting_dimensions (1,) and rhs_contracting_dimensions ().") {
            try bind1(DotGeneral(contracting: ([1], [])), [a, b])
        }
        expectTensorError("dot_general requires lhs batch dimensions and rhs batch dimensions to have the same shape, got (2,) and (3,).") {
            try bind1(DotGeneral(contracting: ([1], [1]), batch: ([0], [0])), [a, b])
        }
        expectTensorError("dot_general takes 2 operands, got 1") { try bind1(DotGeneral(contracting: ([1], [0])), [a]) }
    }

    @Test("dot_general rejects a dimension that is both batch and contracting (JAX's wording)")
    func overlappingDimensions() {
        let a = try! Tensor.zeros([2, 3])
        expectTensorError("dot_general requires lhs batch dimensions to be disjoint from contracting dimensions, got lhs_batch (0,) and lhs_contracting (0,).") {
            try bind1(DotGeneral(contracting: ([0], [0]), batch: ([0], [0])), [a, a])
        }
        #expect(throws: TensorError.self) { try DotGeneral(contracting: ([0], [0]), batch: ([0], [0])).abstractEval([a.aval, a.aval]) }
    }
}

// MARK: - Allocation and negative dimensions

@Suite("Bad input: absurd allocations and negative dimensions")
struct BadAllocationTests {
    static let tooMany = "has too many elements to allocate (2**40 or more)"

    @Test("element counts of 2^40 or more, or that overflow Int, throw before allocating")
    func absurd() {
        expectTensorError("shape (1099511627776,) \(Self.tooMany)") { try Tensor.zeros([1 << 40]) }
        expectTensorError("shape (4294967296, 4294967296) \(Self.tooMany)") { try Tensor.zeros([1 << 32, 1 << 32]) }
        expectTensorError("shape (\(Int.max), 2) \(Self.tooMany)") { try Tensor.zeros([Int.max, 2], dtype: .float64) }
        expectTensorError("shape (2, 4611686018427387904, 4) \(Self.tooMany)") { try Tensor.zeros([2, 1 << 62, 4]) }
        expectTensorError("shape (2199023255552,) \(Self.tooMany)") { try Tensor.ones([1 << 41]) }
        expectTensorError("shape (1048576, 2097152) \(Self.tooMany)") { try Tensor.full([1 << 20, 1 << 21], 3, dtype: .int32) }
        expectTensorError("shape (2097152, 2097152) \(Self.tooMany)") { try Tensor.eye(1 << 21) }
        expectTensorError("shape (2199023255552,) \(Self.tooMany)") { try badF3[0].broadcast(to: [1 << 41]) }
        expectTensorError("shape (2199023255552,) \(Self.tooMany)") { try bind1(Iota(dtype: .int32, shape: [1 << 41]), []) }
        expectTensorError("shape (1099511627776, 3) \(Self.tooMany)") { try Local.pad(badF3.reshaped([1, 3]), [(0, 1 << 40 - 1), (0, 0)]) }
        expectTensorError("shape (2097152, 2097152) \(Self.tooMany)") { try matmul(Tensor.zeros([1 << 21, 1]), Tensor.zeros([1, 1 << 21])) }
        expectTensorError("shape (2199023255552,) \(Self.tooMany)") { try Random.uniform(badKey0, shape: [1 << 41]) }
        expectTensorError("shape (2199023255552,) \(Self.tooMany)") { try Random.normal(badKey0, shape: [1 << 41]) }
        expectTensorError("shape (1073741824, 1073741824) \(Self.tooMany)") { try Random.bits(badKey0, shape: [1 << 30, 1 << 30]) }
        expectTensorError("shape (2199023255552,) \(Self.tooMany)") { try Random.randint(badKey0, shape: [1 << 41], minval: 0, maxval: 3) }
    }

    @Test("split(key, count:) with an absurd count throws in both PRNG modes", arguments: [PRNGImplementation.legacy, .partitionable])
    func absurdSplit(_ mode: PRNGImplementation) {
        Random.withImplementation(mode) {
            expectTensorError("shape (2199023255552, 2) \(Self.tooMany)") { try Random.split(badKey0, count: 1 << 41) }
        }
    }

    @Test("arange and linspace with absurd lengths throw instead of trapping")
    func arangeLinspaceDoNotTrap() async {
        await #expect(processExitsWith: .success, "arange(1e300)") {
            exitAfterExpectingTensorError { try Tensor.arange(1e300) }
        }
        await #expect(processExitsWith: .success, "arange(0, 1, step: 1e-300)") {
            exitAfterExpectingTensorError { try Tensor.arange(0, 1, step: 1e-300) }
        }
        await #expect(processExitsWith: .success, "linspace count 2^41") {
            exitAfterExpectingTensorError { try Tensor.linspace(0, 1, count: 1 << 41) }
        }
        await #expect(processExitsWith: .success, "permutation(key, Int.max)") {
            exitAfterExpectingTensorError { try Random.permutation(Random.key(0), Int.max) }
        }
    }

    @Test("legacy split with a count whose double overflows Int throws instead of trapping")
    func legacySplitOverflowDoesNotTrap() async {
        await #expect(processExitsWith: .success) {
            exitAfterExpectingTensorError { try Random.withImplementation(.legacy) { try Random.split(Random.key(0), count: 1 << 62) } }
        }
    }

    @Test("eye with a diagonal offset beyond Int32 does not trap")
    func eyeOffsetDoesNotTrap() async {
        await #expect(processExitsWith: .success) {
            exitWithCheck { hostDoubles(try Tensor.eye(2, k: 1 << 40)) == [0, 0, 0, 0] }
        }
    }

    @Test("negative dimensions")
    func negative() {
        expectTensorError("negative dimensions are not allowed, got shape (-1,)") { try Tensor.zeros([-1]) }
        expectTensorError("negative dimensions are not allowed, got shape (2, -3)") { try Tensor.full([2, -3], 1) }
        expectTensorError("negative dimensions are not allowed, got shape (-1,)") { try Tensor([Float(1)], shape: [-1]) }
        expectTensorError("negative dimensions are not allowed, got shape (-1, -1)") { try Tensor.eye(-1) }
        expectTensorError("negative dimensions are not allowed, got shape (-2,)") { try badF3[0].broadcast(to: [-2]) }
        expectTensorError("negative dimensions are not allowed, got shape (-1,)") { try Random.bits(badKey0, shape: [-1]) }
        expectTensorError("negative dimensions are not allowed, got shape (3, -1)") { try Random.uniform(badKey0, shape: [3, -1]) }
        expectTensorError("Number of samples, -1, must be non-negative.") { try Tensor.linspace(0, 1, count: -1) }
        expectTensorError("arange: step cannot be zero") { try Tensor.arange(0, 5, step: 0) }
        expectTensorError("arange: arguments must be finite, got start=0.0, stop=inf, step=1.0") { try Tensor.arange(0, .infinity) }
    }
}

// MARK: - Indexing and scalars

@Suite("Bad input: indexing and scalar conversion")
struct BadIndexTests {
    @Test("static indices out of range, too many indices, zero steps")
    func indices() {
        let x = try! Tensor.arange(5), m = try! Tensor.zeros([2, 3])
        expectTensorError("index 7 is out of bounds for axis 0 with size 5") { try x[7] }
        expectTensorError("index -6 is out of bounds for axis 0 with size 5") { try x[-6] }
        expectTensorError("index 3 is out of bounds for axis 1 with size 3") { try m[0, 3] }
        expectTensorError("index 5 is out of bounds for axis 0 with size 5") { try x[Tensor(Int32(5))] }
        expectTensorError("slice step cannot be zero") { try x[TensorIndex.range(start: 0, stop: 3, step: 0)] }
        expectTensorError("indexing with more than one index array is not supported yet; index one axis at a time with take(_:_:axis:)") {
            try m[Tensor([0, 1]), Tensor([0, 1])]
        }
        expectTensorError("take requires integer indices, got float32") { try take(x, Tensor([1.0])) }
        expectTensorError("axis 1 is out of bounds for array of dimension 1") { try take(x, Tensor([1]), axis: 1) }
    }

    @Test("too many indices and non-integer indexers use JAX's wording")
    func jaxIndexWording() {
        let x = try! Tensor.arange(5), m = try! Tensor.zeros([2, 3])
        expectTensorError("Too many indices: array is 1-dimensional, but 2 were indexed") { try x[1, 2] }
        expectTensorError("Too many indices: array is 2-dimensional, but 3 were indexed") { try m[0, 0, TensorIndex.all] }
        expectTensorError("Indexer must have integer or boolean type, got indexer with type float32") { try x[Tensor(Float(1))] }
        expectTensorError("Indexer must have integer or boolean type, got indexer with type float32") { try x[Tensor([1.0])] }
    }

    @Test("a huge positive step or an out-of-range negative-step stop does not trap")
    func extremeStepsDoNotTrap() async {
        await #expect(processExitsWith: .success, "x[0:5:Int.max]") {
            exitWithCheck { hostInts(try Tensor.arange(5)[TensorIndex.range(start: 0, stop: 5, step: Int.max)]) == [0] }
        }
        await #expect(processExitsWith: .success, "x[:Int.min:-1]") {
            exitWithCheck { hostInts(try Tensor.arange(5)[TensorIndex.range(start: nil, stop: Int.min, step: -1)]) == [4, 3, 2, 1, 0] }
        }
    }

    @Test("scalar conversions of non-scalars")
    func scalars() {
        expectTensorError("can only convert an array of size 1 to a Swift scalar, got shape (3,)") { try badF3.item(Float.self) }
        expectTensorError("can only convert an array of size 1 to a Swift scalar, got shape (0,)") { try Float(Tensor.zeros([0])) }
        expectTensorError("can only convert an array of size 1 to a Swift scalar, got shape (2,)") { try Int(Tensor([1, 2])) }
        expectTensorError("The truth value of an array with more than one element is ambiguous. Use any() or all().") { try Bool(badF3 .> 0) }
    }
}

// MARK: - Random

@Suite("Bad input: PRNG keys and arguments")
struct BadRandomTests {
    static func keyMessage(_ fn: String, _ got: String) -> String {
        "\(fn) requires a PRNG key: a uint32 array of shape (2,) from Random.key(seed), got \(got)"
    }

    @Test("keys of the wrong shape or dtype", arguments: [PRNGImplementation.legacy, .partitionable])
    func badKeys(_ mode: PRNGImplementation) {
        let k3 = Tensor([UInt32(1), 2, 3]), kf = Tensor([Float(0), 0]), k2x2 = try! Random.split(badKey0, count: 2)
        Random.withImplementation(mode) {
            expectTensorError(Self.keyMessage("split", "uint32[3]")) { try Random.split(k3) }
            expectTensorError(Self.keyMessage("split", "float32[2]")) { try Random.split(kf, count: 3) }
            expectTensorError(Self.keyMessage("split", "uint32[2,2]")) { try Random.split(k2x2) }
            expectTensorError(Self.keyMessage("fold_in", "uint32[3]")) { try Random.foldIn(k3, 1) }
            expectTensorError(Self.keyMessage("bits", "float32[2]")) { try Random.bits(kf, shape: [2]) }
            expectTensorError(Self.keyMessage("uniform", "uint32[3]")) { try Random.uniform(k3, shape: [2]) }
            expectTensorError(Self.keyMessage("randint", "int32[2]")) { try Random.randint(Tensor([0, 0]), shape: [2], minval: 0, maxval: 3) }
        }
    }

    @Test("composed random functions name themselves in key errors")
    func composedKeyErrors() {
        let k3 = Tensor([UInt32(1), 2, 3])
        expectTensorError(Self.keyMessage("normal", "uint32[3]")) { try Random.normal(k3, shape: [2]) }
        expectTensorError(Self.keyMessage("bernoulli", "uint32[3]")) { try Random.bernoulli(k3, shape: [2]) }
        expectTensorError(Self.keyMessage("permutation", "uint32[3]")) { try Random.permutation(k3, 5) }
    }

    @Test("bad counts, data, dtypes and shapes")
    func badArguments() {
        expectTensorError("split count must be non-negative, got -1") { try Random.split(badKey0, count: -1) }
        expectTensorError("fold_in data must be an integer scalar, got float32[]") { try Random.foldIn(badKey0, Tensor(Float(1.5))) }
        expectTensorError("fold_in data must be an integer scalar, got int32[2]") { try Random.foldIn(badKey0, Tensor([1, 2])) }
        expectTensorError("dtype argument to `uniform` must be a float dtype, got int32") { try Random.uniform(badKey0, shape: [2], dtype: .int32) }
        expectTensorError("dtype argument to `normal` must be a float dtype, got uint32") { try Random.normal(badKey0, shape: [2], dtype: .uint32) }
        expectTensorError("randint supports int32 and uint32, got int64") { try Random.randint(badKey0, shape: [2], minval: 0, maxval: 3, dtype: .int64) }
        expectTensorError("randint supports int32 and uint32, got float32") { try Random.randint(badKey0, shape: [2], minval: 0, maxval: 3, dtype: .float32) }
        expectTensorError("permutation length must be non-negative, got -1") { try Random.permutation(badKey0, -1) }
        expectTensorError("axis 0 is out of bounds for array of dimension 0") { try Random.permutation(badKey0, Tensor(1.0)) }
        expectTensorError("axis 2 is out of bounds for array of dimension 2") { try Random.permutation(badKey0, Tensor.zeros([2, 2]), axis: 2) }
        expectTensorError("threefry2x32 requires uint32 arguments, got float32, uint32, uint32, uint32") {
            try bind(Threefry2x32(), [Tensor([Float(0)]), Tensor([UInt32(0)]), Tensor([UInt32(0)]), Tensor([UInt32(0)])])
        }
        expectTensorError("threefry2x32 got incompatible shapes for broadcasting: (2,), (3,), (), ().") {
            try bind(Threefry2x32(), [Tensor([UInt32(0), 0]), Tensor([UInt32(0), 0, 0]), Tensor(UInt32(0)), Tensor(UInt32(0))])
        }
    }
}
