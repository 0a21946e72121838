// swift-tools-version: 6.1
//
// swift-pmap: JAX's transformations (vmap, jit, scan, cond, pmap) for Swift on CPU clusters.
import PackageDescription

let package = Package(
    name: "swift-pmap",
    products: [
        // MARK: Public API
        .library(name: "Local", targets: ["Local"]),
        .library(name: "PMap", targets: ["PMap"]),
        .executable(name: "pmaprun", targets: ["launcher"]),
        .executable(name: "seed-vmap", targets: ["seed-vmap"]),
        .executable(name: "seed-loops", targets: ["seed-loops"]),
        .executable(name: "pmap-check", targets: ["pmap-check"]),
        .executable(name: "pmap-bench", targets: ["pmap-bench"]),
        .executable(name: "pmap-demo", targets: ["pmap-demo"]),
        .executable(name: "fault-probe", targets: ["fault-probe"]),
        .executable(name: "pmap-fuzz", targets: ["pmap-fuzz"]),

    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    ],
    targets: [
        // MARK: Implementation details (C shims; no stable API)
        .systemLibrary(
            name: "CMPI",
            path: "Sources/CMPI",
            pkgConfig: "mpi",
            providers: [.apt(["libopenmpi-dev"])]
        ),
        .systemLibrary(
            name: "COpenBLAS",
            path: "Sources/COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),

        .target(name: "CKernels", path: "Sources/CKernels"),

        // MARK: Libraries
        .target(
            name: "Local",
            dependencies: [
                "COpenBLAS",
                "CKernels",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "RealModule", package: "swift-numerics"),
            ],
            path: "Sources/Local"
        ),
        .target(
            name: "PMap",
            dependencies: ["Local", "CMPI"],
            path: "Sources/Distributed"
        ),
        .executableTarget(
            name: "launcher",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/launcher"
        ),

        // MARK: Examples
        .executableTarget(name: "seed-vmap", dependencies: ["Local"], path: "examples/seed-vmap"),
        .executableTarget(name: "seed-loops", dependencies: ["Local"], path: "examples/seed-loops"),
        .executableTarget(name: "pmap-check", dependencies: ["PMap"], path: "Sources/pmap-check"),
        .executableTarget(name: "pmap-bench", dependencies: ["PMap", "COpenBLAS"], path: "Sources/pmap-bench"),
        .executableTarget(
            name: "pmap-demo",
            dependencies: ["PMap", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "examples/pmap-demo"
        ),
        .executableTarget(name: "fault-probe", dependencies: ["PMap"], path: "Sources/fault-probe"),
        .executableTarget(name: "pmap-fuzz", dependencies: ["Local"], path: "Sources/pmap-fuzz"),
        .executableTarget(name: "npy-io", dependencies: ["PMap"], path: "Benchmarks/npy-io"),


        // MARK: Tests
        .testTarget(name: "LocalTests", dependencies: ["Local", "CKernels"]),
        .testTarget(name: "PMapTests", dependencies: ["PMap"]),
        .testTarget(name: "LauncherTests", dependencies: ["launcher"]),
    ],
    swiftLanguageModes: [.v6]
)
