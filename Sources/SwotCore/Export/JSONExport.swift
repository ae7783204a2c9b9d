/// The whole plan as JSON for scripts (`swot -c 'open medan' -c 'export json' | jq …`). Same shape as the plan
/// file, documented in the README; keys sorted so output diffs cleanly.
public enum JSONExport {
    public static func render(_ plan: Plan) -> String {
        String(decoding: PlanFile.encode(plan), as: UTF8.self)
    }
}
