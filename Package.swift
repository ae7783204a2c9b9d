// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "swot",
    products: [
        .executable(name: "swot", targets: ["swot"]),
        .library(name: "SwotCore", targets: ["SwotCore"]),
    ],
    dependencies: [
        // CSV parsing for imports (`import spbe FILE.csv`), behind one wrapper: Sources/SwotCore/Import/CSVTable.swift.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // libedit through pkg-config; the header wraps its variadic calls in plain C functions.
        .systemLibrary(
            name: "CEditLine",
            path: "Sources/CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Plan model, knowledge base, matching, derivation, scoring, export, persistence. No terminal code.
        .target(
            name: "SwotCore",
            dependencies: [.product(name: "CSV", package: "CSV.swift")],
            exclude: ["KnowledgeBase/Data", "Matching/Data", "Derivation/Data"],
            plugins: ["EmbedKnowledgeBase"]
        ),
        .plugin(name: "EmbedKnowledgeBase", capability: .buildTool()),
        // The REPL: command table, parsing, dispatch, completion, line editing, rendering.
        .target(name: "SwotShell", dependencies: ["SwotCore", "CEditLine"]),
        .executableTarget(
            name: "swot",
            dependencies: ["SwotShell"],
            linkerSettings: [
                // A release build on Linux is fully static, glibc included: no dynamic loader, no libraries to map
                // and no relocation of the image, so `swot -c quit` starts in under the sqlite3 shell's time
                // (1.1 ms against 2.7 ms dynamically linked; sqlite3 1.3 ms). Static libedit needs its own
                // libraries named, as pkg-config gives only -ledit. The linker's warnings that getpwnam_r and the
                // like need the build machine's glibc at run time concern FoundationEssentials code swot never calls.
                .unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("tinfo", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("bsd", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("md", .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // Figures for speed and memory of the core (`make bench`); not part of the product.
        .executableTarget(name: "swot-bench", dependencies: ["SwotCore"], path: "Benchmarks/swot-bench"),
        // Helpers shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SwotCoreTests", dependencies: ["SwotCore", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SwotShellTests", dependencies: ["SwotShell", "SwotCore", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["SwotCore", "TestSupport"], exclude: ["Fixtures"]),
    ]
)
