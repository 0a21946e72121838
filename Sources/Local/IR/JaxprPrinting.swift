// Printing jaxprs exactly as JAX 0.10 does: a Wadler-style pretty printer
// (groups print flat when they fit in 80 columns, else break), variables
// named a, b, …, z, ba, bb, … in order of appearance, parameters sorted by
// name, unused equation outputs printed as `_`.

/// A document for the pretty printer.
indirect enum Doc {
    case text(String)
    /// A break: `flat` when the enclosing group fits, else a newline and indentation.
    case brk(String)
    case concat([Doc])
    case nest(Int, Doc)
    case group(Doc)

    static func + (a: Doc, b: Doc) -> Doc { .concat([a, b]) }

    /// Width when printed flat (nil when it contains a forced newline).
    var flatWidth: Int {
        switch self {
        case .text(let s): return s.count
        case .brk(let s): return s.count
        case .concat(let ds): return ds.reduce(0) { $0 + $1.flatWidth }
        case .nest(_, let d): return d.flatWidth
        case .group(let d): return d.flatWidth
        }
    }

    func render(width: Int = 80) -> String {
        var out = ""
        var column = 0
        func go(_ d: Doc, indent: Int, flat: Bool) {
            switch d {
            case .text(let s):
                out += s
                column += s.count
            case .brk(let s):
                if flat {
                    out += s
                    column += s.count
                } else {
                    out += "\n" + String(repeating: " ", count: indent)
                    column = indent
                }
            case .concat(let ds):
                for x in ds { go(x, indent: indent, flat: flat) }
            case .nest(let n, let x):
                go(x, indent: indent + n, flat: flat)
            case .group(let x):
                go(x, indent: indent, flat: flat || column + x.flatWidth <= width)
            }
        }
        go(self, indent: 0, flat: false)
        return out
    }

    static func join(_ sep: Doc, _ docs: [Doc]) -> Doc {
        var parts: [Doc] = []
        for (i, d) in docs.enumerated() {
            if i > 0 { parts.append(sep) }
            parts.append(d)
        }
        return .concat(parts)
    }
}

/// Assigns names to variables in order of appearance across nested jaxprs.
final class VarNamer {
    private var names: [ObjectIdentifier: String] = [:]
    private var next = 0

    func name(_ v: Var) -> String {
        if let n = names[ObjectIdentifier(v)] { return n }
        let n = VarNamer.alphabetic(next)
        next += 1
        names[ObjectIdentifier(v)] = n
        return n
    }

    /// 0 → a, 25 → z, 26 → ba, 27 → bb (JAX's encoding).
    static func alphabetic(_ i: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var digits: [Character] = []
        var n = i
        repeat {
            digits.append(letters[n % 26])
            n /= 26
        } while n > 0
        return String(digits.reversed())
    }
}

extension Jaxpr: CustomStringConvertible {
    /// The jaxpr in JAX's printed form.
    public var description: String { doc(VarNamer()).render() }

    func doc(_ namer: VarNamer) -> Doc {
        let used = usedVars()
        func typed(_ v: Var) -> String { namer.name(v) + ":" + v.aval.description }
        func atomText(_ a: Atom) -> String {
            switch a {
            case .variable(let v): return namer.name(v)
            case .literal(let t): return Jaxpr.literalText(t)
            }
        }
        let constText = constvars.map(typed).joined(separator: " ")
        let inText = invars.map(typed).joined(separator: " ")
        var eqnDocs: [Doc] = []
        for e in equations {
            let lhs = e.outputs.map { used.contains(ObjectIdentifier($0)) ? typed($0) : "_:" + $0.aval.description }.joined(separator: " ")
            var params: [(String, Doc)] = e.primitive.parameters.map { ($0.name, Doc.text($0.value)) }
            // Several jaxprs under one name (cond's branches) print as a tuple, one per line.
            var grouped: [(String, [Jaxpr])] = []
            for (name, sub) in e.primitive.subJaxprs {
                if let k = grouped.firstIndex(where: { $0.0 == name }) { grouped[k].1.append(sub) } else { grouped.append((name, [sub])) }
            }
            for (name, subs) in grouped {
                if subs.count == 1 && name != "branches" {
                    params.append((name, subs[0].doc(namer)))
                } else {
                    let items = subs.map { $0.doc(namer) }
                    params.append((name, .text("(") + .nest(2, .brk("") + Doc.join(.brk(" "), items)) + .brk("") + .text(")")))
                }
            }
            params.sort { $0.0 < $1.0 }
            var rhs: Doc = .text(e.primitive.name)
            if !params.isEmpty {
                let kv = params.map { Doc.text($0.0 + "=") + $0.1 }
                rhs = rhs + .group(.nest(2, .text("[") + .brk("") + Doc.join(.brk(" "), kv)) + .brk("") + .text("]"))
            }
            let args = e.inputs.map(atomText).joined(separator: " ")
            eqnDocs.append(.text(lhs + " = ") + rhs + .text(" " + args))
        }
        let outs = outvars.map(atomText)
        let outText = "(" + outs.joined(separator: ", ") + (outs.count == 1 ? ",)" : ")")
        let body: Doc = .text("{ lambda " + (constText.isEmpty ? "" : constText) + "; " + inText + ". let")
            + .nest(2, .brk(" ") + Doc.join(.brk("; "), eqnDocs))
            + .brk(" ") + .text("in " + outText)
        return .group(.nest(2, body) + .text(" }"))
    }

    /// Variables read by an equation or returned.
    private func usedVars() -> Set<ObjectIdentifier> {
        var s = Set<ObjectIdentifier>()
        for e in equations { for case .variable(let v) in e.inputs { s.insert(ObjectIdentifier(v)) } }
        for case .variable(let v) in outvars { s.insert(ObjectIdentifier(v)) }
        return s
    }

    /// A literal as JAX prints it: `1:i32[]`, `2.0:f32[]`, `True:bool[]`.
    static func literalText(_ t: Tensor) -> String {
        NumpyFormat.scalarString(t.formatElements(), at: 0) + ":" + t.aval.description
    }
}
