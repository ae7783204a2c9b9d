import Testing
@testable import SwotCore

/// Accuracy of the shipped matcher on the labelled evaluation set and on the Medan SWOT of paper D003.
@Suite("Matcher evaluation", .serialized)
struct MatcherEvaluationTests {
    struct Case: Decodable {
        var text: String
        var quadrant: String
        var language: String
        var expected: [String]
        var note: String?
    }

    static let fixture: URL = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/matcher-evaluation.json")

    @Test func evaluationSet() throws {
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: Self.fixture))
        #expect(cases.count >= 150)
        let matcher = Matcher(knowledgeBase: .shipped)
        var tally: [String: (n: Int, top1: Int, top3: Int)] = [:]
        var misses: [String] = []
        for item in cases {
            let matches = matcher.match(item.text).categories
            let found = matches.map(\.category)
            let top1 = found.first.map(item.expected.contains) ?? false
            let top3 = found.prefix(3).contains(where: item.expected.contains)
            for key in [item.language, "all"] {
                var t = tally[key] ?? (0, 0, 0)
                t.n += 1
                t.top1 += top1 ? 1 : 0
                t.top3 += top3 ? 1 : 0
                tally[key] = t
            }
            if !top1 {
                misses.append("  \(top3 ? "top3" : "MISS") [\(item.language)] expected \(item.expected.joined(separator: "/")) got \(Self.describe(matches)) — \(item.text)")
            }
        }
        func percent(_ a: Int, _ n: Int) -> String {
            let tenths = (a * 1000 + n / 2) / max(n, 1)
            return "\(tenths / 10).\(tenths % 10)%"
        }
        var report = ["Matcher evaluation (\(cases.count) items):"]
        for key in ["id", "en", "mixed", "all"] {
            guard let t = tally[key] else { continue }
            report.append("  \(key + String(repeating: " ", count: max(0, 5 - key.count))) n=\(t.n)  top-1 \(percent(t.top1, t.n))  top-3 \(percent(t.top3, t.n))")
        }
        report.append("Misses at top-1 (\(misses.count)):")
        report.append(contentsOf: misses)
        print(report.joined(separator: "\n"))
        let all = tally["all"]!
        #expect(Double(all.top1) / Double(all.n) >= 0.85, "top-1 below 85 %")
        #expect(Double(all.top3) / Double(all.n) >= 0.95, "top-3 below 95 %")
    }

    /// `C12 0.50 (aplikasi), C11 0.33 (pengguna)` — the best three with the words that matched.
    static func describe(_ matches: [CategoryMatch]) -> String {
        matches.prefix(3).map { m in
            let hundredths = Int((m.score * 100).rounded())
            return "\(m.category) 0.\(hundredths < 10 ? "0" : "")\(hundredths) (\(m.terms.joined(separator: "; ")))"
        }.joined(separator: ", ")
    }

    /// D003 Tabel 1.2 (Medan), verbatim, with the categories of seed-extraction §8.4.
    static let medan: [(id: String, text: String, expected: [String])] = [
        ("S1", "Terdapat sebanyak 25 Layanan Aplikasi e-government", ["C12"]),
        ("S2", "layanan e-government sudah diterapkan sejak tahun 2017.", ["C21"]),
        ("S3", "Implementasi layanan e-government sesuai dengan visi dan misi, tujuan dan strategi pemerintah kota Medan.", ["C02"]),
        ("S4", "Telah banyak dilaksanakannya diklat terkait aplikasi layanan e-government dimasing-masing instansi.", ["C05"]),
        ("S5", "Tersedianya SDM yang memadai dalam mengelola aplikasi layanan e-government .", ["C05"]),
        ("S6", "Masyarakat kota medan telah terdorong dalam menggunakan aplikasi layanan e-government .", ["C19", "C17"]),
        ("S7", "Terdapat dukungan yang kuat dari pimpinan dalam memaksimalkan layanan e-government .", ["C01"]),
        ("W1", "Masih terdapat layanan e-government yang belum maksimal dalam pemanfaatannya.", ["C11"]),
        ("W2", "Belum adanya pendampingan yang secara memadai dan berkelanjutan terhadap SDM pengelola layanan e-government.", ["C05"]),
        ("W3", "Masih banyak masyarakat belum dapat mengetahui dan memahami dalam menggunakan layanan e-government.", ["C19", "C18"]),
        ("W4", "Keterserapan anggaran layanan e-government belum terserap secara maksimal.", ["C03"]),
        ("W5", "Belum maksimalnya infrastruktur layanan e-government untuk memaksimalkan layanan aplikasi.", ["C04"]),
        ("W6", "Belum tingginya budaya organisasi pemerintah kota medan dalam memaksimalkan layanan e-government.", ["C09"]),
        ("O1", "Adanya dukungan pemerintah pusat terkait perwujudan Medan menjadi kota smart city.", ["C02", "C15"]),
        ("O2", "Banyak lembaga konsultan dalam pengembangan sistem layanan e-government untuk kota kota besar.", ["C16"]),
        ("O3", "Tingginya akan kebutuhan kalangan masyarakat dan kalangan bisnis dalam mendapatkan informasi yang efektif dan efisien.", ["C11"]),
        ("T1", "Tingginya ancaman terhadap pencurian data dari pihak lain.", ["C14"]),
        ("T2", "Beberapa kalangan berpendapat layanan e-government sulit dijalankan bagi masyarakat yang sudah terbiasa dalam pelayanan secara langsung.", ["C19", "C10"]),
        ("T3", "Regulasi terkait e-government di Indonesia yang masih terbatas sebagai payung hukum.", ["C06"]),
    ]

    @Test func medanSWOT() {
        let matcher = Matcher(knowledgeBase: .shipped)
        var hits = 0
        var misses: [String] = []
        for item in Self.medan {
            let matches = matcher.match(item.text).categories
            let found = matches.map(\.category)
            if let top = found.first, item.expected.contains(top) {
                hits += 1
            } else {
                misses.append("  \(item.id) expected \(item.expected.joined(separator: "/")) got \(Self.describe(matches))")
            }
        }
        print((["Medan SWOT (D003 Tabel 1.2): \(hits)/\(Self.medan.count) at top-1; misses:"] + misses).joined(separator: "\n"))
        #expect(hits >= 17)
    }
}
