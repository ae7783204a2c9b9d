import Testing
@testable import SwotCore

@Suite("subjects derive pairs items by")
struct SubjectLexiconTests {
    /// The subjects an item's text names.
    static func subjects(_ text: String) -> Set<String> {
        Set(SubjectLexicon.subjects(of: ContentStems.of(text)))
    }

    @Test func differentWordsOfOneSubjectMeetInBothLanguages() {
        #expect(Self.subjects("Kampus lokal siap kirim mahasiswa magang").contains("§campus"))
        #expect(Self.subjects("The university offers interns").contains("§campus"))
        #expect(Self.subjects("Operator SIKS-NG di tiap desa").isSuperset(of: ["§social-register", "§village"]))
        #expect(Self.subjects("Transisi DTKS ke DTSEN").contains("§social-register"))
        // Inflected forms reach the same subject through the stemmers.
        #expect(Self.subjects("Pelaporan pajak dan perizinan").isSuperset(of: ["§tax", "§licensing"]))
        #expect(Self.subjects("Rapat koordinasi rutin").isEmpty)
        // A want of integration names the subject as well as its remedy does.
        #expect(Self.subjects("Aplikasi program masih terpisah-pisah").contains("§integration"))
        #expect(Self.subjects("Ministries run stand-alone systems").contains("§integration"))
        // A surveillance dashboard and an outbreak that wants fast case data are one subject: disease control.
        #expect(Self.subjects("Dashboard surveilans penyakit").contains("§disease-control"))
        #expect(Self.subjects("KLB DBD menuntut data kasus cepat").contains("§disease-control"))
        #expect(Self.subjects("Measles outbreaks need weekly case counts").contains("§disease-control"))
    }

    @Test func theDataIsWellFormed() {
        var seen: [String: Set<String>] = [:]
        for line in EmbeddedKnowledgeBase.subjects.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: ":", maxSplits: 1)
            #expect(parts.count == 2, "\(line)")
            guard parts.count == 2 else { continue }
            let name = String(parts[0])
            #expect(name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(name)")
            for word in parts[1].split(separator: " ").map(String.init) {
                #expect(word.utf8.count >= 3, "\(name): \(word) is never compared")
                #expect(word == word.lowercased(), "\(name): \(word)")
                #expect(!(seen[name]?.contains(word) ?? false), "\(name): \(word) twice")
                seen[name, default: []].insert(word)
            }
        }
        #expect(seen.count >= 40)
        // `derive` compares subjects as bits of one 64-bit mask: every subject has its own.
        #expect(seen.count <= 64 && SubjectLexicon.bits.count == seen.count)
        #expect(Set(SubjectLexicon.bits.values).count == seen.count)
    }
}
