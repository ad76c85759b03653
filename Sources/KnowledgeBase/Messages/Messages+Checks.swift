/// What the checks across files report (`Checks/`), rule by rule.
extension Messages {
    enum Checks {
        // MARK: RegionFilesRule

        static let missingDefaults = "нет файла regions/_defaults.md со значениями, которые наследуют все регионы"
        static func missingRegionFile(_ code: String, name: String) -> String { "нет файла региона \(code) (\(name))" }
        static func unknownRegionCode(_ code: String) -> String { "неизвестный код региона «\(code)»: такого субъекта федерации нет" }
        static func nameDiffers(official: String) -> String { "название отличается от официального «\(official)»" }
        static func regionalArticleWithoutRegion(_ code: String) -> String {
            "региональная статья для региона \(code), у которого нет файла regions/\(code).md"
        }

        // MARK: RegionTruthRule

        static func factsTooOld(code: String, name: String, confirmed: ContentMonth, months: Int, today: ContentDate) -> String {
            "факты о регионе \(code) (\(name)) проверены \(RussianCalendar.said(confirmed)) — больше \(RussianPlural.count(months, "месяца", "месяцев", "месяцев")) назад на \(RussianCalendar.said(today))"
        }
        static let factsTooOldHint = "проверьте источники заново, затем обновите факты и «confirmed»"
        static func dnevnikArticleInRegionWithout(code: String, name: String) -> String {
            "статья о Дневник.ру, но регион \(code) (\(name)) в нём не работает (dnevnik_ru: no)"
        }
        static func dnevnikArticleInRegionWithoutHint(code: String) -> String {
            "уберите \(code) из «regions» или напишите «about: gosuslugi», если статья верна во всех регионах"
        }
        static func regionalDnevnikArticle(code: String, name: String) -> String {
            "регион \(code) (\(name)) не работает в Дневник.ру, поэтому статью о Дневник.ру там можно оставить только как историю"
        }
        // MARK: SystemArticleRule

        static let systemArticleWithoutSources = "у статьи о другой системе нет «sources»: на чём основан её текст"
        static let systemArticleWithoutSourcesHint = "перечислите в «sources» источники: адрес — что там сказано (seen ГГГГ-ММ-ДД); берите справку самой системы, министерства и школы региона"
        static func systemSourceTooOld(article: String, seen: ContentDate, months: Int, today: ContentDate) -> String {
            "источник статьи «\(article)» просмотрен \(RussianCalendar.said(seen)) — больше \(RussianPlural.count(months, "месяца", "месяцев", "месяцев")) назад на \(RussianCalendar.said(today))"
        }
        static let systemSourceTooOldHint = "откройте источник снова: если он говорит то же, обновите дату «seen», если нет — исправьте статью"
        static func systemArticleInOtherRegion(system: SystemFamily, code: String, name: String, family: SystemFamily) -> String {
            "статья о \(said(system)), но школы региона \(code) (\(name)) работают в \(said(family))"
        }
        /// A family as a sentence names it.
        static func said(_ family: SystemFamily) -> String {
            switch family {
            case .dnevnik: return "Дневник.ру"
            case .top: return "ТОР «Моя школа»"
            case .sgo: return "«Сетевом городе» и его вариантах"
            case .mesh: return "МЭШ и «Моей школе» на её основе"
            case .other: return "другой системе"
            }
        }
        static let systemArticleInOtherRegionHint = "уберите регион из «regions» или поправьте «system_family» в файле региона, если ошиблись там"

        static let regionalDnevnikArticleHint = "добавьте «history: true» и расскажите о прежнем порядке в прошедшем времени или напишите «about: gosuslugi»"

        // MARK: DnevnikAddressRule

        static func dnevnikAddressShown(_ address: String, regions codes: [String]) -> String {
            "адрес Дневник.ру «\(address)» показался бы в \(regionsPrepositional(codes)), где школы не работают в Дневник.ру"
        }
        static let dnevnikAddressShownHint = "скажите это словами или поставьте тексту «about: dnevnik», чтобы его показывали только регионы с Дневник.ру"

        // MARK: ReferenceRule

        static func regionWithoutFile(_ code: String) -> String { "у региона \(code) нет файла regions/\(code).md" }
        static func noArticle(_ id: String) -> String { "нет статьи «\(id)»" }
        static func notCommonArticle(_ id: String) -> String { "«\(id)» — не общая статья" }
        static func articleNotShown(_ id: String, regions codes: [String]) -> String {
            "статья «\(id)» не показывается в \(regionsPrepositional(codes)), где есть этот текст"
        }
        static let articleNotShownHint = "проверьте «regions» у той статьи или ограничьте эту статью так же"

        // MARK: LinkRule

        static let emptyLink = "у ссылки нет адреса"
        static let httpLink = "ссылка на адрес http://"
        static let httpLinkHint = "используйте https://, если сайт его поддерживает"
        static func unsafeLink(_ destination: String, scheme: String) -> String {
            "небезопасная ссылка «\(destination)»: сайт удаляет ссылки «\(scheme):»"
        }
        static func unusualScheme(_ scheme: String) -> String { "ссылка с необычной схемой «\(scheme):»" }
        static func notArticleOrAddress(_ destination: String) -> String {
            "ссылка «\(destination)» — не id статьи и не полный адрес https://"
        }
        static func linkByIDHint(_ link: String) -> String { "ссылайтесь на статью по её id: [текст](\(link))" }
        static func noAnchorInThisFile(_ anchor: String) -> String { "в этом файле нет заголовка с якорем «#\(anchor)»" }
        static func pageWithoutHeadings(_ page: String, anchor: String) -> String {
            "у страницы «\(page)» нет заголовков для ссылок; уберите «#\(anchor)»"
        }
        static func noAnchorInArticle(_ anchor: String, article: String, region: String?) -> String {
            let which = region.map { " (в версии для региона \($0))" } ?? ""
            return "в статье «\(article)»\(which) нет заголовка с якорем «#\(anchor)»"
        }
        static let targetWithoutHeadings = "заголовков там нет"
        static func anchorsThere(_ anchors: [String]) -> String { "якоря там: " + list(anchors) }

        // MARK: VariableRule

        static func listVariable(_ name: String) -> String { "\(name) — список, его нельзя использовать как переменную" }
        static func unknownVariable(_ name: String) -> String { "неизвестная переменная региона \(name)" }
        static func variableKeysHint(_ keys: [String]) -> String { "ключи: " + keys.joined(separator: ", ") }
        static func didYouMeanVariable(_ key: String) -> String { "возможно, вы имели в виду {{region.\(key)}}" }
        static let hotlineVariableHint = "у горячей линии нет значения по умолчанию: ограничьте текст через «regions:» регионами, где она есть, или используйте {{region.support}}"
        static func setVariableHint(_ key: String) -> String { "задайте «\(key)» в файлах регионов или в regions/_defaults.md" }
        static func noDefaultValue(_ name: String, key: String) -> String {
            "у \(name) нет значения: regions/_defaults.md не задаёт «\(key)»"
        }
        static func noValueInRegions(_ name: String, regions codes: [String]) -> String {
            "у \(name) нет значения для \(regionsGenitive(codes))"
        }

        // MARK: ContractRule

        static func missingQuestion(_ fact: String) -> String { "нет вопроса для факта «\(fact)» из диагностического контракта" }
        static func notAFact(_ fact: String) -> String { "«\(fact)» — не факт диагностического контракта" }
        static func unreachableQuestion(_ fact: String) -> String {
            "недостижимый вопрос: факт «\(fact)» не входит ни в одно условие причин"
        }
        static func optionNotAValue(_ option: String, fact: String) -> String { "вариант «\(option)» — не значение факта «\(fact)»" }
        static func missingOption(_ value: String, label: String?) -> String {
            "нет варианта «\(value)»" + (label.map { " (\($0))" } ?? "")
        }
        static let optionsOutOfOrder = "варианты идут не в том порядке, что в контракте"
        static func expectedOrder(_ values: [String]) -> String { "нужный порядок: " + values.joined(separator: ", ") }
        static func missingCauseFile(_ cause: String) -> String { "нет файла причины «\(cause)» из диагностического контракта" }
        static func notACause(_ cause: String) -> String { "«\(cause)» — не причина из диагностического контракта" }
        static func fixByLeavesOut(_ parties: [String]) -> String {
            parties.count == 1
                ? "в «fix_by» не указан \(quoted(parties)), хотя по контракту он тоже устраняет эту причину"
                : "в «fix_by» не указаны \(quoted(parties)), хотя по контракту они тоже устраняют эту причину"
        }
        static func causeArticleRestricted(_ id: String, regions codes: [String]) -> String {
            "статья «\(id)» показывается только в \(regionsPrepositional(codes)), а причина действует везде"
        }

        // MARK: EmptyBodyRule

        static let emptyArticle = "пустой текст: статья ничего не показывает"
        static let emptyRemedy = "пустой текст: у причины нет решения"
        static let emptyRemedyHint = "напишите шаги решения нумерованным списком"
        static let emptyQuestionHint = "пустой текст: у вопроса нет подсказки"
        static let emptyQuestionHintHint = "напишите, как звонящий может проверить ответ"

        // MARK: FillInRule

        static func stillToFillIn(_ key: String) -> String { "«\(key)» ещё не заполнено" }
        static let emptyRegionKeyHint = "впишите значение или удалите строку, если у региона его нет"
        static func replaceMarkerHint(_ marker: String) -> String { "замените \(marker) и слова после него своим текстом" }
        static let textStillToFillIn = "текст ещё не заполнен"

        // MARK: HeadingRule

        static let variableInHeading = "в заголовке есть переменная региона, поэтому его якорь в каждом регионе свой"
        static let variableInHeadingHint = "не используйте переменные региона в заголовках, на которые ссылаются другие статьи"

        // MARK: NoBreakSpaceRule

        static func noBreakSpaces(count: Int) -> String {
            count == 1
                ? "неразрывный пробел в тексте: наберите обычный пробел; неразрывные пробелы сайт ставит сам"
                : "неразрывный пробел в тексте (\(count) в этой строке): наберите обычные пробелы; неразрывные пробелы сайт ставит сам"
        }
    }
}
