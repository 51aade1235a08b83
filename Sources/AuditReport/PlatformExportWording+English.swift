import AuditRecords

extension PlatformExportWording {
    static func englishUnmeasurable(_ profile: PlatformProfile, _ source: PlatformProfile.ExportSource) -> String {
        "cannot be measured from \(profile.name.english)'s exports (there is no public export format for "
            + "\(source.name.english))"
    }

    static func englishInstead(_ profile: PlatformProfile) -> String {
        "use targets the contract can measure from \(profile.name.english)'s exports (orders, sales, ad ROI), or agree "
            + "that the agency provides screenshots from \(profile.dataTool.english) to check against"
    }
}
