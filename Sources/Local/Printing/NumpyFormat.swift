// Printing arrays exactly like numpy's `np.array2string` and JAX's `repr(jax.Array)`.
//
// This is a port of numpy 2.x `numpy/_core/arrayprint.py` (FloatingFormat,
// IntegerFormat, BoolFormat, _formatArray, _leading_trailing) and of the parts of
// `numpy/_core/src/multiarray/dragon4.c` that those use (Dragon4 digit generation,
// FormatPositional, FormatScientific), restricted to numpy's default print options:
// precision 8, floatmode 'maxprec', suppress False, sign '-', threshold 1000,
// edgeitems 3, linewidth 75, nanstr 'nan', infstr 'inf', legacy off.
//
// Digits come from an exact big-integer Dragon4 rather than from Swift's
// `description`: numpy cuts the shortest round-trip digits off at 8 fractional
// digits by rounding the *exact* binary value, which rounding the shortest decimal
// string would sometimes get wrong (a double rounding).

/// Flat row-major elements handed to the formatter.
enum FormatElements {
    case float32([Float])
    case float64([Double])
    case signed([Int64])      // int32, int64
    case unsigned([UInt64])   // uint32
    case bool([Bool])

    /// Number of elements.
    var count: Int {
        switch self {
        case .float32(let v): return v.count
        case .float64(let v): return v.count
        case .signed(let v): return v.count
        case .unsigned(let v): return v.count
        case .bool(let v): return v.count
        }
    }
}

/// numpy's array printing (`np.array2string`, scalar `str`) and JAX's `Array.__repr__`.
enum NumpyFormat {
    /// numpy's default `threshold`: arrays with more elements are summarised with `...`.
    static let threshold = 1000
    /// numpy's default `edgeitems`: items kept at each end of a summarised axis.
    static let edgeItems = 3
    /// numpy's default `precision`: at most this many fractional digits.
    static let precision = 8
    /// numpy's default `linewidth`, which JAX also reads for its repr.
    static let defaultLineWidth = 75

    /// Like np.array2string(a, max_line_width:, separator: ", ", prefix:, suffix:) with numpy 2 default print options
    /// (precision 8, floatmode 'maxprec', suppress False, threshold 1000 -> summarise with '...' and edgeitems 3, linewidth 75).
    ///
    /// As in numpy, `prefix` and `suffix` are not part of the result: they only
    /// reserve room (the prefix indents continuation lines, the suffix shortens the
    /// usable line width).
    static func arrayString(_ e: FormatElements, shape: [Int], prefix: String, suffix: String, lineWidth: Int = 75) -> String {
        precondition(Shape.count(shape) == e.count, "shape \(shape) does not match \(e.count) elements")
        // numpy (non-legacy) takes the suffix's width off the line.
        let width = lineWidth - suffix.utf8.count
        // "treat as a null array if any of shape elements == 0"
        if e.count == 0 { return "[]" }

        let summarise = e.count > threshold
        // The format (widths, digits, notation) is chosen from the elements that
        // will actually be printed, so a summarised array ignores its middle.
        let shown = summarise ? cornerIndices(shape: shape) : Array(0..<e.count)
        let format = elementFormatter(e, shown: shown, zeroDimensional: shape.isEmpty)

        // skip over "[" and over the prefix, e.g. "array("
        let nextLinePrefix = " " + String(repeating: " ", count: prefix.utf8.count)
        let printer = ArrayPrinter(shape: shape, format: format, lineWidth: width,
                                   separator: ", ", summarise: summarise)
        return printer.render(nextLinePrefix: nextLinePrefix)
    }

    /// Exactly JAX's `repr(jax.Array)`, e.g. `Array([ 4.997196  ,  0.39028692, -0.4550171 ,  5.45161   , -1.3241603 ],      dtype=float32)`
    /// dtypeName is "float32", "float64", "int32", "int64", "uint32", "bool". weakType adds `, weak_type=True` inside as JAX does.
    static func jaxRepr(_ e: FormatElements, shape: [Int], dtypeName: String, weakType: Bool) -> String {
        let prefix = "Array("
        let dtypeString = weakType ? "dtype=\(dtypeName), weak_type=True)" : "dtype=\(dtypeName))"
        let body: String
        if shape.contains(0) {
            body = "[], shape=\(pythonTuple(shape))"
        } else {
            body = arrayString(e, shape: shape, prefix: prefix, suffix: ",", lineWidth: defaultLineWidth)
        }
        // JAX computes `len(s) - s.rfind('\n') + 1`; without a newline rfind is -1,
        // so the "last line length" is len(s) + 2. Reproduce that quirk exactly.
        let utf8 = Array(body.utf8)
        let lastNewline = utf8.lastIndex(of: UInt8(ascii: "\n")) ?? -1
        let lastLineLength = utf8.count - lastNewline + 1
        let separator = lastLineLength + dtypeString.utf8.count + 1 > defaultLineWidth
            ? String(repeating: " ", count: prefix.utf8.count) : " "
        return prefix + body + "," + separator + dtypeString
    }

    /// numpy str(scalar)/repr of one element as numpy prints a 0-d array's value (e.g. "89.16818", "1.0", "nan", "-inf", "1e-05", "True", "3")
    static func scalarString(_ e: FormatElements, at index: Int) -> String {
        switch e {
        case .float32(let v): return scalarFloatString(v[index])
        case .float64(let v): return scalarFloatString(v[index])
        case .signed(let v): return String(v[index])
        case .unsigned(let v): return String(v[index])
        case .bool(let v): return v[index] ? "True" : "False"
        }
    }

    // MARK: - Helpers

    /// Python's tuple spelling of a shape: `()`, `(0,)`, `(2, 0)`.
    static func pythonTuple(_ shape: [Int]) -> String {
        if shape.count == 1 { return "(\(shape[0]),)" }
        return "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// Flat indices of numpy's `_leading_trailing(a, edgeitems)`: on every axis longer
    /// than 2 * edgeitems only the first and last `edgeitems` entries are kept.
    static func cornerIndices(shape: [Int]) -> [Int] {
        var indices = [0]
        for extent in shape {
            let kept = extent > 2 * edgeItems
                ? Array(0..<edgeItems) + Array((extent - edgeItems)..<extent)
                : Array(0..<extent)
            var next: [Int] = []
            next.reserveCapacity(indices.count * kept.count)
            for base in indices {
                for k in kept { next.append(base * extent + k) }
            }
            indices = next
        }
        return indices
    }

    /// numpy's `_get_format_function`: builds the per-element formatter from the
    /// elements at `shown` (BoolFormat, IntegerFormat or FloatingFormat).
    static func elementFormatter(_ e: FormatElements, shown: [Int], zeroDimensional: Bool) -> (Int) -> String {
        switch e {
        case .float32(let v):
            let f = FloatingFormat(shown.map { v[$0] })
            return { f.format(v[$0]) }
        case .float64(let v):
            let f = FloatingFormat(shown.map { v[$0] })
            return { f.format(v[$0]) }
        case .signed(let v):
            let width = integerWidth(shown.map { String(v[$0]) })
            return { leftPad(String(v[$0]), to: width) }
        case .unsigned(let v):
            let width = integerWidth(shown.map { String(v[$0]) })
            return { leftPad(String(v[$0]), to: width) }
        case .bool(let v):
            // BoolFormat: " True" lines up with "False", except in 0-d arrays.
            let trueString = zeroDimensional ? "True" : " True"
            return { v[$0] ? trueString : "False" }
        }
    }

    /// IntegerFormat with sign '-': width of the longer of str(max) and str(min),
    /// which is the longest rendering overall.
    static func integerWidth(_ strings: [String]) -> Int {
        strings.map { $0.utf8.count }.max() ?? 0
    }

    /// numpy's float scalar `str` (scalartypes.c `*type_str_either`): positional
    /// with at least one fractional digit ("1.0") when 1e-4 <= |x| < max_positional
    /// (1e6 for float32, 1e16 for float64), or for 0 and nan; otherwise scientific
    /// with trailing zeros and point dropped ("1e-05", "inf").
    static func scalarFloatString<T: BinaryFloatingPoint>(_ x: T) -> String {
        let maxPositional: T = T.significandBitCount <= 23 ? 1e6 : 1e16
        let magnitude = x.magnitude
        // numpy compares against a long double 1e-4; every float32/float64 orders
        // the same way against the double 1e-4, so compare in Double.
        let positional = x.isNaN || x == 0 || (magnitude < maxPositional && Double(magnitude) >= 1e-4)
        if positional {
            return Dragon4.positional(x, precision: -1, minDigits: -1, trim: .leaveOneZero)
        }
        return Dragon4.scientific(x, precision: -1, minDigits: -1, trim: .dropPointAndZeros)
    }

    /// Right-aligns `s` in a field of `width` characters (Python's `{:>Nd}`).
    static func leftPad(_ s: String, to width: Int) -> String {
        let n = s.utf8.count
        return n >= width ? s : String(repeating: " ", count: width - n) + s
    }

    /// Python's `str.rstrip()` for the ASCII spaces numpy's layout produces.
    static func rstrip(_ s: String) -> String {
        var end = s.endIndex
        while end > s.startIndex {
            let before = s.index(before: end)
            guard s[before] == " " || s[before] == "\n" else { break }
            end = before
        }
        return String(s[..<end])
    }
}

// MARK: - Layout (_formatArray)

/// numpy's `_formatArray` (non-legacy) for a row-major array: nests brackets,
/// wraps rows at the line width, separates n-d blocks by blank lines and inserts
/// `...` on summarised axes.
private struct ArrayPrinter {
    let shape: [Int]
    let format: (Int) -> String
    let lineWidth: Int
    let separator: String
    let summarise: Bool
    /// Row-major strides in elements.
    let strides: [Int]

    /// A printer for `shape` whose element at flat position i prints as `format(i)`;
    /// `summarise` enables `...` on axes longer than 2 * edgeitems.
    init(shape: [Int], format: @escaping (Int) -> String, lineWidth: Int, separator: String, summarise: Bool) {
        self.shape = shape
        self.format = format
        self.lineWidth = lineWidth
        self.separator = separator
        self.summarise = summarise
        var strides = Array(repeating: 1, count: shape.count)
        var running = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = running
            running *= shape[axis]
        }
        self.strides = strides
    }

    /// The whole array, continuation lines indented by `nextLinePrefix`.
    func render(nextLinePrefix: String) -> String {
        recurse(offset: 0, axis: 0, hangingIndent: nextLinePrefix, currentWidth: lineWidth)
    }

    /// numpy's `recurser(index, hanging_indent, curr_width)`; `offset` is the flat
    /// position of `index`.
    private func recurse(offset: Int, axis: Int, hangingIndent: String, currentWidth: Int) -> String {
        let axesLeft = shape.count - axis
        if axesLeft == 0 { return format(offset) }

        // When recursing, add a space to align with the "[" added, and reduce the
        // length of the line by 1 (for the "]").
        let nextHangingIndent = hangingIndent + " "
        let nextWidth = currentWidth - 1
        let length = shape[axis]
        let step = strides[axis]
        let showSummary = summarise && 2 * NumpyFormat.edgeItems < length
        let leadingItems = showSummary ? NumpyFormat.edgeItems : 0
        let trailingItems = showSummary ? NumpyFormat.edgeItems : length
        // Python's `range(trailing_items, 1, -1)` over negative indices -i.
        let trailingRange = trailingItems >= 2 ? Array((2...trailingItems).reversed()) : []

        var s = ""
        if axesLeft == 1 {
            // Last axis: elements, wrapped when they would not fit on the line. The
            // width stops short of the separator or closing bracket.
            let trimmedSeparator = NumpyFormat.rstrip(separator)
            let elementWidth = currentWidth - max(trimmedSeparator.utf8.count, 1)
            var line = hangingIndent
            for i in 0..<leadingItems {
                let word = recurse(offset: offset + i * step, axis: axis + 1,
                                   hangingIndent: nextHangingIndent, currentWidth: nextWidth)
                extendLine(&s, &line, word, elementWidth, hangingIndent)
                line += separator
            }
            if showSummary {
                extendLine(&s, &line, "...", elementWidth, hangingIndent)
                line += separator
            }
            for i in trailingRange {
                let word = recurse(offset: offset + (length - i) * step, axis: axis + 1,
                                   hangingIndent: nextHangingIndent, currentWidth: nextWidth)
                extendLine(&s, &line, word, elementWidth, hangingIndent)
                line += separator
            }
            let last = recurse(offset: offset + (length - 1) * step, axis: axis + 1,
                               hangingIndent: nextHangingIndent, currentWidth: nextWidth)
            extendLine(&s, &line, last, elementWidth, hangingIndent)
            s += line
        } else {
            // Other axes: one sub-array per line, plus a blank line per extra axis.
            let lineSeparator = NumpyFormat.rstrip(separator) + String(repeating: "\n", count: axesLeft - 1)
            for i in 0..<leadingItems {
                let nested = recurse(offset: offset + i * step, axis: axis + 1,
                                     hangingIndent: nextHangingIndent, currentWidth: nextWidth)
                s += hangingIndent + nested + lineSeparator
            }
            if showSummary {
                s += hangingIndent + "..." + lineSeparator
            }
            for i in trailingRange {
                let nested = recurse(offset: offset + (length - i) * step, axis: axis + 1,
                                     hangingIndent: nextHangingIndent, currentWidth: nextWidth)
                s += hangingIndent + nested + lineSeparator
            }
            let nested = recurse(offset: offset + (length - 1) * step, axis: axis + 1,
                                 hangingIndent: nextHangingIndent, currentWidth: nextWidth)
            s += hangingIndent + nested
        }
        // Remove the hanging indent, and wrap in [].
        return "[" + String(s.dropFirst(hangingIndent.count)) + "]"
    }

    /// numpy's `_extendLine`: starts a new line when `word` would overflow, unless
    /// the line holds nothing but its indent (wrapping would not help).
    private func extendLine(_ s: inout String, _ line: inout String, _ word: String,
                            _ width: Int, _ nextLinePrefix: String) {
        let lineLength = line.utf8.count
        let needsWrap = lineLength + word.utf8.count > width && lineLength > nextLinePrefix.utf8.count
        if needsWrap {
            s += NumpyFormat.rstrip(line) + "\n"
            line = nextLinePrefix
        }
        line += word
    }
}

// MARK: - FloatingFormat

/// numpy's `FloatingFormat` in floatmode 'maxprec' with sign '-': decides between
/// positional and scientific notation for the whole array, and the paddings that
/// line the decimal points (and exponents) up.
private struct FloatingFormat<T: BinaryFloatingPoint> {
    /// Scientific notation for every element.
    var expFormat = false
    /// Characters left of the decimal point (sign included).
    var padLeft = 0
    /// Characters right of the decimal point (positional), or exponent and
    /// fraction length (scientific; only used to size nan/inf).
    var padRight = 0
    /// Scientific: fractional digits every element shows; positional: the cutoff.
    var precision = NumpyFormat.precision
    /// Scientific: minimum exponent digits.
    var expSize = -1

    /// numpy's `FloatingFormat.fillFormat`: measures every (shown) element once.
    init(_ data: [T]) {
        // Only the finite values are used to compute the number of digits.
        let finite = data.filter { $0.isFinite }

        // Choose exponential mode from the non-zero finite magnitudes. The
        // comparisons happen in the array's own dtype, as numpy's do (the Python
        // constants are cast to float32 for float32 data under NEP 50).
        let magnitudes = finite.filter { $0 != 0 }.map { $0.magnitude }
        if let maxValue = magnitudes.max(), let minValue = magnitudes.min() {
            // 10 ** min(8, np.finfo(dtype).precision): 1e6 for float32, 1e8 for float64.
            let decimalPrecision = Int(Double(T.significandBitCount) * 0.30102999566398119521)
            var cutoff: T = 1
            for _ in 0..<min(8, decimalPrecision) { cutoff *= 10 }
            if maxValue >= cutoff || minValue < T(0.0001 as Double) || maxValue / minValue > T(1000) {
                expFormat = true
            }
        }

        if finite.isEmpty {
            padLeft = 0
            padRight = 0
        } else if expFormat {
            // First pass at up to `precision` + 1 significant digits, trailing zeros
            // trimmed, to find the widest fraction and exponent.
            var fractionLength = 0, integerLength = 0, exponentLength = 0
            for x in finite {
                let s = Dragon4.scientific(x, precision: NumpyFormat.precision, minDigits: -1, trim: .zeros)
                let parts = FloatingFormat.split(s)
                integerLength = max(integerLength, parts.integer)
                fractionLength = max(fractionLength, parts.fraction)
                exponentLength = max(exponentLength, parts.exponent)
            }
            expSize = exponentLength - 1           // minus the exponent's sign
            precision = fractionLength             // every element shows this many
            padLeft = integerLength
            padRight = expSize + 2 + precision
        } else {
            var fractionLength = 0, integerLength = 0
            for x in finite {
                let s = Dragon4.positional(x, precision: NumpyFormat.precision, minDigits: -1, trim: .zeros)
                let parts = FloatingFormat.split(s)
                integerLength = max(integerLength, parts.integer)
                fractionLength = max(fractionLength, parts.fraction)
            }
            padLeft = integerLength
            padRight = fractionLength
        }

        // Non-finite values may need more room on the left: "nan", "inf", "-inf"
        // are right-aligned with the decimal point's column + fraction.
        if finite.count != data.count {
            let negativeInfinity = data.contains { $0.isInfinite && $0 < 0 }
            let offset = padRight + 1   // +1 for the decimal point
            padLeft = max(padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
        }
    }

    /// Lengths of the integer part, fraction and exponent (with sign) of a
    /// first-pass rendering such as "-12.5" or "1.25e+08".
    private static func split(_ s: String) -> (integer: Int, fraction: Int, exponent: Int) {
        let bytes = Array(s.utf8)
        let e = bytes.firstIndex(of: UInt8(ascii: "e")) ?? bytes.count
        let dot = bytes[..<e].firstIndex(of: UInt8(ascii: ".")) ?? e
        return (dot, max(0, e - dot - 1), max(0, bytes.count - e - 1))
    }

    /// numpy's `FloatingFormat.__call__`.
    func format(_ x: T) -> String {
        if !x.isFinite {
            let text = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
            return NumpyFormat.leftPad(text, to: padLeft + padRight + 1)
        }
        if expFormat {
            return Dragon4.scientific(x, precision: precision, minDigits: precision, trim: .none,
                                      padLeft: padLeft, expDigits: expSize)
        }
        return Dragon4.positional(x, precision: precision, minDigits: 0, trim: .zeros,
                                  padLeft: padLeft, padRight: padRight)
    }
}

// MARK: - Dragon4

/// numpy's Dragon4 float printing (dragon4.c), unique-digit mode only: the
/// shortest digits that round-trip, optionally cut off (with exact rounding) or
/// extended to a minimum number of digits.
private enum Dragon4 {
    /// numpy's TrimMode: what happens to trailing zeros and the decimal point.
    enum Trim {
        /// 'k': keep trailing zeros, keep the decimal point.
        case none
        /// '.': trim trailing zeros, keep the decimal point ("1.").
        case zeros
        /// '0': trim trailing zeros but leave one after the point ("1.0").
        case leaveOneZero
        /// '-': trim trailing zeros and the point ("1").
        case dropPointAndZeros
    }

    /// Whether cutoffs count digits after the point or significant digits.
    enum Cutoff { case fractionLength, totalLength }

    /// A float as `mantissa * 2^exponent` with the facts Dragon4 needs.
    struct Decomposed {
        var negative: Bool
        var mantissa: UInt64
        var exponent: Int
        /// Index of the highest set mantissa bit.
        var mantissaBit: Int
        /// The gap to the next float below is half the gap above (a power of two).
        var hasUnequalMargins: Bool
    }

    /// Splits a finite IEEE value into Dragon4's integer form.
    static func decompose<T: BinaryFloatingPoint>(_ x: T) -> Decomposed {
        let fractionBits = T.significandBitCount
        let bias = (1 << (T.exponentBitCount - 1)) - 1
        let fraction = UInt64(x.significandBitPattern)
        let biasedExponent = Int(x.exponentBitPattern)
        if biasedExponent != 0 {
            // normal: (2^p + fraction) * 2^(e - bias - p)
            return Decomposed(negative: x.sign == .minus,
                              mantissa: (1 << UInt64(fractionBits)) | fraction,
                              exponent: biasedExponent - bias - fractionBits,
                              mantissaBit: fractionBits,
                              hasUnequalMargins: biasedExponent != 1 && fraction == 0)
        }
        // subnormal (or zero): fraction * 2^(1 - bias - p)
        return Decomposed(negative: x.sign == .minus, mantissa: fraction,
                          exponent: 1 - bias - fractionBits,
                          mantissaBit: fraction == 0 ? 0 : 63 - fraction.leadingZeroBitCount,
                          hasUnequalMargins: false)
    }

    /// Positional notation (numpy's `dragon4_positional` / FormatPositional with
    /// unique=True, fractional=True). Negative arguments mean "not given".
    static func positional<T: BinaryFloatingPoint>(_ x: T, precision: Int, minDigits: Int, trim: Trim,
                                                  padLeft: Int = -1, padRight: Int = -1) -> String {
        if let special = infNan(x) { return special }
        let v = decompose(x)
        let (digits, printExponent) = generate(v, cutoffMode: .fractionLength,
                                               cutoffMax: precision, cutoffMin: minDigits)
        var out: [UInt8] = []
        let zero = UInt8(ascii: "0"), point = UInt8(ascii: ".")
        var fractionDigits = 0
        let wholeDigits: Int
        if printExponent >= 0 {
            wholeDigits = printExponent + 1
            if digits.count <= wholeDigits {
                // trailing zeros up to the decimal point
                out = digits + Array(repeating: zero, count: wholeDigits - digits.count)
            } else {
                fractionDigits = digits.count - wholeDigits
                out = Array(digits[..<wholeDigits]) + [point] + Array(digits[wholeDigits...])
            }
        } else {
            // leading zeros after "0."
            let fractionZeros = -(printExponent + 1)
            out = [zero, point] + Array(repeating: zero, count: fractionZeros) + digits
            fractionDigits = digits.count + fractionZeros
            wholeDigits = 1
        }
        // always add the decimal point, except in DptZeros mode
        if trim != .dropPointAndZeros && fractionDigits == 0 { out.append(point) }

        // fraction length asked for by min_digits (fractional cutoff mode)
        let desiredFractionDigits = max(minDigits, 0)
        switch trim {
        case .leaveOneZero where fractionDigits == 0:
            out.append(zero)
            fractionDigits += 1
        case .none where desiredFractionDigits > fractionDigits:
            out += Array(repeating: zero, count: desiredFractionDigits - fractionDigits)
            fractionDigits = desiredFractionDigits
        default:
            break
        }
        // rounding or min_digits may still leave trailing zeros; trim per mode
        if trim != .none && fractionDigits > 0 {
            while out.last == zero {
                out.removeLast()
                fractionDigits -= 1
            }
            if out.last == point {
                if trim == .leaveOneZero {
                    out.append(zero)
                    fractionDigits += 1
                } else if trim == .dropPointAndZeros {
                    out.removeLast()
                }
            }
        }
        // right padding lines up the fractions
        if padRight >= fractionDigits {
            if trim == .dropPointAndZeros && fractionDigits == 0 { out.append(UInt8(ascii: " ")) }
            out += Array(repeating: UInt8(ascii: " "), count: padRight - fractionDigits)
        }
        let signed = (v.negative ? "-" : "") + String(decoding: out, as: UTF8.self)
        // left padding lines up the decimal points (the sign counts as a column)
        let used = wholeDigits + (v.negative ? 1 : 0)
        if padLeft > used { return String(repeating: " ", count: padLeft - used) + signed }
        return signed
    }

    /// Scientific notation (numpy's `dragon4_scientific` / FormatScientific with
    /// unique=True). `precision` and `minDigits` count fractional digits of the
    /// mantissa; negative means "not given".
    static func scientific<T: BinaryFloatingPoint>(_ x: T, precision: Int, minDigits: Int, trim: Trim,
                                                  padLeft: Int = -1, expDigits: Int = -1) -> String {
        if let special = infNan(x) { return special }
        let v = decompose(x)
        var out = ""
        let leftChars = 1 + (v.negative ? 1 : 0)
        if padLeft > leftChars { out += String(repeating: " ", count: padLeft - leftChars) }
        if v.negative { out += "-" }

        let (digits, printExponent) = generate(v, cutoffMode: .totalLength,
                                               cutoffMax: precision < 0 ? -1 : precision + 1,
                                               cutoffMin: minDigits < 0 ? -1 : minDigits + 1)
        var mantissa: [UInt8] = [digits[0]]
        var fractionDigits = digits.count - 1
        if fractionDigits > 0 { mantissa += [UInt8(ascii: ".")] + digits[1...] }
        if trim != .dropPointAndZeros && fractionDigits == 0 { mantissa.append(UInt8(ascii: ".")) }

        let zero = UInt8(ascii: "0")
        let wanted = max(minDigits, 0)
        switch trim {
        case .leaveOneZero where fractionDigits == 0:
            mantissa.append(zero)
            fractionDigits += 1
        case .none where wanted > fractionDigits:
            mantissa += Array(repeating: zero, count: wanted - fractionDigits)
            fractionDigits = wanted
        default:
            break
        }
        if trim != .none && fractionDigits > 0 {
            // unlike positional, a bare trailing point is kept here (even for '-')
            while mantissa.last == zero {
                mantissa.removeLast()
                fractionDigits -= 1
            }
            if trim == .leaveOneZero && mantissa.last == UInt8(ascii: ".") {
                mantissa.append(zero)
                fractionDigits += 1
            }
        }
        out += String(decoding: mantissa, as: UTF8.self)

        // exponent: sign and at least `expDigits` (default 2, at most 5) digits
        let width = expDigits < 0 ? 2 : min(expDigits, 5)
        let magnitude = String(abs(printExponent))
        let exponentText = String(repeating: "0", count: max(0, width - magnitude.utf8.count)) + magnitude
        out += (printExponent >= 0 ? "e+" : "e-") + exponentText
        return out
    }

    /// numpy's PrintInfNan (sign '-'): "nan" never shows a sign, "-inf" does.
    private static func infNan<T: BinaryFloatingPoint>(_ x: T) -> String? {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        return nil
    }

    /// The Dragon4 core (numpy's `Dragon4()` in unique digit mode): returns ASCII
    /// digits and the decimal exponent of the first one.
    ///
    /// `cutoffMax` stops digit generation (rounding the exact remainder) at that many
    /// fractional / total digits; `cutoffMin` keeps generating past uniqueness
    /// until that many. Negative means no limit.
    static func generate(_ v: Decomposed, cutoffMode: Cutoff, cutoffMax: Int, cutoffMin: Int) -> (digits: [UInt8], exponent: Int) {
        if v.mantissa == 0 { return ([UInt8(ascii: "0")], 0) }
        // Margins: half the distance to the neighbouring floats. With IEEE
        // round-half-even, an even mantissa may print a boundary value.
        let isEven = v.mantissa % 2 == 0

        // value = scaledValue / scale, margins likewise; everything is kept
        // doubled (or quadrupled) so half-ulps are integers.
        var scaledValue = BigUInt(v.mantissa)
        var scale: BigUInt
        var marginLow: BigUInt
        if v.hasUnequalMargins {
            if v.exponent > 0 {
                scaledValue.shiftLeft(v.exponent + 2)
                scale = BigUInt(4)
                marginLow = BigUInt.powerOfTwo(v.exponent)
            } else {
                scaledValue.shiftLeft(2)
                scale = BigUInt.powerOfTwo(-v.exponent + 2)
                marginLow = BigUInt(1)
            }
        } else {
            if v.exponent > 0 {
                scaledValue.shiftLeft(v.exponent + 1)
                scale = BigUInt(2)
                marginLow = BigUInt.powerOfTwo(v.exponent)
            } else {
                scaledValue.shiftLeft(1)
                scale = BigUInt.powerOfTwo(-v.exponent + 1)
                marginLow = BigUInt(1)
            }
        }
        // The high margin is the low one, or twice it below a power of two.
        func marginHigh() -> BigUInt {
            guard v.hasUnequalMargins else { return marginLow }
            var m = marginLow
            m.shiftLeft(1)
            return m
        }

        // Estimate floor(log10(v)) + 1, correct or one too small; numpy's 0.69
        // offset makes it err low (cheaper), which the compare below fixes.
        let log10of2 = 0.30102999566398119521373889472449
        var digitExponent = Int((Double(v.mantissaBit + v.exponent) * log10of2 - 0.69).rounded(.up))

        // A fractional cutoff below the first digit: start at the cutoff instead,
        // so the value rounds there (the leading digits come out as zeros).
        if cutoffMax >= 0 && cutoffMode == .fractionLength && digitExponent <= -cutoffMax {
            digitExponent = -cutoffMax + 1
        }

        // Divide the value by 10^digitExponent.
        if digitExponent > 0 {
            scale = scale * BigUInt.powerOfTen(digitExponent)
        } else if digitExponent < 0 {
            let p = BigUInt.powerOfTen(-digitExponent)
            scaledValue = scaledValue * p
            marginLow = marginLow * p
        }

        if scaledValue >= scale {
            // the estimate was one too low
            digitExponent += 1
        } else {
            scaledValue.multiply(by: 10)
            marginLow.multiply(by: 10)
        }

        // Exponent of the last digit that may be printed, and of the last that must.
        let bufferSize = 16384
        var cutoffMaxExponent = digitExponent - bufferSize
        if cutoffMax >= 0 {
            let desired = cutoffMode == .totalLength ? digitExponent - cutoffMax : -cutoffMax
            cutoffMaxExponent = max(cutoffMaxExponent, desired)
        }
        var cutoffMinExponent = digitExponent
        if cutoffMin >= 0 {
            let desired = cutoffMode == .totalLength ? digitExponent - cutoffMin : -cutoffMin
            cutoffMinExponent = min(cutoffMinExponent, desired)
        }
        var outExponent = digitExponent - 1

        var digits: [UInt8] = []
        var outputDigit: UInt32 = 0
        var low = false, high = false
        while true {
            digitExponent -= 1
            outputDigit = scaledValue.divideRemainder(by: scale)
            // Stop once the digits so far identify the value (the remainder is
            // within a margin of a neighbour) and enough were printed, or at the cutoff.
            let compareLow = scaledValue.compare(marginLow)
            low = isEven ? compareLow <= 0 : compareLow < 0
            let compareHigh = (scaledValue + marginHigh()).compare(scale)
            high = isEven ? compareHigh >= 0 : compareHigh > 0
            if ((low || high) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent {
                break
            }
            digits.append(UInt8(ascii: "0") + UInt8(outputDigit))
            scaledValue.multiply(by: 10)
            marginLow.multiply(by: 10)
        }

        // Round the last digit: down if only rounding down stays unique, else to
        // the nearer of the two (comparing the remainder with one half), ties to even.
        var roundDown = low
        if low == high {
            var twice = scaledValue
            twice.shiftLeft(1)
            let c = twice.compare(scale)
            roundDown = c < 0
            if c == 0 { roundDown = outputDigit & 1 == 0 }
        }
        if roundDown {
            digits.append(UInt8(ascii: "0") + UInt8(outputDigit))
        } else if outputDigit == 9 {
            // carry: drop trailing nines and bump the first other digit
            while true {
                guard let last = digits.popLast() else {
                    digits.append(UInt8(ascii: "1"))
                    outExponent += 1
                    break
                }
                if last != UInt8(ascii: "9") {
                    digits.append(last + 1)
                    break
                }
            }
        } else {
            digits.append(UInt8(ascii: "0") + UInt8(outputDigit + 1))
        }
        return (digits, outExponent)
    }
}

// MARK: - Big integers

/// The unsigned big integer arithmetic Dragon4 needs: 32-bit little-endian limbs,
/// no high zero limbs (zero is empty).
private struct BigUInt: Comparable {
    var limbs: [UInt32]

    /// A big integer holding `value`.
    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        normalize()
    }

    /// A big integer from little-endian limbs (high zero limbs allowed).
    private init(limbs: [UInt32]) {
        self.limbs = limbs
        normalize()
    }

    /// Drops high zero limbs.
    private mutating func normalize() {
        while limbs.last == 0 { limbs.removeLast() }
    }

    /// 2^n.
    static func powerOfTwo(_ n: Int) -> BigUInt {
        var limbs = Array(repeating: UInt32(0), count: n / 32 + 1)
        limbs[n / 32] = 1 << UInt32(n % 32)
        return BigUInt(limbs: limbs)
    }

    /// 10^n, built from 10^9 chunks (the largest power of ten in a limb).
    static func powerOfTen(_ n: Int) -> BigUInt {
        var result = BigUInt(1)
        var remaining = n
        while remaining >= 9 {
            result.multiply(by: 1_000_000_000)
            remaining -= 9
        }
        var last: UInt32 = 1
        for _ in 0..<remaining { last *= 10 }
        result.multiply(by: last)
        return result
    }

    /// -1, 0 or 1 as self is less than, equal to or greater than other.
    func compare(_ other: BigUInt) -> Int {
        if limbs.count != other.limbs.count { return limbs.count < other.limbs.count ? -1 : 1 }
        for i in stride(from: limbs.count - 1, through: 0, by: -1) where limbs[i] != other.limbs[i] {
            return limbs[i] < other.limbs[i] ? -1 : 1
        }
        return 0
    }

    /// Orders by value.
    static func < (a: BigUInt, b: BigUInt) -> Bool { a.compare(b) < 0 }

    /// Sum.
    static func + (a: BigUInt, b: BigUInt) -> BigUInt {
        var result: [UInt32] = []
        result.reserveCapacity(max(a.limbs.count, b.limbs.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<max(a.limbs.count, b.limbs.count) {
            let sum = carry + UInt64(i < a.limbs.count ? a.limbs[i] : 0) + UInt64(i < b.limbs.count ? b.limbs[i] : 0)
            result.append(UInt32(truncatingIfNeeded: sum))
            carry = sum >> 32
        }
        if carry != 0 { result.append(UInt32(carry)) }
        return BigUInt(limbs: result)
    }

    /// Product (schoolbook; the operands are at most a few dozen limbs).
    static func * (a: BigUInt, b: BigUInt) -> BigUInt {
        if a.limbs.isEmpty || b.limbs.isEmpty { return BigUInt(0) }
        var result = Array(repeating: UInt32(0), count: a.limbs.count + b.limbs.count)
        for (i, x) in a.limbs.enumerated() where x != 0 {
            var carry: UInt64 = 0
            for (j, y) in b.limbs.enumerated() {
                let product = UInt64(result[i + j]) + UInt64(x) * UInt64(y) + carry
                result[i + j] = UInt32(truncatingIfNeeded: product)
                carry = product >> 32
            }
            result[i + b.limbs.count] = UInt32(carry)
        }
        return BigUInt(limbs: result)
    }

    /// self *= small.
    mutating func multiply(by small: UInt32) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = UInt64(limbs[i]) * UInt64(small) + carry
            limbs[i] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
        normalize()
    }

    /// self <<= bits.
    mutating func shiftLeft(_ bits: Int) {
        guard !limbs.isEmpty, bits > 0 else { return }
        let whole = bits / 32, partial = UInt32(bits % 32)
        var shifted = Array(repeating: UInt32(0), count: whole)
        if partial == 0 {
            shifted += limbs
        } else {
            var carry: UInt32 = 0
            for limb in limbs {
                shifted.append((limb << partial) | carry)
                carry = limb >> (32 - partial)
            }
            shifted.append(carry)
        }
        limbs = shifted
        normalize()
    }

    /// self -= other (other <= self).
    private mutating func subtract(_ other: BigUInt) {
        var borrow: Int64 = 0
        for i in limbs.indices {
            var difference = Int64(limbs[i]) - Int64(i < other.limbs.count ? other.limbs[i] : 0) - borrow
            borrow = difference < 0 ? 1 : 0
            if difference < 0 { difference += 1 << 32 }
            limbs[i] = UInt32(difference)
        }
        normalize()
    }

    /// Replaces self by self mod divisor and returns the quotient, which Dragon4
    /// guarantees is a single decimal digit (numpy's
    /// BigInt_DivideWithRemainder_MaxQuotient9, done by repeated subtraction).
    mutating func divideRemainder(by divisor: BigUInt) -> UInt32 {
        var quotient: UInt32 = 0
        while compare(divisor) >= 0 {
            subtract(divisor)
            quotient += 1
        }
        return quotient
    }
}
