import Testing
@testable import SwotCore

@Suite("whose plan it is: the whole government's or a sectoral agency's")
struct PlanScopeTests {
    func scope(title: String, context: String = "") -> PlanScope {
        PlanScope.of(Plan(name: "p", title: title, context: context))
    }

    @Test func aSectoralAgencyIsReadFromTheTitleWithItsName() {
        #expect(scope(title: "SWOT Layanan Digital Dinas Lingkungan Hidup Kota")
            == .sectoral(agency: "Dinas Lingkungan Hidup"))
        #expect(scope(title: "SWOT Layanan Digital RSUD Kota") == .sectoral(agency: "RSUD Kota"))
        #expect(scope(title: "SWOT Digitalisasi Pemerintahan Desa: DPMD Kabupaten")
            == .sectoral(agency: "DPMD Kabupaten"))
    }

    @Test func aCoordinatorOrTheGovernmentItselfMakesItTheWholeGovernmentsPlan() {
        #expect(scope(title: "SWOT SPBE Kabupaten: Diskominfo") == .wholeGovernment)
        #expect(scope(title: "SWOT Dinas Komunikasi dan Informatika Kota") == .wholeGovernment)
        #expect(scope(title: "SWOT e-Planning dan Satu Data Kota - Bappeda") == .wholeGovernment)
        #expect(scope(title: "SWOT Koordinasi SPBE oleh Bagian Organisasi Setda") == .wholeGovernment)
    }

    @Test func withoutAnAgencyInTheTitleTheContextsFirstSentenceDecidesElseTheWholeGovernment() {
        #expect(scope(title: "SWOT 2026", context: "Dinas Sosial kabupaten menyusun Renstra. Diskominfo membantu.")
            == .sectoral(agency: "Dinas Sosial"))
        #expect(scope(title: "SWOT 2026", context: "Pemkab menyusun peta rencana SPBE. Dinas ikut.")
            == .wholeGovernment)
        #expect(scope(title: "SWOT 2026") == .wholeGovernment)
        #expect(scope(title: "") == .wholeGovernment)
    }
}
