/// Assessments and proposals in the plan. Each edit checks its input first and changes nothing when it throws.
extension Plan {
    /// The saved assessment of a framework (by id), if any.
    public func assessment(of framework: String) -> Assessment? {
        assessments.first { $0.framework == framework }
    }

    /// Saves an interview's state (answers and position) and brings the framework's proposals up to date.
    /// Returns the proposals added.
    @discardableResult
    public mutating func saveAssessment(_ assessment: Assessment, form: AssessmentForm) -> [ProposedItem] {
        if let index = assessments.firstIndex(where: { $0.framework == assessment.framework }) {
            assessments[index] = assessment
        } else {
            assessments.append(assessment)
        }
        return refreshProposals(form: form)
    }

    /// Records answers given on one line (`assess kpmg ORG.1=3 …`), keeping the interview's position.
    @discardableResult
    public mutating func recordAnswers(_ answers: [String: Int], form: AssessmentForm) -> [ProposedItem] {
        var assessment = self.assessment(of: form.framework.id) ?? Assessment(framework: form.framework.id)
        assessment.answers.merge(answers) { _, new in new }
        return saveAssessment(assessment, form: form)
    }

    /// Makes the framework's open proposals match its answers: a proposal still suggested keeps its id (its text
    /// and level follow the answer), one no longer suggested is withdrawn, a new suggestion gets the next id.
    /// Runs after every answer, so an interview stopped at any point leaves its proposals in the plan.
    /// Accepted and rejected proposals stay as decided, and the same suggestion (framework item and quadrant) is
    /// not made again. Returns the proposals added.
    @discardableResult
    public mutating func refreshProposals(form: AssessmentForm) -> [ProposedItem] {
        let framework = form.framework.id
        let candidates = assessment(of: framework).map { AssessmentResult(form: form, assessment: $0).candidates } ?? []
        func isStage(_ item: String) -> Bool { form.question(for: item)?.stage != nil }
        // The same framework item in the same quadrant; for a stage model's open proposal, any stage in the same
        // quadrant (the stage reached moves up as answers come, and its proposal keeps its id).
        func sameSuggestion(_ proposal: ProposedItem, _ candidate: AssessmentResult.Candidate) -> Bool {
            guard proposal.source.framework == framework, proposal.quadrant == candidate.quadrant else { return false }
            if proposal.source.item == candidate.source.item { return true }
            return proposal.status == .proposed && isStage(proposal.source.item) && isStage(candidate.source.item)
        }
        var refreshed: [ProposedItem] = []
        for var proposal in proposals {
            guard proposal.source.framework == framework, proposal.status == .proposed else {
                refreshed.append(proposal)
                continue
            }
            guard let candidate = candidates.first(where: { sameSuggestion(proposal, $0) }) else { continue }
            proposal.text = candidate.text
            proposal.source = candidate.source
            refreshed.append(proposal)
        }
        var added: [ProposedItem] = []
        for candidate in candidates where !refreshed.contains(where: { sameSuggestion($0, candidate) }) {
            let number = max(nextNumber["P", default: 1], (proposals.map(\.number).max() ?? 0) + 1)
            nextNumber["P"] = number + 1
            let proposal = ProposedItem(
                id: ProposalID(number).description,
                quadrant: candidate.quadrant,
                text: candidate.text,
                source: candidate.source
            )
            refreshed.append(proposal)
            added.append(proposal)
        }
        proposals = refreshed
        return added
    }

    /// Accepts a proposal: it becomes a normal item in the plan's language, matched to categories (with the
    /// framework item's category first when the knowledge base gives one). Returns the new item.
    @discardableResult
    public mutating func acceptProposal(
        _ id: ProposalID, matcher: Matcher, knowledgeBase: KnowledgeBase
    ) throws -> Item {
        let index = try indexOfProposal(id)
        let proposal = proposals[index]
        if proposal.status == .accepted, let itemID = proposal.itemID {
            throw AssessmentError.alreadyAccepted(proposal.id, item: itemID)
        }
        let item = try addItem(proposal.quadrant, text: proposal.text[effectiveLanguage])
        try classify(item.itemID, with: matcher)
        let category = knowledgeBase.frameworks.first { $0.id == proposal.source.framework }?
            .sections.lazy.flatMap(\.items).first { $0.id == proposal.source.item }?.category
        if let category, knowledgeBase.categories.contains(where: { $0.id == category }),
           self.item(item.itemID)?.categories.first?.category != category {
            try tag(item.itemID, category: category)
        }
        proposals[index].status = .accepted
        proposals[index].itemID = item.id
        return self.item(item.itemID) ?? item
    }

    /// Rejects a proposal; it stays listed as rejected and is not proposed again.
    @discardableResult
    public mutating func rejectProposal(_ id: ProposalID) throws -> ProposedItem {
        let index = try indexOfProposal(id)
        if proposals[index].status == .accepted, let itemID = proposals[index].itemID {
            throw AssessmentError.acceptedCannotBeRejected(proposals[index].id, item: itemID)
        }
        proposals[index].status = .rejected
        return proposals[index]
    }

    /// The index of a proposal, or an error that lists the proposal ids.
    public func indexOfProposal(_ id: ProposalID) throws(AssessmentError) -> Int {
        let wanted = id.description
        guard let index = proposals.firstIndex(where: { $0.id == wanted }) else {
            throw AssessmentError.noSuchProposal(wanted, known: proposals.map(\.id))
        }
        return index
    }
}

extension KnowledgeBase {
    /// A framework by id or alias, in any case (`kpmg`, `capacity-check`, `WB`).
    public func assessableFramework(named name: String) -> Framework? {
        let lowered = name.lowercased()
        return frameworks.first { $0.id == lowered || $0.aliases.contains(lowered) }
    }

    /// The framework, or an error listing the framework ids.
    public func requireAssessableFramework(_ name: String) throws(AssessmentError) -> Framework {
        guard let framework = assessableFramework(named: name) else {
            throw AssessmentError.unknownFramework(name, known: frameworks.map(\.id))
        }
        return framework
    }
}
