/// How sure and how serious an anomaly is. High and medium are what the merchant should raise with the agency.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case low, medium, high

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
