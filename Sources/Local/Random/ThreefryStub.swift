// TEMPORARY: replaced by Threefry.swift.
enum Threefry {
    @inline(__always) static func rotl(_ x: UInt32, _ r: UInt32) -> UInt32 { (x << r) | (x >> (32 - r)) }
    static func hash(key: (UInt32, UInt32), count: (UInt32, UInt32)) -> (UInt32, UInt32) {
        let ks = [key.0, key.1, key.0 ^ key.1 ^ 0x1BD1_1BDA]
        var x0 = count.0 &+ ks[0], x1 = count.1 &+ ks[1]
        let rots: [[UInt32]] = [[13, 15, 26, 6], [17, 29, 16, 24]]
        for g in 0..<5 {
            for r in rots[g % 2] { x0 &+= x1; x1 = rotl(x1, r); x1 ^= x0 }
            x0 &+= ks[(g + 1) % 3]
            x1 &+= ks[(g + 2) % 3] &+ UInt32(g + 1)
        }
        return (x0, x1)
    }
    static func hash(key1: UnsafeBufferPointer<UInt32>, key2: UnsafeBufferPointer<UInt32>, count1: UnsafeBufferPointer<UInt32>,
                     count2: UnsafeBufferPointer<UInt32>, out1: UnsafeMutableBufferPointer<UInt32>, out2: UnsafeMutableBufferPointer<UInt32>) {
        for i in 0..<out1.count {
            let (a, b) = hash(key: (key1[i], key2[i]), count: (count1[i], count2[i]))
            out1[i] = a; out2[i] = b
        }
    }
}
