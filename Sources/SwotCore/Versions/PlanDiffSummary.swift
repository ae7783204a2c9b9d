extension PlanDiff {
    /// What changed, counted on one line (`2 items added, 1 edited; 3 strategies added`), for lists of versions
    /// such as `restore`'s; `diff` shows the changes themselves.
    public func countSummary(_ language: Language) -> String {
        let en = language == .en
        func part(_ count: Int, _ english: String, _ indonesian: String) -> String? {
            count == 0 ? nil : "\(count) \(en ? english : indonesian)"
        }
        let items = [
            part(added.count, "added", "ditambah"), part(removed.count, "removed", "dihapus"),
            part(edited.count, "edited", "disunting"), part(moved.count, "moved", "dipindah"),
            part(recategorised.count + rescored.count, "re-scored", "dinilai ulang"),
        ].compactMap { $0 }
        let strategies = [
            part(strategiesAdded.count, "added", "ditambah"), part(strategiesWithdrawn.count, "withdrawn", "ditarik"),
            part(strategiesDecided.count, "decided", "diputuskan"), part(strategiesEdited.count, "edited", "disunting"),
        ].compactMap { $0 }
        var sentences: [String] = []
        if titleChanged != nil { sentences.append(en ? "title changed" : "judul diubah") }
        if !items.isEmpty { sentences.append((en ? "items " : "butir ") + items.joined(separator: ", ")) }
        if !strategies.isEmpty {
            sentences.append((en ? "strategies " : "strategi ") + strategies.joined(separator: ", "))
        }
        if let plans = part(actionPlansChanged.count, "changed", "berubah") {
            sentences.append((en ? "action plans " : "rencana aksi ") + plans)
        }
        if spbeChanged { sentences.append(en ? "SPBE changed" : "SPBE berubah") }
        return sentences.isEmpty ? (en ? "no item or strategy changed" : "tidak ada butir atau strategi yang berubah")
            : sentences.joined(separator: "; ")
    }
}
