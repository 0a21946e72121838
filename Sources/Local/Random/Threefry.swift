// Threefry-2x32, bit-exact with JAX's `threefry2x32_p`.
//
// JAX (jax/_src/random/threefry2x32.py, `_threefry2x32_lowering`) hashes a
// pair of 32-bit counters under a pair of 32-bit keys with 20 rounds of the
// Threefish mix, injecting the key schedule after every 4 rounds:
//
//     ks = [k0, k1, k0 ^ k1 ^ 0x1BD11BDA]
//     x0 = c0 + ks[0];  x1 = c1 + ks[1]
//     for i in 1...5:
//         4 rounds with rotations R[(i-1) % 2]
//         x0 += ks[i % 3];  x1 += ks[(i + 1) % 3] + i
//
//     R = [[13, 15, 26, 6], [17, 29, 16, 24]]
//     round(r): x0 += x1;  x1 = rotl(x1, r) ^ x0
//
// All arithmetic is modulo 2^32. Everything above `hash` (splitting a count
// array into halves, fold_in, split, bits) is the caller's business; see
// `ThreefryKernelTests` for how JAX's `threefry_2x32` lays out its counts.

/// The Threefry-2x32 block cipher used by JAX's default PRNG.
enum Threefry {
    /// Skein's key-schedule parity constant (`k0 ^ k1 ^ parity` is the third key word).
    static let keyScheduleParity: UInt32 = 0x1BD1_1BDA

    /// Hashes one counter pair under one key pair: `threefry2x32_p` on scalars.
    ///
    /// `hash(key: (0, 0), count: (0, 0)) == (0x6b200159, 0x99ba4efe)`.
    ///
    /// - Parameters:
    ///   - key: the two key words `(k0, k1)`; a JAX key array `[k0, k1]`.
    ///   - count: the two counter words `(x0, x1)`.
    /// - Returns: the two hashed words `(y0, y1)`.
    /// - Complexity: O(1), 20 rounds.
    static func hash(key: (UInt32, UInt32), count: (UInt32, UInt32)) -> (UInt32, UInt32) {
        block(key.0, key.1, count.0, count.1)
    }

    /// Hashes `count1[i], count2[i]` under `key1[i], key2[i]` for every `i`:
    /// `threefry2x32_p` on already-broadcast operands.
    ///
    /// All six buffers must have the same count (the caller broadcasts; a
    /// scalar key can use `hash(key:count1:count2:out1:out2:)` instead).
    /// Outputs may alias inputs element-for-element (each `i` is read before
    /// it is written), but must not overlap them at a shifted offset.
    ///
    /// The loop body is branch-free integer arithmetic with constant
    /// rotations, so LLVM vectorises it (SSE2 on baseline x86-64, 4 lanes;
    /// wider with a newer `-target-cpu`).
    ///
    /// - Complexity: O(n).
    static func hash(
        key1: UnsafeBufferPointer<UInt32>, key2: UnsafeBufferPointer<UInt32>,
        count1: UnsafeBufferPointer<UInt32>, count2: UnsafeBufferPointer<UInt32>,
        out1: UnsafeMutableBufferPointer<UInt32>, out2: UnsafeMutableBufferPointer<UInt32>
    ) {
        let n = count1.count
        precondition(
            key1.count == n && key2.count == n && count2.count == n
                && out1.count == n && out2.count == n,
            "[threefry2x32] all operands must have the same element count (broadcast first)")
        guard n > 0 else { return }
        // Raw pointers: the indexed loads and stores then carry no bounds
        // checks, which keeps the loop a straight line the vectoriser accepts.
        let k0 = key1.baseAddress!, k1 = key2.baseAddress!
        let c0 = count1.baseAddress!, c1 = count2.baseAddress!
        let y0 = out1.baseAddress!, y1 = out2.baseAddress!
        for i in 0..<n {
            let (a, b) = block(k0[i], k1[i], c0[i], c1[i])
            y0[i] = a
            y1[i] = b
        }
    }

    /// Hashes `count1[i], count2[i]` under one key for every `i`: the common
    /// case of `random_bits` / `split`, where the key is a scalar and only the
    /// counters vary. Same results as broadcasting `key` to the buffers.
    ///
    /// - Complexity: O(n).
    static func hash(
        key: (UInt32, UInt32),
        count1: UnsafeBufferPointer<UInt32>, count2: UnsafeBufferPointer<UInt32>,
        out1: UnsafeMutableBufferPointer<UInt32>, out2: UnsafeMutableBufferPointer<UInt32>
    ) {
        let n = count1.count
        precondition(
            count2.count == n && out1.count == n && out2.count == n,
            "[threefry2x32] all operands must have the same element count (broadcast first)")
        guard n > 0 else { return }
        let (k0, k1) = key
        let c0 = count1.baseAddress!, c1 = count2.baseAddress!
        let y0 = out1.baseAddress!, y1 = out2.baseAddress!
        for i in 0..<n {
            let (a, b) = block(k0, k1, c0[i], c1[i])
            y0[i] = a
            y1[i] = b
        }
    }

    // MARK: - The cipher

    /// One Threefish round: `x0 += x1; x1 = rotl(x1, r) ^ x0`.
    @inline(__always)
    static func round(_ x0: inout UInt32, _ x1: inout UInt32, _ r: UInt32) {
        x0 &+= x1
        // Masking shifts: `r` is a literal in 1...31, so both shifts are in
        // range and fold to a single rotate (or shift/or pair when vectorised).
        x1 = ((x1 &<< r) | (x1 &>> (32 &- r))) ^ x0
    }

    /// The full 20-round block, unrolled exactly like JAX's
    /// `use_rolled_loops=False` lowering (the rolled CPU lowering computes the
    /// same values).
    @inline(__always)
    static func block(_ k0: UInt32, _ k1: UInt32, _ c0: UInt32, _ c1: UInt32) -> (UInt32, UInt32) {
        let ks0 = k0, ks1 = k1, ks2 = k0 ^ k1 ^ keyScheduleParity
        var x0 = c0 &+ ks0
        var x1 = c1 &+ ks1

        round(&x0, &x1, 13); round(&x0, &x1, 15); round(&x0, &x1, 26); round(&x0, &x1, 6)
        x0 &+= ks1; x1 &+= ks2 &+ 1

        round(&x0, &x1, 17); round(&x0, &x1, 29); round(&x0, &x1, 16); round(&x0, &x1, 24)
        x0 &+= ks2; x1 &+= ks0 &+ 2

        round(&x0, &x1, 13); round(&x0, &x1, 15); round(&x0, &x1, 26); round(&x0, &x1, 6)
        x0 &+= ks0; x1 &+= ks1 &+ 3

        round(&x0, &x1, 17); round(&x0, &x1, 29); round(&x0, &x1, 16); round(&x0, &x1, 24)
        x0 &+= ks1; x1 &+= ks2 &+ 4

        round(&x0, &x1, 13); round(&x0, &x1, 15); round(&x0, &x1, 26); round(&x0, &x1, 6)
        x0 &+= ks2; x1 &+= ks0 &+ 5

        return (x0, x1)
    }
}
