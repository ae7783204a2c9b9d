import CSV
import Foundation

/// A ballot: the sheet a participant fills in during a session (`export ballot FILE.csv NAME`) and that is read back
/// (`import ballot FILE.csv [NAME]`). It lists the plan's items with empty weight and rating columns and its
/// strategies (but the rejected ones) with an empty votes column, below rows that say what to write.
///
/// It opens as it should in LibreOffice Calc and Excel set to Indonesian: UTF-8 with a byte-order mark, and under
/// `lang id` semicolons between fields and decimal commas in the instructions (commas and points under `lang en`).
/// Writing and reading are done by yaslab/CSV.swift (RFC 4180 quoting), reading through `CSVTable`.
public enum Ballot {
    /// The columns of the table, as headed in each language (either is read back).
    enum Column: CaseIterable {
        case id, quadrant, text, weight, rating, votes

        var heading: (en: String, id: String) {
            switch self {
            case .id: return ("ID", "ID")
            case .quadrant: return ("Quadrant", "Kuadran")
            case .text: return ("Text", "Uraian")
            case .weight: return ("Weight", "Bobot")
            case .rating: return ("Rating", "Peringkat")
            case .votes: return ("Votes", "Suara")
            }
        }

        init?(heading: String) {
            let folded = heading.lowercased()
            guard let column = Column.allCases.first(where: {
                $0.heading.en.lowercased() == folded || $0.heading.id.lowercased() == folded
            }) else { return nil }
            self = column
        }
    }

    /// The first cell of the row naming whose ballot it is.
    static let participantHeadings: Set<String> = ["participant", "peserta"]

    /// The ballot as the bytes of a CSV file.
    public static func render(_ plan: Plan, participant: String?) -> [UInt8] {
        let language = plan.effectiveLanguage
        let l = { (english: String, indonesian: String) in language == .en ? english : indonesian }
        let format = NumberFormat(language)
        var rows: [[String]] = [
            [l("swot ballot", "Lembar penilaian swot"), plan.title.isEmpty ? plan.name : plan.title],
            [l("Participant", "Peserta"), participant ?? ""],
            [l("Weight", "Bobot"), l(
                "how much the factor matters, from 0 to 1; the strengths and weaknesses together come to 1, and so "
                    + "do the opportunities and threats (e.g. \(format.score(0.15)))",
                "seberapa penting faktor itu, 0 sampai 1; bobot kekuatan dan kelemahan berjumlah 1, demikian juga "
                    + "peluang dan ancaman (mis. \(format.score(0.15)))")],
            [l("Rating", "Peringkat"), l(
                "strengths 3 (minor) or 4 (major); weaknesses 1 (major) or 2 (minor); opportunities and threats, how "
                    + "well the organisation responds: 1 poor to 4 superior",
                "kekuatan 3 (kecil) atau 4 (besar); kelemahan 1 (besar) atau 2 (kecil); peluang dan ancaman, "
                    + "seberapa baik organisasi menanggapinya: 1 buruk sampai 4 sangat baik")],
        ]
        let strategies = plan.strategies.filter { $0.status != .rejected }
        if !strategies.isEmpty {
            rows.append([l("Votes", "Suara"), l(
                "whole numbers on the strategies you most want pursued, at most \(plan.voteBudget) in all",
                "bilangan bulat pada strategi yang paling Anda inginkan, paling banyak \(plan.voteBudget) seluruhnya")])
        }
        rows.append(["", l("Leave a cell empty to give no value. Do not change the ID column; the text is for reading.",
                           "Biarkan sel kosong bila tidak memberi nilai. Jangan ubah kolom ID; uraian hanya untuk "
                               + "dibaca.")])
        rows.append([""])
        rows.append(Column.allCases.map { language == .en ? $0.heading.en : $0.heading.id })
        for item in Quadrant.allCases.flatMap(plan.items(in:)) {
            rows.append([item.id, item.quadrant.name(language), cellText(item.text), "", "", ""])
        }
        for strategy in strategies {
            rows.append([strategy.id, strategy.quadrant.rawValue, cellText(strategy.text), "", "", ""])
        }
        let stream = OutputStream.toMemory()
        // Writing to memory cannot fail: the stream opens at once and takes every byte.
        let writer = try! CSVWriter(stream: stream, delimiter: language == .id ? ";" : ",", newline: .crlf)
        for row in rows { try! writer.write(row: row) }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return [0xEF, 0xBB, 0xBF] + [UInt8](data) + Array("\r\n".utf8)
    }

    /// A plan's text as a cell: a spreadsheet would run a text starting with `=`, `+`, `-` or `@` as a formula, so
    /// such a text starts with an apostrophe.
    static func cellText(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first) else { return text }
        return "'" + text
    }

    /// What a filled ballot gives, each value with the row and column it came from.
    public struct Filled: Sendable {
        public struct Value<ID: Sendable>: Sendable {
            public var id: ID
            public var value: Double
            public var row: Int
            public var column: Int
        }

        /// The participant the ballot names (its `Participant` row), if any.
        public var participant: String?
        public var weights: [Value<ItemID>] = []
        public var ratings: [Value<ItemID>] = []
        /// Every strategy's votes (0 where empty) when any votes are given; empty otherwise.
        public var votes: [Value<StrategyID>] = []
    }

    /// Reads a filled ballot: instruction rows, then the header row, then one row per item or strategy. Every row
    /// is checked against the plan; a bad value is named by row and column.
    public static func read(_ table: CSVTable, file: String, plan: Plan) throws(CSVTableError) -> Filled {
        var filled = Filled()
        guard let headerIndex = table.rows.firstIndex(where: { Column(heading: $0.fields[0]) == .id }) else {
            throw .row(file: file, row: table.rows[0].number, problem: "no header row (ID, Quadrant, Text, Weight, "
                       + "Rating, Votes) was found; fill in a ballot that swot exported for a participant",
                       remedy: .exportBallot)
        }
        for row in table.rows[..<headerIndex] where participantHeadings.contains(row.fields[0].lowercased()) {
            filled.participant = row.fields.count > 1 && !row.fields[1].isEmpty ? row.fields[1] : nil
        }
        let header = table.rows[headerIndex]
        let columns = header.fields.map(Column.init(heading:))
        func position(_ column: Column) -> Int? { columns.firstIndex(of: column) }
        guard [Column.weight, .rating, .votes].contains(where: { position($0) != nil }) else {
            throw .row(file: file, row: header.number, problem: "the header names no Weight, Rating or Votes column")
        }
        var seen: [String: Int] = [:]
        var votes: [Filled.Value<StrategyID>] = []
        for row in table.rows[(headerIndex + 1)...] {
            let idText = row.fields[0]
            func cell(_ column: Column) -> (text: String, index: Int)? {
                guard let index = position(column), index < row.fields.count, !row.fields[index].isEmpty else {
                    return nil
                }
                return (row.fields[index], index + 1)
            }
            func number(_ column: Column) throws(CSVTableError) -> (value: Double, column: Int)? {
                guard let (text, index) = cell(column) else { return nil }
                guard let value = NumberFormat.parseDecimal(text), value.isFinite else {
                    throw .cell(file: file, row: row.number, column: index,
                                problem: "\"\(text.prefix(20))\" is not a number; write a decimal such as "
                                    + NumberFormat(plan.effectiveLanguage).score(0.15) + ", or leave the cell empty")
                }
                return (value, index)
            }
            let item = ItemID(idText).flatMap(plan.item), strategy = StrategyID(idText).flatMap(plan.strategy)
            guard let id = item?.id ?? strategy?.id else {
                throw .cell(
                    file: file,
                    row: row.number,
                    column: 1,
                    problem: "\"\(idText.prefix(20))\" is not an item or "
                            + "strategy of this plan; keep the ID column as the ballot was written")
            }
            if let earlier = seen[id] {
                throw .row(file: file, row: row.number, problem: "\(id) was already given in row \(earlier)")
            }
            seen[id] = row.number
            let wrongKind: [Column] = item != nil ? [.votes] : [.weight, .rating]
            if let misplaced = wrongKind.compactMap(cell).first {
                throw .cell(file: file, row: row.number, column: misplaced.index, problem: item != nil
                            ? "votes go on strategies, not on items; leave this cell empty"
                            : "a strategy has no weight or rating; leave this cell empty")
            }
            if let item {
                if let weight = try number(.weight) {
                    filled.weights.append(.init(id: item.itemID, value: weight.value, row: row.number,
                                                column: weight.column))
                }
                if let rating = try number(.rating) {
                    filled.ratings.append(.init(id: item.itemID, value: rating.value, row: row.number,
                                                column: rating.column))
                }
            }
            if let strategy, let index = position(.votes) {
                let dots = try number(.votes)
                guard dots.map({ $0.value >= 0 && $0.value == $0.value.rounded() && $0.value <= 1_000 }) ?? true else {
                    throw .cell(file: file, row: row.number, column: index + 1,
                                problem: "votes are whole numbers (0, 1, 2, …)")
                }
                votes.append(.init(id: strategy.strategyID, value: dots?.value ?? 0, row: row.number,
                                   column: index + 1))
            }
        }
        if votes.contains(where: { $0.value > 0 }) { filled.votes = votes }
        return filled
    }
}

extension Plan {
    /// Applies a filled ballot as `participant`'s values (nil: the plan's own, the facilitator's), checking every
    /// value as `weight`, `rate` and `vote` do; all or nothing. The ballot's votes replace the participant's.
    public mutating func applyBallot(
        _ filled: Ballot.Filled,
        participant: String?,
        file: String
    ) throws(CSVTableError) {
        var copy = self
        func apply<ID>(_ value: Ballot.Filled.Value<ID>, _ change: (inout Plan) throws -> Void) throws(CSVTableError) {
            do { try change(&copy) } catch {
                throw .cell(file: file, row: value.row, column: value.column,
                            problem: (error as? any PlannerFacingError)?.message ?? "\(error)")
            }
        }
        for weight in filled.weights {
            try apply(weight) { plan in
                if let participant {
                    try plan.setParticipantScore(participant, item: weight.id, weight: .some(weight.value))
                }
                else { try plan.setWeight(weight.id, weight.value) }
            }
        }
        for rating in filled.ratings {
            try apply(rating) { plan in
                if let participant {
                    try plan.setParticipantScore(participant, item: rating.id, rating: .some(rating.value))
                }
                else { try plan.setRating(rating.id, rating.value) }
            }
        }
        if let first = filled.votes.first {
            guard let participant else {
                throw .cell(file: file, row: first.row, column: first.column, problem: "votes are a participant's; "
                            + "write the name in the ballot's Participant row or give it with the import",
                        remedy: .importBallot)
            }
            // The ballot is the participant's whole vote: votes given before are taken back first.
            for strategy in strategies {
                try apply(first) { try $0.vote(participant, strategy: strategy.strategyID, dots: 0) }
            }
            for vote in filled.votes where vote.value > 0 {
                try apply(vote) { try $0.vote(participant, strategy: vote.id, dots: Int(vote.value)) }
            }
        }
        self = copy
    }
}
