/// One region as every page and report shows it, built once when the site is assembled (or
/// the interview starts): its e-diary system, how to sign in, whom to ask, how fresh the
/// facts are. The region home, the leaflet, the search page's help offer and the diagnosis
/// report lay this value out; none of them looks the region up by its code again, and none
/// words a fact of its own (docs/architecture.md, "One value per region").
public struct RegionProfile: Equatable, Sendable {
    /// The region's file as loaded, for what only one page shows (decrees, notes, its body).
    public let region: Region
    public let name: String
    /// The name after «в»: «в Омской области»; the name itself where the file gives none.
    public let place: String
    public let use: Region.DnevnikUse
    public let system: SystemFacts
    /// How to sign in to Dnevnik.ru, step by step (empty where no school uses it).
    public let signInSteps: [SignInStep]
    public let contact: Contact
    public let freshness: Freshness
    /// What a parent should know about the facts' reliability.
    public let caveat: String?

    public var code: String { region.code }

    /// The region's own e-diary system.
    public struct SystemFacts: Equatable, Sendable {
        /// In full («Московская электронная школа (МЭШ)»); for a Dnevnik.ru region, where
        /// its file names one.
        public let name: String?
        /// As a parent knows it («МЭШ»): titles, lists and sentences use it; «Дневник.ру»
        /// for a Dnevnik.ru region whose file names no system.
        public let shortName: String
        public let address: String?
        public let loginPage: String?
        /// How people sign in, where a source says.
        public let signIn: String?

        /// The one address a parent types: the login page, else the site.
        public var printedAddress: String? { loginPage ?? address }

        /// The facts as rows of a list: on a screen the site and its login page, on paper
        /// only the address a parent types.
        public func rows(printed: Bool) -> [Row] {
            var rows: [Row] = []
            if let name { rows.append(Row(term: .system, value: .text(name))) }
            if printed {
                if let printedAddress { rows.append(Row(term: .address, value: .address(printedAddress))) }
            } else {
                if let address { rows.append(Row(term: .address, value: .address(address))) }
                if let loginPage, loginPage != address { rows.append(Row(term: .loginPage, value: .address(loginPage))) }
            }
            if let signIn { rows.append(Row(term: .signIn, value: .text(signIn))) }
            return rows
        }

        public struct Row: Equatable, Sendable {
            /// Named by its key in `pages/region.md`.
            public enum Term: String, Equatable, Sendable {
                case system, address
                case loginPage = "login_page"
                case signIn = "sign_in"
            }
            public enum Value: Equatable, Sendable { case text(String), address(String) }
            public let term: Term
            public let value: Value
        }
    }

    /// A step of signing in to Dnevnik.ru through Gosuslugi.
    public enum SignInStep: Equatable, Sendable {
        /// Open the region's login page (or the app).
        case openLoginPage(String)
        /// No regional login page known: open dnevnik.ru (or the app) and choose the region.
        case openDnevnikAndChooseRegion
        case pressGosuslugiButton
        /// The first time: grant Dnevnik.ru the name and SNILS.
        case grantAccess
    }

    /// Whom to call or ask.
    public struct Contact: Equatable, Sendable {
        public struct Hotline: Equatable, Sendable {
            public let number: String
            public let hours: String?
        }

        public let hotline: Hotline?
        /// The region's own sentence on whom to ask (`support:`), else the catalogue's «ask
        /// your school» (`pages/region.md`, `ask-the-school`).
        public let advice: String
        /// Whether `advice` is the region's own sentence rather than the fallback.
        public let adviceIsOwn: Bool

        /// Whether the advice names the hotline's number again: a page that shows the
        /// number need not print the sentence under it.
        public var adviceRepeatsHotline: Bool {
            guard let hotline else { return false }
            return advice.contains(hotline.number)
        }

        /// The catalogue's sentence for the hotline (`pages/region.md`: `hotline-with-hours`,
        /// or `hotline` where no hours are known), `{number}` and `{hours}` not yet filled, so
        /// that a page can lay out the number (a link, bold type) and typeset the rest. Every
        /// page and the report word the hotline so.
        public let hotlineTemplate: String?
        /// `pages/region.md`, `where-to-ask`: «Куда обращаться: {advice}».
        let whereToAskTemplate: String

        /// The hotline in one sentence of plain text, the number and hours laid out by the
        /// caller: «Горячая линия: 8-800-381-1234 (в рабочие дни…)».
        public func hotlineSentence(number: (String) -> String = { $0 }, hours: (String) -> String = { $0 }) -> String? {
            guard let hotline, let hotlineTemplate else { return nil }
            return PageText.fill(hotlineTemplate, ["number": number(hotline.number), "hours": hotline.hours.map(hours) ?? ""])
        }

        /// Where to ask, as one line of plain text (the terminal's notice): the hotline where
        /// there is one, else the advice.
        public var whereToAsk: String {
            hotlineSentence() ?? PageText.fill(whereToAskTemplate, ["advice": advice])
        }
    }

    /// When the facts were last confirmed, and from what.
    public struct Freshness: Equatable, Sendable {
        public let confirmed: ContentMonth?
        public let sources: [String]
    }

    /// Why a region cannot be shown.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let code: String
        public let message: String
        public var description: String { "\(code): \(message)" }
    }

    /// The profile of the region with `code`.
    ///
    /// - Throws: ``Problem`` when the knowledge base has no such region, or a region whose
    ///   schools use another system does not name it (the page would say «в системе «»»).
    public init(code: String, in knowledgeBase: KnowledgeBase) throws(Problem) {
        guard let region = knowledgeBase.region(code: code) else {
            throw Problem(code: code, message: Messages.RegionProfiles.noSuchRegion)
        }
        try self.init(region, words: { knowledgeBase.text(.region, $0) })
    }

    /// - Throws: ``Problem`` when a region whose schools use another system does not name it.
    init(_ region: Region, words: (String) -> String) throws(Problem) {
        self.region = region
        name = region.name
        place = region.nameIn ?? region.name
        use = region.dnevnikUse
        guard !name.isEmpty else { throw Problem(code: region.code, message: Messages.RegionProfiles.noName) }
        let shortName = region.systemShort ?? region.system
        if use != .yes, shortName == nil {
            throw Problem(code: region.code, message: Messages.RegionProfiles.otherSystemUnnamed)
        }
        system = SystemFacts(
            name: region.system, shortName: shortName ?? "Дневник.ру",
            address: region.systemURL, loginPage: region.systemLoginURL, signIn: region.signIn)
        if use.includesDnevnik {
            signInSteps = [
                region.loginURL.map(SignInStep.openLoginPage) ?? .openDnevnikAndChooseRegion,
                .pressGosuslugiButton,
                .grantAccess,
            ]
        } else {
            signInSteps = []
        }
        contact = Contact(
            hotline: region.hotline.map { Contact.Hotline(number: $0, hours: region.hotlineHours) },
            advice: region.support ?? words("ask_the_school"), adviceIsOwn: region.support != nil,
            hotlineTemplate: region.hotline == nil ? nil : words(region.hotlineHours == nil ? "hotline" : "hotline_with_hours"),
            whereToAskTemplate: words("where_to_ask"))
        freshness = Freshness(confirmed: region.confirmed, sources: region.sources)
        caveat = region.caveat
    }
}
