/// What English needs that Chinese does not: a noun that agrees with its count.
package enum English {
    /// `1 order`, `3 orders`: the count as the Chinese edition writes it (not grouped), then the noun.
    package static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }
}
