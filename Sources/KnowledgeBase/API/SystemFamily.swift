/// The family of e-diary systems a region's schools use (`system_family:` in its file), which
/// decides the system articles it shows (`about: system`, `system:`). Dnevnik.ru regions are
/// `dnevnik` whatever their file says.
public enum SystemFamily: String, CaseIterable, Sendable {
    /// Dnevnik.ru.
    case dnevnik
    /// ТОР «Моя школа» and the «Госуслуги Моя школа» app.
    case top
    /// «Сетевой город. Образование» and its regional variants (АСУ РСО, ГИС СОЛО…).
    case sgo
    /// МЭШ in Moscow and «Моя школа» built on МЭШ in the regions.
    case mesh
    /// Any other system, or none: the region keeps its own page and the Gosuslugi articles.
    case other

    /// The families that have articles of their own (`system:` of an article).
    public static let withArticles: [SystemFamily] = [.top, .sgo, .mesh]
}
