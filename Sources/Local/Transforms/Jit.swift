import Logging

/// The cache behind one function returned by `jit`: compiled plans by input
/// signature, with hit and miss counts.
///
/// Pass your own to observe it:
/// ```swift
/// let cache = JitCache()
/// let f = jit(vmap(dot), cache: cache)
/// _ = try f(x, y); _ = try f(x, y)
/// cache.hits     // 1
/// cache.misses   // 1
/// ```
public final class JitCache: @unchecked Sendable {
    private let lock = Mutex(State())
    private struct State {
        var entries: [JitSignature: CompiledFunction] = [:]
        var hits = 0
        var misses = 0
        var lastSignature: JitSignature? = nil
        var lastCompiled: CompiledFunction? = nil
    }

    /// Creates an empty cache.
    public init() {}

    /// Calls that reused a compiled plan.
    public var hits: Int { lock.withLock { $0.hits } }
    /// Calls that traced and compiled (one per new signature).
    public var misses: Int { lock.withLock { $0.misses } }
    /// Number of compiled plans held.
    public var count: Int { lock.withLock { $0.entries.count } }

    /// The plan of the previous call when these arguments have the same
    /// signature (no allocation on this path).
    func repeatOfLastCall(_ flat: [Tensor], _ trees: [String], _ prng: PRNGImplementation) -> CompiledFunction? {
        lock.withLock { state in
            guard let last = state.lastSignature, let c = state.lastCompiled, last.prng == prng,
                  last.avals.count == flat.count, last.trees == trees else { return nil }
            for (a, x) in zip(last.avals, flat) where a != x.aval { return nil }
            state.hits += 1
            return c
        }
    }

    func lookup(_ s: JitSignature) -> CompiledFunction? {
        lock.withLock { state in
            // Most calls repeat the previous signature: compare before hashing.
            if let last = state.lastSignature, last == s, let c = state.lastCompiled {
                state.hits += 1
                return c
            }
            if let c = state.entries[s] {
                state.hits += 1
                state.lastSignature = s
                state.lastCompiled = c
                return c
            }
            return nil
        }
    }

    /// Records a compiled plan; returns the previous signature (for the explanation).
    func insert(_ s: JitSignature, _ c: CompiledFunction) -> JitSignature? {
        lock.withLock { state in
            state.misses += 1
            let previous = state.lastSignature
            state.entries[s] = c
            state.lastSignature = s
            state.lastCompiled = c
            return previous
        }
    }

    /// The executor plans, for inspection (e.g. fusion in tests).
    public var plans: [ExecutionPlan] { lock.withLock { $0.entries.values.map(\.plan) } }
}

/// What a jit cache is keyed on: input avals (shape, dtype, weak type),
/// tree structure, and the PRNG implementation in force.
struct JitSignature: Hashable, CustomStringConvertible {
    var avals: [ShapedArray]
    var structure: [Int]
    /// Each argument's tree structure: [[a], [b, c]] and [[a, b], [c]] have
    /// the same leaves but are different programs.
    var trees: [String]
    var prng: PRNGImplementation

    var description: String {
        avals.map(\.longDescription).joined(separator: ", ") + (prng == .legacy ? " [legacy PRNG]" : "")
    }
}

/// A traced and planned function.
final class CompiledFunction: @unchecked Sendable {
    let jaxpr: Jaxpr
    let plan: ExecutionPlan
    /// Output structure from trace time (leaves are placeholders).
    let template: Any
    let groupSizes: [Int]

    init(jaxpr: Jaxpr, plan: ExecutionPlan, template: Any, groupSizes: [Int]) {
        self.jaxpr = jaxpr
        self.plan = plan
        self.template = template
        self.groupSizes = groupSizes
    }
}

/// Options for `jit`.
public enum JitOptions {
    private static let explain = Mutex(JitOptions.envFlag("PMAP_EXPLAIN_CACHE_MISSES"))

    /// When true, every cache miss is logged at warning level with the new
    /// signature and the previous one (JAX's `jax_explain_cache_misses`).
    /// Also enabled by the environment variable `PMAP_EXPLAIN_CACHE_MISSES=1`.
    public static var explainCacheMisses: Bool {
        get { explain.withLock { $0 } }
        set { explain.withLock { $0 = newValue } }
    }

    static func envFlag(_ name: String) -> Bool {
        guard let v = getenvString(name) else { return false }
        return v == "1" || v.lowercased() == "true"
    }

    static let logger = Logger(label: "swift-pmap.jit")
}

/// The flat core of `jit`: trace once per signature, cache, execute.
func jitGroups(cache: JitCache, name: String, _ f: ([[Tensor]]) throws -> (groups: [[Tensor]], template: Any),
               _ args: [[Tensor]], structure: [String]) throws -> (groups: [[Tensor]], template: Any) {
    // Inside another transformation, a jitted function is inlined: the outer
    // trace sees its primitives (the result is the same as staging it).
    if args.contains(where: { $0.contains { !$0.isConcrete } }) { return try f(args) }
    let flat = args.count == 1 ? args[0] : args.flatMap { $0 }
    let prng = Random.implementation
    // The hot path: the same signature as the previous call, checked without building one.
    if let c = cache.repeatOfLastCall(flat, structure, prng) {
        let outs = try c.plan.run(flat)
        return (c.groupSizes.count == 1 ? [outs] : regroup(outs, c.groupSizes), c.template)
    }
    let sizes = args.map(\.count)
    let signature = JitSignature(avals: flat.map(\.aval), structure: sizes, trees: structure, prng: prng)
    let compiled: CompiledFunction
    if let c = cache.lookup(signature) {
        compiled = c
    } else {
        var template: Any = ()
        var groupSizes: [Int] = []
        let jaxpr = try traceToJaxpr(signature.avals, purpose: "jit(\(name))") { leaves in
            var groups: [[Tensor]] = [], i = 0
            for n in sizes { groups.append(Array(leaves[i..<(i + n)])); i += n }
            let (outs, t) = try f(groups)
            template = t
            groupSizes = outs.map(\.count)
            return outs.flatMap { $0 }
        }
        compiled = CompiledFunction(jaxpr: jaxpr, plan: ExecutionPlan(jaxpr), template: template, groupSizes: groupSizes)
        let previous = cache.insert(signature, compiled)
        let text = "jit(\(name)): cache miss, tracing for \(signature)"
            + (previous.map { " (previous call: \($0))" } ?? " (first call)")
        let message: Logger.Message = "\(text)"
        if JitOptions.explainCacheMisses { JitOptions.logger.warning(message) } else { JitOptions.logger.debug(message) }
    }
    let outs = try compiled.plan.run(flat)
    return (regroup(outs, compiled.groupSizes), compiled.template)
}

private func regroup(_ outs: [Tensor], _ sizes: [Int]) -> [[Tensor]] {
    var groups: [[Tensor]] = [], i = 0
    groups.reserveCapacity(sizes.count)
    for n in sizes { groups.append(Array(outs[i..<(i + n)])); i += n }
    return groups
}

#if canImport(Glibc)
import Glibc
#endif

func getenvString(_ name: String) -> String? {
    guard let p = getenv(name) else { return nil }
    return String(cString: p)
}
