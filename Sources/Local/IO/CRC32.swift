// CRC-32 (IEEE 802.3, the one zlib and Python's `zlib.crc32` compute), for
// checksums in progress records: a torn or edited line, or rows that do not
// hold what was recorded, are detected instead of trusted.

/// CRC-32 of bytes, continued from `crc` (0 to start), as `zlib.crc32(data, crc)`.
///
/// ```swift
/// crc32(Array("123456789".utf8))   // 0xCBF43926
/// ```
package func crc32<Bytes: Sequence>(_ bytes: Bytes, continuing crc: UInt32 = 0) -> UInt32 where Bytes.Element == UInt8 {
    var c = ~crc
    for b in bytes {
        c = CRC32Table.entries[Int((c ^ UInt32(b)) & 0xff)] ^ (c >> 8)
    }
    return ~c
}

/// CRC-32 of a raw buffer (slicing by 8: eight table look-ups per 8 bytes).
package func crc32(_ buffer: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
    var c = ~crc
    var i = 0
    let n = buffer.count
    let t = CRC32Table.sliced
    while i + 8 <= n {
        let lo = UInt32(buffer[i]) | UInt32(buffer[i + 1]) << 8 | UInt32(buffer[i + 2]) << 16 | UInt32(buffer[i + 3]) << 24
        let hi = UInt32(buffer[i + 4]) | UInt32(buffer[i + 5]) << 8 | UInt32(buffer[i + 6]) << 16 | UInt32(buffer[i + 7]) << 24
        let x = c ^ lo
        c = t[7 * 256 + Int(x & 0xff)] ^ t[6 * 256 + Int((x >> 8) & 0xff)]
            ^ t[5 * 256 + Int((x >> 16) & 0xff)] ^ t[4 * 256 + Int(x >> 24)]
            ^ t[3 * 256 + Int(hi & 0xff)] ^ t[2 * 256 + Int((hi >> 8) & 0xff)]
            ^ t[1 * 256 + Int((hi >> 16) & 0xff)] ^ t[Int(hi >> 24)]
        i += 8
    }
    while i < n {
        c = t[Int((c ^ UInt32(buffer[i])) & 0xff)] ^ (c >> 8)
        i += 1
    }
    return ~c
}

private enum CRC32Table {
    /// The bytewise table for the reflected polynomial 0xEDB88320.
    static let entries: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// Eight tables: `sliced[k * 256 + b]` is the CRC of byte b followed by k zero bytes.
    static let sliced: [UInt32] = {
        var t = entries + [UInt32](repeating: 0, count: 7 * 256)
        for k in 1..<8 {
            for b in 0..<256 {
                let prev = t[(k - 1) * 256 + b]
                t[k * 256 + b] = entries[Int(prev & 0xff)] ^ (prev >> 8)
            }
        }
        return t
    }()
}
