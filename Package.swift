// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "swot",
    products: [
        .executable(name: "swot", targets: ["swot"]),
        .library(name: "SwotCore", targets: ["SwotCore"]),
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
            exclude: ["KnowledgeBase/Data"],
            plugins: ["EmbedKnowledgeBase"]
        ),
        .plugin(name: "EmbedKnowledgeBase", capability: .buildTool()),
        // The REPL: command table, parsing, dispatch, completion, line editing, rendering.
        .target(name: "SwotShell", dependencies: ["SwotCore", "CEditLine"]),
        .executableTarget(name: "swot", dependencies: ["SwotShell"]),
        // Figures for speed and memory of the core (`make bench`); not part of the product.
        .executableTarget(name: "swot-bench", dependencies: ["SwotCore"], path: "Benchmarks/swot-bench"),
        // Helpers shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SwotCoreTests", dependencies: ["SwotCore", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SwotShellTests", dependencies: ["SwotShell", "SwotCore", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["SwotCore", "TestSupport"]),
    ]
)
