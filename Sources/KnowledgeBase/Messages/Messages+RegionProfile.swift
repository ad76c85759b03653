/// Why a region cannot be assembled into the value its pages show (``RegionProfile``).
extension Messages {
    enum RegionProfiles {
        static let noSuchRegion = "в базе знаний нет региона с таким кодом"
        static let noName = "у региона нет названия (name)"
        static let otherSystemUnnamed = "школы региона работают не в Дневник.ру, но система не названа (system, system_short)"
    }
}
