import Foundation
import PackagePlugin

/// Turns the knowledge base's JSON files (and the matcher's word lists) into Swift string constants at build time, so
/// the data ships inside the binary while the JSON stays the one reviewable source. (SwiftPM's `embedInCode` makes a
/// byte-array literal that takes minutes to type-check at this size; a raw string literal compiles at once.)
@main
struct EmbedKnowledgeBase: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let dataFolder = target.directoryURL.appending(path: "KnowledgeBase/Data")
        let names = ["sources", "categories", "factors", "moves", "frameworks", "spbe"]
        // The matcher's word lists (scripts/make-lexicon-data.py writes them), embedded the same way.
        let lexiconFolder = target.directoryURL.appending(path: "Matching/Data")
        let lexicons = ["indonesian-roots", "short-words", "english-synonyms", "english-derivations",
            "english-not-slips", "english-verbs", "labelled-items"]
        // The subjects `derive` pairs items by (Derivation/Data/subjects.txt).
        let subjects = target.directoryURL.appending(path: "Derivation/Data/subjects.txt")
        let inputs = names.map { dataFolder.appending(path: "\($0).json") }
            + lexicons.map { lexiconFolder.appending(path: "\($0).txt") } + [subjects]
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledgeBase.swift")
        let script = #"""
            out="$1"; shift
            { echo '// Generated at build time from KnowledgeBase/Data/*.json; edit those files, not this one.'
              echo 'enum EmbeddedKnowledgeBase {'
              for f in "$@"; do
                n=$(basename "$f" | sed 's/\.[a-z]*$//; s/-\([a-z]\)/\U\1/g')
                printf '    static let %s = ####\042\042\042\n' "$n"
                cat "$f"
                printf '\n\042\042\042####\n'
              done
              echo '}'
            } > "$out.tmp" && mv "$out.tmp" "$out"
            """#
        return [
            .buildCommand(
                displayName: "Embedding the knowledge base",
                executable: URL(filePath: "/bin/sh"),
                arguments: ["-c", script, "embed", output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
