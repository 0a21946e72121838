/// The flat core of `makeJaxpr`: traces `f` on the arguments' avals.
func makeJaxprGroups(_ f: ([[Tensor]]) throws -> [[Tensor]], _ args: [[Tensor]]) throws -> Jaxpr {
    let sizes = args.map(\.count)
    return try traceToJaxpr(args.flatMap { $0 }.map(\.aval), purpose: "makeJaxpr") { leaves in
        var groups: [[Tensor]] = [], i = 0
        for n in sizes { groups.append(Array(leaves[i..<(i + n)])); i += n }
        return try f(groups).flatMap { $0 }
    }
}
