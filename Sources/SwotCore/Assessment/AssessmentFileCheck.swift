extension PlanFile {
    /// Checks what JSON decoding cannot about assessments and proposals: one assessment per framework, levels and
    /// positions in sensible ranges, proposal ids well formed, unique and below the counter, text present, and an
    /// accepted proposal naming the item it became. (Frameworks are not checked against the knowledge base, so a
    /// plan still opens when a later knowledge base renames one; `assessment` then says it is unknown.)
    static func checkAssessments(_ plan: Plan) throws(PlanFileProblem) {
        var frameworks = Set<String>()
        for assessment in plan.assessments {
            guard !assessment.framework.isEmpty, frameworks.insert(assessment.framework).inserted else {
                throw PlanFileProblem(message: "assessment of \"\(assessment.framework)\" appears twice or has no "
                    + "framework")
            }
            guard assessment.position >= 0 else {
                throw PlanFileProblem(message: "assessment of \(assessment.framework) has a negative position")
            }
            for (item, level) in assessment.answers where item.isEmpty || !(0...10).contains(level) {
                throw PlanFileProblem(message: "assessment of \(assessment.framework) has answer \(level) for "
                    + "\"\(item)\", outside 0…10")
            }
        }
        var seen = Set<String>()
        for proposal in plan.proposals {
            guard ProposalID(written: proposal.id) != nil else {
                throw PlanFileProblem(message: "proposal id \"\(proposal.id)\" is not P and a number")
            }
            guard seen.insert(proposal.id).inserted else {
                throw PlanFileProblem(message: "proposal id \(proposal.id) appears twice")
            }
            guard !proposal.text.en.trimmingWhitespace().isEmpty || !proposal.text.id.trimmingWhitespace().isEmpty
            else {
                throw PlanFileProblem(message: "proposal \(proposal.id) has no text")
            }
            guard proposal.number < plan.nextNumber["P", default: 1] else {
                throw PlanFileProblem(message: "nextNumber for P must be above \(proposal.number)")
            }
            if proposal.status == .accepted {
                guard let itemID = proposal.itemID, ItemID(written: itemID) != nil else {
                    throw PlanFileProblem(message: "proposal \(proposal.id) is accepted but names no item")
                }
            }
        }
    }
}
