/// The knowledge base of e-Government success factors, read from the five source papers.
///
/// It ships inside the binary as `Data/knowledge-base.json` (reviewable data, not code); planners can add their
/// own entries with `kb load FILE`, which are stored with the plan. Every entry cites the paper it comes from.
public struct KnowledgeBase: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    public var sources: [SourceDocument]
    public var acronyms: [Acronym]
    public var categories: [Category]
    public var factors: [Factor]
    public var moves: [StrategyMove]
    public var frameworks: [Framework]

    public init(
        schemaVersion: Int = 1, sources: [SourceDocument] = [], acronyms: [Acronym] = [],
        categories: [Category] = [], factors: [Factor] = [], moves: [StrategyMove] = [],
        frameworks: [Framework] = []
    ) {
        self.schemaVersion = schemaVersion
        self.sources = sources
        self.acronyms = acronyms
        self.categories = categories
        self.factors = factors
        self.moves = moves
        self.frameworks = frameworks
    }
}

/// One of the five papers, a regulation (PermenPANRB 59/2020 for the SPBE index), or a planner's own source, for
/// entries loaded with `kb load`.
public struct SourceDocument: Codable, Sendable, Hashable {
    /// `D000` … `D004` for the papers, `PERMENPANRB-59-2020` for the regulation.
    public var id: String
    /// File name in `shared/seeds/`, e.g. `003_2191fb8a32d3ea38.txt`; for a regulation, its official short name.
    public var file: String
    public var title: LocalizedText
    public var summary: LocalizedText
    /// As a reference list names them (`Pratama, A., …`); nil when the paper does not name its authors.
    public var authors: String?
    /// The year of publication; nil when the paper does not print it.
    public var year: String?
    /// The journal or proceedings, with volume and pages when known.
    public var venue: String?
    /// `regulation` for a regulation, cited by its part (`Lampiran I`) rather than by lines; nil for a paper.
    public var kind: Kind? = nil

    public enum Kind: String, Codable, Sendable, Hashable {
        case regulation
    }
}

/// A place in a paper: file and line range, with the words found there. A regulation is cited by its part
/// (`Lampiran I`) instead: its text is not among the papers, so it has no lines to check.
public struct Citation: Codable, Sendable, Hashable {
    /// Source id, e.g. `D003`.
    public var source: String
    /// First and last line (1-based, inclusive); 0 for a citation of a regulation's part.
    public var from: Int
    public var to: Int
    /// Verbatim words from those lines (Indonesian as printed, typos kept).
    public var quote: String?
    /// The part of a regulation cited (`Lampiran I`), when the citation has no lines.
    public var part: String?

    public init(source: String, from: Int, to: Int, quote: String? = nil) {
        self.source = source
        self.from = from
        self.to = to
        self.quote = quote
    }

    enum CodingKeys: String, CodingKey {
        case source, from, to, quote, part
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(String.self, forKey: .source)
        part = try container.decodeIfPresent(String.self, forKey: .part)
        // Only a citation of a regulation's part may leave out its lines.
        from = part == nil ? try container.decode(Int.self, forKey: .from)
            : try container.decodeIfPresent(Int.self, forKey: .from) ?? 0
        to = try container.decodeIfPresent(Int.self, forKey: .to) ?? from
        quote = try container.decodeIfPresent(String.self, forKey: .quote)
    }

    /// True when the citation names lines of a paper (false for a regulation's part).
    public var hasLines: Bool { from >= 1 }

    /// `D003 L96-114`, `D003 L113` for one line, or `PERMENPANRB-59-2020 Lampiran I` for a regulation's part.
    public var locator: String {
        guard hasLines else { return [source, part].compactMap { $0 }.joined(separator: " ") }
        return from == to ? "\(source) L\(from)" : "\(source) L\(from)-\(to)"
    }
}

/// An acronym planners use, expanded before matching (`SDM` → `sumber daya manusia`).
public struct Acronym: Codable, Sendable, Hashable {
    public var short: String
    public var expansion: LocalizedText
}

/// One of the 24 categories of e-Government success factors (C01 LEAD … C24 TRANSP).
public struct Category: Codable, Sendable, Hashable {
    /// `C01` … `C24`.
    public var id: String
    /// Short code, e.g. `LEAD`.
    public var code: String
    public var name: LocalizedText
    public var description: LocalizedText
    /// Words and phrases in each language that signal this category.
    public var keywords: Keywords
    /// The question `coverage` asks when a plan has no item in this category.
    public var question: LocalizedText
    public var citations: [Citation]

    public struct Keywords: Codable, Sendable, Hashable {
        public var en: [String]
        public var id: [String]
    }
}

/// Whether a factor usually sits inside the organisation (S/W) or outside it (O/T).
public enum Origin: String, Codable, Sendable, Hashable {
    case `internal`
    case external
}

/// A concrete success factor or barrier named by a paper.
public struct Factor: Codable, Sendable, Hashable {
    /// `F001` …
    public var id: String
    public var category: String
    public var kind: Kind
    public var origin: Origin
    public var text: LocalizedText
    public var citations: [Citation]

    public enum Kind: String, Codable, Sendable, Hashable {
        case success
        case barrier
    }
}

/// A strategy move the papers support for a TOWS quadrant, selected by the categories of the paired items.
public struct StrategyMove: Codable, Sendable, Hashable {
    /// `M001` …
    public var id: String
    public var quadrant: TOWSQuadrant
    /// Categories of the strength or weakness that make the move relevant; empty: it fits no item on that side.
    public var `internal`: [String]
    /// Categories of the opportunity or threat that make the move relevant; empty: it fits no item on that side.
    public var external: [String]
    /// A short imperative in each language, starting with a lowercase verb and without a final full stop, that the
    /// deriver joins after the quadrant's form: "Combine S1 with O2: train …" /
    /// "Padukan S1 dengan peluang O2: latih …".
    public var action: LocalizedText
    public var basis: Basis
    /// Whose powers the move needs; the deriver proposes only moves a regional agency can carry out.
    public var authority: Authority
    /// The paper's own strategy this move restates, e.g. `D003 SO2`.
    public var paperStrategy: String?
    public var citations: [Citation]
    /// Words of the action that name a thing in general ("staf terlatih", "setiap platform nasional") and that a
    /// strategy says in its item's own words when the item names one ("operator SIKS-NG", "SATUSEHAT").
    public var objects: [MoveObject]?
    /// Words one of which a strength or weakness must name for the move to fit it, where the move's categories are
    /// broader than its action: the absorption move fits a budget weakness that speaks of absorption, not a budget
    /// that is too small. Nil: every item of its internal categories fits.
    public var internalWords: [String]?
    /// The same for an opportunity or threat: the partner's data centre fits an opportunity that offers one.
    public var externalWords: [String]?

    public init(
        id: String, quadrant: TOWSQuadrant, internal: [String], external: [String], action: LocalizedText,
        basis: Basis, authority: Authority = .own, paperStrategy: String? = nil, citations: [Citation],
        objects: [MoveObject]? = nil, internalWords: [String]? = nil, externalWords: [String]? = nil
    ) {
        self.id = id
        self.quadrant = quadrant
        self.internal = `internal`
        self.external = external
        self.action = action
        self.basis = basis
        self.authority = authority
        self.paperStrategy = paperStrategy
        self.citations = citations
        self.objects = objects
        self.internalWords = internalWords
        self.externalWords = externalWords
    }

    /// Whether the paper states the move itself or it is derived from what the paper says.
    public enum Basis: String, Codable, Sendable, Hashable {
        case stated
        case derived
    }

    /// Whose powers a move needs.
    public enum Authority: String, Codable, Sendable, Hashable, CaseIterable {
        /// Within a regional agency's own powers: issue a regulation of the regional head or an SOP, budget, train,
        /// partner, procure, publish, audit.
        case own
        /// Needs another regional body (Bappeda, the civil-service agency, the regional parliament) or a partner's
        /// agreement.
        case shared
        /// Directs every agency of the regional government (an SPBE regulation of the regional head, the SPBE
        /// architecture, a CSIRT, the coordination team): the mandate of the regional head and of the agencies that
        /// coordinate for it (Diskominfo, Bappeda, the Setda). Not proposed in a sectoral agency's plan (`PlanScope`).
        case government
        /// Needs national law or a central government mandate; never proposed as a regional agency's action.
        case national

        /// What the word means, for `kb show`.
        public var explanation: String {
            switch self {
            case .own: return "within a regional agency's own powers"
            case .shared: return "needs another regional body or a partner to agree"
            case .government:
                return "directs every agency of the regional government; not proposed in a sectoral agency's plan"
            case .national: return "needs national law or a central mandate; not proposed as the agency's action"
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, quadrant, `internal`, external, action, objects, basis, authority, paperStrategy, citations
        case internalWords, externalWords
    }

    /// Moves stored in plans before `authority` existed are read as `own`, as every planner's own move was.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            quadrant: try container.decode(TOWSQuadrant.self, forKey: .quadrant),
            internal: try container.decode([String].self, forKey: .internal),
            external: try container.decode([String].self, forKey: .external),
            action: try container.decode(LocalizedText.self, forKey: .action),
            basis: try container.decode(Basis.self, forKey: .basis),
            authority: try container.decodeIfPresent(Authority.self, forKey: .authority) ?? .own,
            paperStrategy: try container.decodeIfPresent(String.self, forKey: .paperStrategy),
            citations: try container.decode([Citation].self, forKey: .citations),
            objects: try container.decodeIfPresent([MoveObject].self, forKey: .objects),
            internalWords: try container.decodeIfPresent([String].self, forKey: .internalWords),
            externalWords: try container.decodeIfPresent([String].self, forKey: .externalWords))
    }
}

/// A framework from the papers, kept as reference data (and used by `assess`).
public struct Framework: Codable, Sendable, Hashable {
    /// Short id used in commands: `worldbank`, `inpres`, `kpmg`, `edward`, `website`, `scv`, `sustainability`, …
    public var id: String
    public var aliases: [String]
    public var name: LocalizedText
    public var description: LocalizedText
    /// Ordered levels or stages, where the framework has a scale (KPMG's five levels, World Bank's phases).
    public var scale: [Level]
    /// The framework's parts (perspectives, variables, criteria, listed factors), each with its items.
    public var sections: [Section]
    public var citations: [Citation]
    /// The source id of the regulation the framework restates (the SPBE index); its entries may cite the
    /// regulation by part, without lines.
    public var regulation: String? = nil

    public struct Level: Codable, Sendable, Hashable {
        public var level: Int
        public var name: LocalizedText
        public var description: LocalizedText
    }

    public struct Section: Codable, Sendable, Hashable {
        public var id: String
        public var name: LocalizedText
        public var description: LocalizedText?
        public var items: [Item]
    }

    public struct Item: Codable, Sendable, Hashable {
        /// `ORG.1`, …; unique within the framework.
        public var id: String
        public var name: LocalizedText
        public var description: LocalizedText?
        /// The category the item speaks to, so answers can become categorised SWOT items.
        public var category: String?
        public var origin: Origin?
        public var citations: [Citation]?
        /// The item's own criteria for each level, where the framework defines them per item (SPBE indicators).
        public var levels: [Level]? = nil
    }
}

/// Words of a move's action that name a thing in general, which a strategy replaces by its item's own name for it
/// (`ItemObject`): "jadikan staf terlatih tim lokal setiap platform nasional" becomes "jadikan operator SIKS-NG tim
/// lokal platform SATUSEHAT" for a plan whose strength names its SIKS-NG operators and whose opportunity names the
/// SATUSEHAT platform.
public struct MoveObject: Codable, Sendable, Hashable {
    /// What the words name.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// The agency's own people: "pegawai", "staf terampil", "petugas loket".
        case staff
        /// An application, system or platform: "aplikasi", "setiap platform nasional".
        case system
        /// A public service the agency runs: "layanan tersibuk", "the most requested services".
        case service
        /// A body of data: "data layanan", "records".
        case data
        /// An outside body the agency works with: "kampus", "mitra", "vendor", "banks".
        case partner
    }

    /// Which side's item names the thing: the agency's own strength or weakness, or the opportunity or threat.
    public enum Side: String, Codable, Sendable, Hashable {
        case `internal`
        case external
    }

    public var kind: Kind
    public var side: Side
    /// The words in the Indonesian and the English action; nil where that language's action has none to replace.
    public var id: String?
    public var en: String?

    public init(kind: Kind, side: Side, id: String?, en: String?) {
        self.kind = kind
        self.side = side
        self.id = id
        self.en = en
    }

    /// The words in `language`'s action.
    public func words(_ language: Language) -> String? {
        language == .id ? id : en
    }
}
