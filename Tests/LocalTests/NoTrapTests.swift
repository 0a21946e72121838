// Extreme inputs that once trapped, hung or returned nonsense: each now
// returns what JAX returns or throws JAX's (or Python's) message. The
// property over random inputs is checked by pmap-fuzz (run by `make test`);
// these pin the messages. The last test keeps unchecked shape products out
// of the sources.

import Foundation
import Testing

@testable import Local

@Suite("No trap on extreme inputs")
struct NoTrapTests {
    static func message(_ body: () throws -> Any) -> String? {
        do { _ = try body(); return nil } catch { return "\(error)" }
    }

    @Test func rangesToIntMaxAreTheWholeAxis() throws {
        let x = try Tensor.arange(0, 6).reshaped([3, 2])
        #expect(try x[0...Int.max].toArray(Int32.self) == [0, 1, 2, 3, 4, 5])
        #expect(try x[...Int.max].shape == [3, 2])
        #expect(try x[1...].shape == [2, 2])
        #expect(try x[stride(from: 0, to: Int.max, by: 1)].shape == [3, 2])
        #expect(try x[stride(from: Int.min, to: Int.max, by: 2)].toArray(Int32.self) == [0, 1, 4, 5])
        #expect(try x[stride(from: 1 << 40, to: 0, by: -1)].toArray(Int32.self) == [4, 5, 2, 3])
        #expect(try x[TensorIndex.range(start: nil, stop: nil, step: Int.min)].toArray(Int32.self) == [4, 5])
        #expect(try x[TensorIndex.range(start: 0, stop: nil, step: Int.max)].toArray(Int32.self) == [0, 1])
    }

    @Test func hugeAllocationsThrow() throws {
        #expect(Self.message { try Tensor.linspace(0, 1, count: 1 << 39) }?.hasPrefix("RESOURCE_EXHAUSTED: Out of memory while trying to allocate 4398046511104 bytes.") == true)
        #expect(Self.message { try Tensor.zeros([1 << 62, 4]) } == "shape (4611686018427387904, 4) has too many elements to allocate (2**40 or more)")
        let empty = try Tensor.zeros([0, 1 << 62])   // JAX allows it: no elements
        #expect(empty.shape == [0, 1 << 62])
        #expect(Self.message { try mean(Tensor.zeros([0, 1 << 62]), axis: 0) } == "shape (4611686018427387904,) has too many elements to allocate (2**40 or more)")
        #expect(Self.message { try split(Tensor.zeros([0]), sections: 1 << 40) }?.hasPrefix("RESOURCE_EXHAUSTED: splitting an axis of size 0 into 1099511627776 sections") == true)
    }

    @Test func pythonConversionsOfNaNAndInfinityRaise() throws {
        #expect(Self.message { try Int(Tensor(Double.nan)) } == "cannot convert float NaN to integer")
        #expect(Self.message { try Int(Tensor(Double.infinity)) } == "cannot convert float infinity to integer")
        #expect(Self.message { try Int(Tensor(Float(3e30))) } == "Python int too large to convert: 2.999999894026671e+30 does not fit in Int")
        #expect(Self.message { try Tensor(Double.nan, dtype: .int32) } == "cannot convert float NaN to integer")
        #expect(Self.message { try Tensor(-Double.infinity, dtype: .uint32) } == "cannot convert float infinity to integer")
        #expect(try Int(Tensor(Float(-2.7))) == -2)
    }

    @Test func splitFollowsJax() throws {
        let x = try Tensor.arange(0, 6)
        #expect(Self.message { try split(x, indices: [4, 1]) } == "Sizes passed to split must be nonnegative, got [4, -3, 5]")
        #expect(Self.message { try split(x, indices: [1, 9]) } == "Sizes passed to split must be nonnegative, got [1, 8, -3]")
        #expect(Self.message { try split(x, indices: [-2, 3]) } == "Sizes passed to split must be nonnegative, got [-2, 5, 3]")
        #expect(try split(x, indices: [1, 4]).map { $0.shape } == [[1], [3], [2]])
    }

    @Test func loopBoundsBeyondInt32Throw() throws {
        #expect(Self.message { try foriLoop(0, 1 << 40, initial: Tensor(0)) { _, c in c } } == "foriLoop bounds must fit in int32 (JAX's default, x64 disabled): got lower=0, upper=1099511627776")
        #expect(Self.message { try foriLoop(Int.max, -5, initial: Tensor(0)) { _, c in c } } == "foriLoop bounds must fit in int32 (JAX's default, x64 disabled): got lower=9223372036854775807, upper=-5")
        #expect(Self.message { try foriLoop(5, -5, initial: Tensor(7)) { _, c in c } } == nil)
    }

    @Test func vmapAxesAtTheExtremes() throws {
        let x = try Tensor.arange(0, 6)
        #expect(Self.message { try vmap({ (t: Tensor) in t }, inAxes: Axes([Int.min]))(x) } == "vmap was requested to map its argument along axis -9223372036854775808, which implies that its rank should be at least 9223372036854775808, but is only 1 (its shape is (6,))")
        #expect(Self.message { try vmap({ (t: Tensor) in t }, inAxes: Axes([Int.max]))(x) } == "vmap was requested to map its argument along axis 9223372036854775807, which implies that its rank should be at least 9223372036854775808, but is only 1 (its shape is (6,))")
    }

    @Test func einsumMessagesFollowJax() {
        let a = Tensor.zeros2(2, 3), b = Tensor.zeros2(4, 4)
        #expect(Self.message { try einsum("ij,jk,kl->il", a, a) } == "Number of einsum subscripts, 3, must be equal to the number of operands, 2.")
        #expect(Self.message { try einsum("ij,jk,kl->il", a, a, a) } == "einsum: 3 operands given; one or two are supported (contract them pairwise)")
        #expect(Self.message { try einsum("ij,jk->ik", a, b) } == "Size of label 'j' for operand 1 (4) does not match previous terms (3).")
    }

    @Test func specialFilesAreRefusedWithoutBlocking() throws {
        let fifo = NSTemporaryDirectory() + "npy-fifo-\(getpid())"
        unlink(fifo)
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        #expect(Self.message { try Npy.load(fifo) } == "\(fifo): is not a regular file")
        #expect(Self.message { try Npy.load("/dev/zero") } == "/dev/zero: is not a regular file")
    }

    /// New code must not multiply shape components unchecked: element counts
    /// go through `Shape.checkedCount` (user shapes) or `Shape.count`
    /// (validated shapes). This fails on a `reduce(1, *)` anywhere in Sources.
    @Test func noUncheckedShapeProducts() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 50)
        var offenders: [String] = []
        for file in files {
            let text = try String(contentsOfFile: sources.appendingPathComponent(file).path, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("reduce(1, *)") || line.contains("reduce(1,*)") || line.contains("reduce(1, &*)") || line.contains("reduce(1) {") {
                offenders.append("Sources/\(file):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offenders.isEmpty, "unchecked shape products (use Shape.checkedCount or Shape.count):\n\(offenders.joined(separator: "\n"))")
    }
}

extension Tensor {
    static func zeros2(_ a: Int, _ b: Int) -> Tensor { try! Tensor.zeros([a, b]) }
}
