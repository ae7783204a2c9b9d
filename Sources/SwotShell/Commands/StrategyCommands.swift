import SwotCore

/// Commands that derive TOWS strategies, show them, trace them and record the planner's decisions on them.
enum StrategyCommands {
    static let all: [Command] = [derive, matrix, strategies, why, accept, reject, strategy, assign, due, kpi]

    static let derive = Command(
        "derive", usage: "derive [--top N]",
        summary: "Derive SO/ST/WO/WT strategies from the items and the knowledge base",
        details: """
            A strategy pairs items with a knowledge-base move of its quadrant (SO: strengths × opportunities, ST: \
            strengths × threats, WO: weaknesses × opportunities, WT: weaknesses × threats). An item fits a move when \
            its first category (`show ID`), or a second one scored at least \(StrategyFit.nearTieShare) of the first, \
            is one the move lists for its side; a strategy names only fitting items, at least one on each side and at \
            most four, by their labels (`label`), in one sentence such as "Gunakan SDM TI bersertifikat (S2) untuk \
            menghadapi serangan siber (T1): …" with the move's action after the colon. A WO or WT strategy of one \
            weakness whose label says what is wrong with it opens with the repair in place of a stock action: \
            "Digitalkan laporan BOS (W5) dengan memanfaatkan ARKAS (O5)." (still manual: digitise; not integrated: \
            integrate; outdated: update; too few: strengthen; turnover: reduce it; not yet skilled: train; missing: \
            put in place); where the move's action names the items' own things or does that very repair, the action \
            follows it. It draws on one opportunity by what it is: "bersama" a partner, "lewat" a programme or a \
            platform, "sesuai" a regulation. One weakness whose label names a thing and nothing wrong with it is put \
            right ("Benahi server aplikasi (W6) …: …"), staff counted short strengthened ("Perkuat staf IT seksi SIK \
            (W2) …: …"), the move's action after the colon. An SO strategy of one strength and one opportunity whose \
            words say what it offers (a mandate, funds, a partner, a programme, a regulation, a platform) says how the \
            strength seizes it: "Gunakan puskesmas yang sudah memakai SIMPUS (S1) untuk memenuhi kewajiban SATUSEHAT \
            (O1)." (a leader's support is used, "Gunakan dukungan Walikota … (S5) untuk …"; a score or an award built \
            on, "Jadikan nilai SAKIP … (S3) modal untuk …"; village funds are steered, "untuk mengarahkan Dana Desa \
            …", as the villages allocate them); an ST strategy of one strength and one threat whose move's action \
            shares no word with either says how the strength answers the threat: "Gunakan posko pengaduan (S5) untuk \
            menangkal penipuan online (T1)." (`why ID` shows the move's own step). Such a sentence of one item on each \
            side ends with the step the external item's kind asks for, where the sentence stays within \
            \(StrategyText.maximumWords) words: a partner "…: tuangkan dalam PKS berisi kegiatan, target dan jadwal", \
            a government body that offers support "…: minta pendampingan teknisnya …", funds "…: ajukan proposal …", a \
            platform "…: mulai dari satu layanan percontohan …", a cyber attack "…: siapkan tim tanggap insiden …" (in \
            ST only, and only when both items are of its topic). A WT sentence that opens with the repair ends with \
            how that fault is repaired: "Percepat pokir DPRD (W3) untuk mengantisipasi …: tetapkan batas waktu tiap \
            tahap dan pantau tiap bulan." (a missing thing by what it is: a policy or SOP "…: susun drafnya bersama \
            unit terkait …", a DRC "…: simpan salinan di lokasi lain …", staff, a link), and so does a WO one where \
            the government body would only be agreed with on who does what. A WO sentence whose fault and opportunity \
            are of kinds that say how the one helps repair the other ends with that: servers without backup with a \
            national data centre "…: simpan salinan cadangannya di sana …", villages without signal with a \
            connectivity programme "…: usulkan titik tanpa sinyal …", too few staff with a campus "…: terima mahasiswa \
            magang …", unstable links with a body that shares its network "…: pindahkan sambungannya ke jaringan \
            instansi itu …", a manual service with a body opening an integration "…: bangun versi daringnya …", \
            separate systems with the API a body provides, staff not yet skilled with a body's training; a WT one \
            likewise with a step that meets the threat too (servers without backup against an attack "…: simpan \
            salinan luring …", a missing security policy "…: susun prosedur tanggap insiden …", linked systems against \
            a vendor's hold, a leak or a budget cut, records on paper against a leak or those who resist, devices that \
            drop out against theft or a cut upkeep budget, work not done against a change of officials "…: tuangkan \
            dalam keputusan pimpinan dan SOP …"). An ST sentence of one strength and one threat whose kinds say how \
            the one is put to work against the other ends with that, in place of the move's action (even one that \
            names the strength): a team against an attack "…: jadikan mereka tim tanggap insiden …" (an IT team only), \
            a leader against resistance "…: buka dialog langsung …", a regulation against a change of regional head \
            "…: jadikan dasar agar program tetap berjalan …", an application against a vendor's hold "…: pastikan kode \
            sumber dan datanya milik pemda …", data against a leak "…: klasifikasikan datanya …", an achievement \
            against a new regional head "…: paparkan capaian ini …", service sites against fraud in the agency's name \
            "…: umumkan di setiap lokasinya jalur resmi …", a leader against a rival "…: tetapkan target mutu layanan \
            …", against a surge of applications "…: minta pimpinan menambah petugas dan jam layanan …", against \
            favours sought in a programme "…: minta pimpinan menetapkan kriteria tertulis …" or against a new \
            regulation "…: tetapkan rencana aksi dengan tenggat per unit …" (an election ahead that changes no one is \
            only a date) (also a channel, a system, a network, a facility or a partner, against an attack, a leak, \
            changing rules, a deadline, staff lured away by pay, a disaster, low digital literacy, residents who do \
            not report or pay …). So does an SO sentence whose strength's and opportunity's kinds say how the one \
            seizes the other: a team with a platform "…: tugaskan mereka mengerjakan integrasinya …", data with a \
            campus "…: olah datanya bersama mitra …", an achievement with an incentive "…: laporkan capaian ini …", \
            service points with a government body building towers "…: usulkan titik layanannya yang belum bersinyal \
            …", a system with a body opening an integration "…: hubungkan datanya ke sistem instansi itu lewat API …", \
            a system with a body's data centre "…: pindahkan servernya ke pusat data itu …" (its backups, where \
            offered for them), an application with a partner's API "…: hubungkan ke sistem mitra lewat API …", a \
            leader with a body that offers its part "…: minta pimpinan meneken kesepakatannya …" (targets per unit \
            where it pushes one), a team with a body's training "…: ikutkan mereka pada pelatihannya …", cameras with \
            a body that wants their feed "…: bagikan tayangan kameranya …", a network with a body's cameras, data with \
            access a body grants "…: padankan datanya …". No step that repeats what the items say. Moves that need a \
            national mandate are not proposed; nor, in a sectoral agency's plan (its title, else its context's first \
            sentence, names a Dinas, an RSUD, a Kecamatan … and no coordinator such as Diskominfo, Bappeda or the \
            Setda), moves that direct every agency of the government (SPBE regulation, architecture, CSIRT, \
            coordination team). Each internal item is weighed with each external item that fits a move with it: match \
            score × match score (each × its IFE/EFE weight relative to the heaviest on its side, when weights are set) \
            × 1 for a move a paper states, 0.6 for one derived from a paper's findings × the move's focus (1 for a \
            move written for one category on each side, less for a broader one) × \(StrategyScoring.sameTopicFactor) \
            when the two items share a category (the same topic); `why ID` shows the sum. The best pairs are taken one \
            by one, first those that give an item its first strategy in the quadrant, never repeating a move or two \
            items already named together; a taken pair also names further items of its topic that fit its move. Only a \
            quadrant where no pair fits any move gets a fallback that fits one side, marked one-sided ("hanya satu \
            sisi"). Each quadrant gets one proposal per item of its larger side (at least 3), and more while an item \
            has none, up to 8; --top N keeps the N best instead. Accepted, rejected and edited strategies, and those \
            with an owner, due date or KPI, are kept as they are; their moves are not proposed again, nor two items \
            that one of them (not rejected) names together; a strategy whose items are gone is marked stale, not \
            dropped. Last come the items no strategy names, each with the reason (no move for its category in that \
            quadrant, no partner on the other side, or ranked below those kept) and the `strategy add` command that \
            writes one by hand. Text is in the plan's language (`lang`).
            """,
        arguments: [.words(["--top"]), .text]
    ) { call in
        let top = try parseTop(call, at: 1)
        let session = call.session
        let deriver = StrategyDeriver(knowledgeBase: session.knowledgeBase)
        let summary = try session.change { $0.deriveStrategies(using: deriver, top: top) }
        let plan = try session.requirePlan()
        // Quadrants in the order the SWOT position favours (issue 5; SO, ST, WO, WT until the IFE/EFE are complete).
        if let note = plan.positionOrderNote() { call.print(note) }
        for quadrant in plan.towsPreferenceOrder {
            printQuadrant(quadrant, plan: plan, limit: nil, call: call, includeRejected: false)
        }
        // In the plan's language, as the strategies and the items left out: planners read it beside them.
        let language = plan.effectiveLanguage
        func pick(_ indonesian: String, _ english: String) -> String { language == .id ? indonesian : english }
        // Wrapped at the terminal's width between words, as the strategies are, not cut mid-word by the terminal.
        let width = TerminalWidth.current(environment: call.session.environment)
        func say(_ indonesian: String, _ english: String) {
            call.print(Wrapping.wrap(pick(indonesian, english), width: width, indent: ""))
        }
        let withdrawn = summary.withdrawn.joined(separator: ", ")
        var counts = [
            pick("\(summary.added.count) baru", "\(summary.added.count) new"),
            pick("\(summary.updated.count) diperbarui", "\(summary.updated.count) updated"),
        ]
        if !summary.withdrawn.isEmpty {
            counts.append(pick("\(summary.withdrawn.count) ditarik (\(withdrawn))",
                               "\(summary.withdrawn.count) withdrawn (\(withdrawn))"))
        }
        if !summary.kept.isEmpty {
            counts.append(pick("\(summary.kept.count) yang sudah diputuskan tetap",
                               "\(summary.kept.count) decided kept"))
        }
        say("Hasil derive: \(counts.joined(separator: ", ")).", "Derived: \(counts.joined(separator: ", ")).")
        if case .sectoral(let agency) = PlanScope.of(plan) {
            let agency = TerminalText.safe(agency)
            say("Rencana perangkat daerah sektoral (\(agency), dari judul atau konteks): langkah yang mengatur "
                    + "semua perangkat daerah (regulasi SPBE, arsitektur, CSIRT, tim koordinasi) diserahkan kepada "
                    + "Diskominfo dan Bappeda.",
                "A sectoral agency's plan (\(agency), from the title or context): moves that direct every "
                    + "agency of the government (SPBE regulation, architecture, CSIRT, coordination team) are left to "
                    + "Diskominfo and Bappeda.")
        }
        if !summary.stale.isEmpty {
            let stale = summary.stale.joined(separator: ", ")
            say("Usang (butir yang dipakainya sudah dihapus; `why ID` menunjukkan yang mana): \(stale).",
                "Stale (an item they use is gone; `why ID` shows which): \(stale).")
        }
        for quadrant in summary.emptyQuadrants {
            let (inner, outer) = (quadrant.internalSide, quadrant.externalSide)
            let text = pick("TEKS", "TEXT")
            let adds = "(`add \(inner.letter.lowercased()) \(text)`, `add \(outer.letter.lowercased()) \(text)`)"
            say("Belum ada strategi \(quadrant.rawValue): rencana perlu \(inner.name(.id).lowercased()) dan "
                    + "\(outer.name(.id).lowercased()) \(adds).",
                "No \(quadrant.rawValue) strategies: the plan needs \(inner.name(.en).lowercased()) and "
                    + "\(outer.name(.en).lowercased()) \(adds).")
        }
        for quadrant in summary.fallbackQuadrants {
            let q = quadrant.rawValue
            say("\(q): tidak ada pasangan butir yang cocok dengan langkah mana pun, jadi strategi yang tampil hanya "
                    + "cocok di satu sisi (ditandai hanya satu sisi); `tag` butirnya agar lebih tajam, atau tulis "
                    + "sendiri dengan `strategy add \(q) TEKS from ID …`.",
                "\(q): no pair of items fits any move, so the strategies shown fit one side only (marked "
                    + "one-sided); `tag` items to sharpen them, or write your own with `strategy add \(q) TEXT "
                    + "from ID …`.")
        }
        let uncategorised = plan.items.filter(\.categories.isEmpty).map(\.id).joined(separator: ", ")
        if !uncategorised.isEmpty {
            say("Tanpa kategori (hanya ikut strategi cadangan satu sisi): \(uncategorised). Tetapkan dengan "
                    + "`tag ID KATEGORI`.",
                "Without a category (they only join fallback strategies): \(uncategorised). Set one with "
                    + "`tag ID CATEGORY`.")
        }
        printLeftOut(summary.leftOut, plan: plan, call: call)
    }

    /// The items no strategy names, one line each with the reasons (and the command that answers one, where one
    /// does) and the command that adds a strategy by hand.
    static func printLeftOut(_ leftOut: [LeftOutItem], plan: Plan, call: Invocation) {
        guard !leftOut.isEmpty else { return }
        let language = plan.effectiveLanguage
        let width = TerminalWidth.current(environment: call.session.environment)
        call.print(language == .id ? "Butir yang belum masuk strategi mana pun (\(leftOut.count)):" :
                    "Items in no strategy (\(leftOut.count)):")
        for entry in leftOut {
            guard let item = plan.item(written: entry.id) else { continue }
            let label = TerminalText.safe(ItemLabel.of(item).text)
            let write = language == .id ? "tulis sendiri" : "write one"
            let reasons = entry.reasons.map { reason in
                let command = entry.remedy(for: reason).map { " (`\($0.command(language))`)" }
                return entry.describe(reason, language) + (command ?? "")
            }
            call.print(Wrapping.wrap("\(entry.id) \(label): \(reasons.joined(separator: "; ")); \(write): "
                + "`\(entry.handWritten.command(language))`", width: width, indent: "  "))
        }
    }

    static let matrix = Command(
        "matrix", usage: "matrix [--top N]",
        summary: "Draw the TOWS matrix: strengths and weaknesses across, opportunities and threats down",
        details: "Each cell shows its quadrant's best N strategies (default 8; rejected ones are left out), wrapped to "
            + "the terminal width; a narrow terminal (under 60 columns) gets a list instead. The width is the "
            + "terminal's, else $COLUMNS, else 100.",
        arguments: [.words(["--top"]), .text]
    ) { call in
        let top = try parseTop(call, at: 1) ?? Plan.defaultStrategyCount
        let plan = try call.session.requirePlan()
        var cells: [TOWSQuadrant: TOWSGrid.Cell] = [:]
        for quadrant in TOWSQuadrant.allCases {
            let shown = plan.strategies(in: quadrant).filter { $0.status != .rejected }
            var entries = shown.prefix(top).map { strategy in
                let marks =
                    strategy.status == .proposed && !strategy.edited && !strategy.stale
                    ? "" : " [\(strategy.statusLabel)]"
                return "\(strategy.id)\(marks) \(TerminalText.safe(strategy.text))"
            }
            if shown.count > top { entries.append("… \(shown.count - top) more: `strategies \(quadrant.rawValue)`") }
            if entries.isEmpty { entries = ["—"] }
            cells[quadrant] = TOWSGrid.Cell(entries: entries)
        }
        let grid = TOWSGrid(
            strengthsHead: "S: Strengths / Kekuatan", weaknessesHead: "W: Weaknesses / Kelemahan",
            opportunitiesHead: "O: Opportunities / Peluang", threatsHead: "T: Threats / Ancaman", cells: cells
        )
        call.print(grid.render(width: TerminalWidth.current(environment: call.session.environment)))
        if plan.strategies.isEmpty { call.print("No strategies yet. Run `derive`.") }
    }

    static let strategies = Command(
        "strategies", usage: "strategies [SO|ST|WO|WT]",
        summary: "List the strategies, ranked, all quadrants or one",
        details: "Each line shows the id, score, status and text; rejected strategies come last. `why ID` traces one "
            + "to its items and papers. Once the IFE and EFE are complete, the quadrants come in the order the SWOT "
            + "position favours (`position`), e.g. WO first for a turnaround position.",
        arguments: [.words(["SO", "ST", "WO", "WT"])]
    ) { call in
        try call.expectNoMore(after: 1)
        let plan = try call.session.requirePlan()
        let quadrants = try call.words[1].map { [try parseTOWS($0)] } ?? plan.towsPreferenceOrder
        if call.words[1] == nil, let note = plan.positionOrderNote() { call.print(note) }
        for quadrant in quadrants {
            printQuadrant(quadrant, plan: plan, limit: nil, call: call, includeRejected: true)
        }
        if plan.strategies.isEmpty {
            call.print("No strategies yet. Run `derive`, or add your own with `strategy add SO TEXT`.")
        }
    }

    static let why = Command(
        "why", usage: "why ID",
        summary: "Trace a strategy: its items, their categories and words, the move, the score and the papers",
        arguments: [.strategyID]
    ) { call in
        let id = try call.strategyID(1)
        try call.expectNoMore(after: 1)
        let session = call.session
        let plan = try session.requirePlan()
        let strategy = plan.strategies[try plan.indexOfStrategy(id)]
        let knowledgeBase = session.knowledgeBase
        let trace = StrategyTrace(strategy: strategy, plan: plan, knowledgeBase: knowledgeBase)
        let width = TerminalWidth.current(environment: session.environment)
        call.print("\(strategy.id) (\(strategy.quadrant.rawValue), \(strategy.statusLabel), "
            + "\(strategy.origin == .manual ? "the planner's own" : "derived"), score "
            + "\(ScoreFormat.fixed(strategy.score, decimals: 2)))")
        call.print(Wrapping.wrap(TerminalText.safe(strategy.text), width: width, indent: "  "))
        call.print("Items:")
        for item in trace.items {
            guard let found = item.item else {
                call.print("  \(item.id)  (gone from the plan: this strategy is stale)")
                continue
            }
            call.print(Wrapping.wrap("\(found.id)  \(TerminalText.safe(found.text))", width: width, indent: "  "))
            if item.matches.isEmpty {
                call.print("      no category of this item is one of the move's (fallback)")
            }
            for match in item.matches {
                let words = ItemCommands.matchedWords(match, language: .en)
                call.print("      \(categoryLabel(match.category, knowledgeBase))  "
                    + "\(ScoreFormat.fixed(match.score, decimals: 2))  \(words)")
            }
            if let factor = item.weightFactor {
                call.print("      weight factor \(ScoreFormat.fixed(factor, decimals: 2))")
            }
        }
        if let move = trace.move {
            let paper = move.paperStrategy.map { ", restates \($0)" } ?? ""
            call.print("Move \(move.id) (\(move.basis.rawValue)\(paper)): internal \(categoryList(move.internal)), "
                + "external \(categoryList(move.external))")
            if let step = trace.ownStep?.words(plan.effectiveLanguage) {
                call.print(Wrapping.wrap(
                    TerminalText.safe("The sentence says what its items ask for (“\(step)”)"
                        + (trace.closingStep.map { ", ending with the step \(stepSource($0.source)) (“\($0.text)”)," }
                            ?? "") + " in place of this move's own step:"), width: width, indent: "  "))
            }
            call.print(
                Wrapping.wrap(TerminalText.safe(move.action[plan.effectiveLanguage]), width: width, indent: "  ")
            )
        } else if let moveID = strategy.moveID {
            call.print("Move \(moveID): no longer in the knowledge base.")
        }
        if let inner = trace.bestInternal, let outer = trace.bestExternal, let factor = trace.basisFactor,
           let focus = trace.focusFactor {
            let basis = trace.move?.basis == .stated ? "stated" : "derived"
            let sameTopic = trace.affinity != 1 ? " × \(ScoreFormat.fixed(trace.affinity, decimals: 2)) (same "
                + "topic)" : ""
            let total = inner.strength * outer.strength * factor * focus * trace.affinity
            let fallback = trace.isFallback
                ? "; derived as a fallback, saved score \(ScoreFormat.fixed(strategy.score, decimals: 2))" : ""
            call.print("Score: \(inner.id) \(ScoreFormat.fixed(inner.strength, decimals: 2)) × \(outer.id) "
                + "\(ScoreFormat.fixed(outer.strength, decimals: 2)) × \(ScoreFormat.fixed(factor, decimals: 2)) "
                + "(\(basis)) "
                + "× \(ScoreFormat.fixed(focus, decimals: 2)) (move's focus)\(sameTopic) "
                + "= \(ScoreFormat.fixed(total, decimals: 2))\(fallback)")
        }
        if !strategy.citations.isEmpty { call.print("Sources:") }
        for citation in strategy.citations {
            call.print("  \(citation.fileLocator)")
            if let quote = citation.quote {
                call.print(Wrapping.wrap("\"\(TerminalText.safe(quote))\"", width: width, indent: "    "))
            }
        }
        for (label, value) in [("Owner", strategy.owner), ("Due", strategy.due), ("KPI", strategy.kpi)] {
            if let value { call.print("\(label): \(TerminalText.safe(value))") }
        }
    }

    static let accept = Command(
        "accept", usage: "accept ID ...",
        summary: "Accept a strategy (it stays through re-derives and enters the action plan) or a proposed item P1…",
        arguments: [.strategyID]
    ) { call in
        if AssessmentCommands.namesProposals(call) { return try AssessmentCommands.acceptProposals(call) }
        let ids = try strategyIDs(call)
        try call.session.change { plan in for id in ids { try plan.acceptStrategy(id) } }
        call.print("Accepted \(ids.map(\.description).joined(separator: ", ")).")
    }

    static let reject = Command(
        "reject", usage: "reject ID ...",
        summary: "Reject a strategy (its move is not proposed again) or a proposed item P1…",
        arguments: [.strategyID]
    ) { call in
        if AssessmentCommands.namesProposals(call) { return try AssessmentCommands.rejectProposals(call) }
        let ids = try strategyIDs(call)
        try call.session.change { plan in for id in ids { try plan.rejectStrategy(id) } }
        call.print("Rejected \(ids.map(\.description).joined(separator: ", ")).")
    }

    /// The ids after the command word; several are changed together or not at all.
    static func strategyIDs(_ call: Invocation) throws -> [StrategyID] {
        guard call.words.count > 1 else { throw call.usageError }
        return try (1..<call.words.count).map { try call.strategyID($0) }
    }

    /// `edit SO1 TEXT`, reached from `edit` when the id is a strategy id.
    static func editStrategy(_ call: Invocation) throws {
        let id = try call.strategyID(1)
        let text = try call.text(from: 2)
        try call.session.change { try $0.editStrategy(id, text: text) }
        call.print("Changed \(id); a re-derive keeps this text.")
    }

    static let strategy = Command(
        "strategy", usage: "strategy add SO|ST|WO|WT [TEXT] [from ID ...]",
        summary: "Add a strategy of your own, optionally naming the items it uses",
        details: "Example: `strategy add WT Buat SOP keamanan data from W5 T1`. The items must be on the quadrant's "
            + "sides (WT: weaknesses and threats). Without TEXT, swot writes the strategy for the items you pair "
            + "(`strategy add WO from W3 O5`): from the knowledge-base move that fits them all and speaks most "
            + "closely to their words, in one sentence as `derive` writes them, with the move's papers (`why ID`); "
            + "name one to four items, at least one of each side. Your strategies are accepted when added and never "
            + "touched by `derive`.",
        arguments: [.subcommands(["add": [.words(["SO", "ST", "WO", "WT"]), .text]])]
    ) { call in
        guard try call.word(1).lowercased() == "add" else { throw call.usageError }
        let quadrant = try parseTOWS(try call.word(2))
        var text = try call.text(from: 3)
        var sources: [ItemID] = []
        // Trailing `from S1 O2` (or `dari …`): the item ids the strategy uses; with nothing before it, swot writes
        // the text.
        var index = call.words.count - 1
        while index > 3, let word = call.words[index], ItemID(word) != nil { index -= 1 }
        if index >= 3, index < call.words.count - 1, let word = call.words[index],
            ["from", "dari"].contains(word.lowercased())
        {
            sources = try (index + 1..<call.words.count).map { try call.itemID($0) }
            let tail = call.words.words[index].rest
            text = String(text.dropLast(tail.count)).trimmingWhitespace()
        }
        // `strategy add WO from` with no ids: the planner meant to name items, not to add a strategy "from".
        if ["from", "dari"].contains(text.lowercased()) {
            throw ShellError.badArgument("Name the items after `\(text)`, like `strategy add \(quadrant.rawValue) from "
                + "\(quadrant.internalSide.letter)1 \(quadrant.externalSide.letter)1`.")
        }
        let width = TerminalWidth.current(environment: call.session.environment)
        if text.isEmpty {
            let deriver = StrategyDeriver(knowledgeBase: call.session.knowledgeBase)
            let added = try call.session.change { try $0.addStrategy(quadrant, naming: sources, using: deriver) }
            call.print(Wrapping.wrap(
                "Added \(added.id) (accepted, move \(added.moveID ?? "?"); `why \(added.id)` traces it): "
                    + TerminalText.safe(added.text), width: width, indent: ""))
            return
        }
        let added = try call.session.change { try $0.addStrategy(quadrant, text: text, sources: sources) }
        call.print(Wrapping.wrap("Added \(added.id) (accepted): \(TerminalText.safe(added.text))",
                                 width: width, indent: ""))
    }

    static let assign = Command(
        "assign", usage: "assign ID OWNER",
        summary: "Name who carries a strategy out (- clears it)",
        arguments: [.strategyID, .text]
    ) { call in
        let id = try call.strategyID(1)
        let owner = try call.text(from: 2)
        try call.session.change { try $0.assignStrategy(id, owner: owner) }
        call.print(owner == "-" ? "Cleared the owner of \(id)." : "\(id) owner: "
            + "\(TerminalText.safe(owner))")
    }

    static let due = Command(
        "due", usage: "due ID DATE",
        summary: "Set a strategy's due date, YYYY-MM-DD (- clears it)",
        arguments: [.strategyID, .text]
    ) { call in
        let id = try call.strategyID(1)
        let date = try call.word(2)
        try call.expectNoMore(after: 2)
        try call.session.change { try $0.setStrategyDue(id, date: date) }
        call.print(date == "-" ? "Cleared the due date of \(id)." : "\(id) due \(date).")
    }

    static let kpi = Command(
        "kpi", usage: "kpi ID TEXT",
        summary: "Set the indicator that shows a strategy worked (- clears it)",
        arguments: [.strategyID, .text]
    ) { call in
        let id = try call.strategyID(1)
        let text = try call.text(from: 2)
        try call.session.change { try $0.setStrategyKPI(id, text: text) }
        call.print(text == "-" ? "Cleared the KPI of \(id)." : "\(id) KPI: "
            + "\(TerminalText.safe(text))")
    }

    // MARK: Helpers

    /// `--top N` at word `index`, or nil when absent.
    static func parseTop(_ call: Invocation, at index: Int) throws(ShellError) -> Int? {
        guard let word = call.words[index] else { return nil }
        guard word == "--top", let value = call.words[index + 1] else { throw call.usageError }
        try call.expectNoMore(after: index + 1)
        guard let number = Int(value), number >= 1, number <= 1000 else {
            throw ShellError.badArgument("\"\(value)\" is not a count. Use a whole number from 1 to 1000, e.g. "
                + "`\(call.command.name) --top 10`.")
        }
        return number
    }

    static func parseTOWS(_ word: String) throws(ShellError) -> TOWSQuadrant {
        guard let quadrant = TOWSQuadrant(parsing: word) else {
            throw ShellError.badArgument("\"\(word)\" is not a TOWS quadrant. Use SO (strengths × opportunities), ST "
                + "(strengths × threats), WO (weaknesses × opportunities) or WT (weaknesses × threats).")
        }
        return quadrant
    }

    /// A quadrant's strategies, one entry each: `SO1  0.72  accepted` and the text wrapped below.
    static func printQuadrant(
        _ quadrant: TOWSQuadrant,
        plan: Plan,
        limit: Int?,
        call: Invocation,
        includeRejected: Bool
    ) {
        let list = plan.strategies(in: quadrant).filter { includeRejected || $0.status != .rejected }
        call.print("\(quadrant.rawValue): \(quadrant.internalSide.name(.en)) × \(quadrant.externalSide.name(.en)) / "
            + "\(quadrant.internalSide.name(.id)) × \(quadrant.externalSide.name(.id)) (\(list.count))")
        let width = TerminalWidth.current(environment: call.session.environment)
        for strategy in list.prefix(limit ?? list.count) {
            call.print("  \(strategy.id.padding(to: 5)) \(ScoreFormat.fixed(strategy.score, decimals: 2))  "
                + "\(strategy.statusLabel)")
            call.print(Wrapping.wrap(TerminalText.safe(strategy.text), width: width, indent: "        "))
        }
    }

    static func categoryLabel(_ id: String, _ knowledgeBase: KnowledgeBase) -> String {
        guard let category = knowledgeBase.categories.first(where: { $0.id == id }) else { return id }
        return "\(category.id) \(category.code)".padding(to: 11)
    }

    static func categoryList(_ ids: [String]) -> String {
        ids.isEmpty ? "any" : ids.joined(separator: ", ")
    }

    /// What chose the step a sentence ends with, as `why` says it.
    static func stepSource(_ source: StrategyText.ClosingStep.Source) -> String {
        switch source {
        case .externalKind: "its external item's kind asks for"
        case .weaknessFault: "its weakness's fault asks for"
        case .strengthAgainstThreat: "its strength's kind asks for against the threat's"
        case .strengthForOpportunity: "its strength's kind asks for with the opportunity's"
        case .repairWithOpportunity: "its weakness's fault asks for with the opportunity's kind"
        case .repairAgainstThreat: "its weakness's fault asks for against the threat's kind"
        }
    }
}
