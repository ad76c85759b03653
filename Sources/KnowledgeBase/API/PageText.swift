/// The words of the site's own pages, outside the Swift that lays them out: one file per page
/// kind, `pages/<kind>.md` in the knowledge base, whose front matter maps a key to a text
/// (docs/content-format.md, "Page texts"). A school rewords «Куда обращаться» there, not in
/// Swift; `spravka check` reports a missing or unknown key like any other field. Texts are
/// plain: the site gives them the same typography as articles (no-break spaces are placed at
/// render time, never typed), and `{name}` marks where the page puts a value (the region's
/// name, an address).
public enum PageText {
    /// A file of the catalogue, named after the pages it words.
    public enum Kind: String, CaseIterable, Sendable {
        case site
        case region
        case regionHome = "region-home"
        case leaflet
        case chooser
        case search
        case vote
        case operatorConsole = "operator"
        case wizard
        case article
        case shell
    }

    /// Every key the file of `kind` must have, in the order the file lists them.
    public static func keys(of kind: Kind) -> [String] {
        switch kind {
        case .site:
            return [
            "topic_gosuslugi",
            "topic_login",
            "topic_children",
            "topic_data",
            "topic_remedy",
            "topic_school",
            "topic_background",
            "topic_faq",
            "topic_login_system",
            "audience_parent",
            "audience_student_under_14",
            "audience_student_14_17",
            "audience_student_18_plus",
            "audience_school_staff",
            "audience_operator",
            "path_parent",
            "path_student_under_14",
            "path_student_14_17",
            "path_student_18_plus",
            "path_school_staff",
            "party_caller",
            "party_parent",
            "party_student",
            "party_school",
            "party_gosuslugi",
            "party_mfc",
            "party_hotline",
            ]
        case .region:
            return [
            "system",
            "address",
            "login_page",
            "sign_in",
            "hotline",
            "hotline_with_hours",
            "ask_the_school",
            "where_to_ask",
            "step_open_login_page",
            "step_open_dnevnik",
            "step_press_button",
            "step_grant_access",
            ]
        case .regionHome:
            return [
            "title_dnevnik",
            "title_other",
            "description_dnevnik",
            "description_other",
            "breadcrumb_regions",
            "lead_other_system",
            "family_sign_in",
            "lead_no_system",
            "lead_partly",
            "partly_heading",
            "partly_text",
            "caveat_label",
            "quick_start_heading",
            "quick_start_details",
            "wizard_button",
            "wizard_lead",
            "contact_heading",
            "no_hotline",
            "checked",
            "source",
            "all_sources",
            "leaflet_link",
            "leaflet_link_after",
            "details_summary",
            "details_login",
            "details_site",
            "details_esia_only",
            "details_esia_since",
            "details_system",
            "details_school_hours",
            "decrees_heading",
            "notes_heading",
            "paths_heading",
            "all_articles_heading",
            ]
        case .leaflet:
            return [
            "title_dnevnik",
            "title_other",
            "page_title",
            "description",
            "breadcrumb",
            "lead_dnevnik",
            "lead_partly",
            "partly_heading",
            "lead_other_system",
            "lead_no_system",
            "steps_heading",
            "needs_heading",
            "needs_adult_who",
            "needs_adult",
            "needs_teen_who",
            "needs_teen",
            "needs_child_who",
            "needs_child",
            "needs_data",
            "contact_heading",
            "class_teacher",
            "code_help",
            "code_wizard",
            "code_system",
            "code_title",
            "checked",
            "help_address",
            "print_note",
            ]
        case .chooser:
            return [
            "page_title",
            "description",
            "heading",
            "lead",
            "filter_label",
            "filter_placeholder",
            "partly",
            "dnevnik_heading",
            "dnevnik_text",
            "regions_one",
            "regions_many",
            "common_heading",
            "common_gosuslugi",
            "common_adults",
            "common_teens",
            "common_children",
            ]
        case .search:
            return [
            "page_title",
            "description",
            "breadcrumb",
            "heading",
            "input_label",
            "button",
            "help_heading",
            "help_wizard",
            "help_wizard_text",
            "help_all",
            "help_all_link",
            "all_articles_heading",
            ]
        case .vote:
            return [
            "question",
            "yes",
            "no",
            "description",
            "yes_title",
            "yes_heading",
            "yes_text",
            "no_title",
            "no_heading",
            "no_text",
            "no_wizard",
            "no_wizard_link",
            "no_search",
            "no_search_link",
            "home_link",
            ]
        case .wizard:
            return ["heading", "lead", "noscript", "no_cause", "fallback", "page_title", "description", "breadcrumb", "check", "fix_by", "more"]
        case .article:
            return [
            "for_whom", "checked", "history_heading", "history_text", "history_now_dnevnik", "history_now_link",
            "history_now_other", "history_home_link", "see_also", "wizard_link",
            ]
        case .shell:
            return [
            "title_suffix", "site_name", "feed_title", "skip", "crumbs_label", "brand", "brand_tagline", "search_label",
            "search_placeholder", "search_button", "footer_about", "footer_other_region", "footer_wizard", "footer_choose_region",
            "not_found_heading", "not_found_text", "not_found_button", "not_found_title", "not_found_description",
            ]
        case .operatorConsole:
            return [
            "page_title",
            "description",
            "heading",
            "lead",
            "noscript",
            "call_heading",
            "mode_legend",
            "mode_first_fix",
            "mode_all",
            "new_call",
            "checks_heading",
            "checks_note",
            "snils_label",
            "snils_button",
            "fio_1_label",
            "fio_2_label",
            "fio_button",
            "summary_heading",
            "summary_empty",
            "summary_copy",
            "summary_print",
            "log_heading",
            "log_download",
            "log_clear",
            "log_note",
            "keys_heading",
            "key_answer",
            "key_unknown",
            "key_hint",
            "key_back",
            "key_checks",
            "key_accept",
            "key_rest",
            "key_new_call",
            ]
        }
    }

    /// `template` with each `{name}` replaced by `values[name]`; other braces stay as they are.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                out += value
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
