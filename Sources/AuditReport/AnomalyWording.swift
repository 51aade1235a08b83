import AuditRecords

/// Puts an anomaly's facts into words for the reports, masking the personal values among them.
///
/// Rules state figures, never sentences (habit 15), so this is where money, shares and spans of
/// time get their format and where names, phones and addresses are masked. Each language has its
/// own file with one sentence per rule (`AnomalyWording+Chinese.swift`, `AnomalyWording+English.swift`);
/// audit.json writes the same facts as data, masked by `masked(_:as:)` so they match the words.
public struct AnomalyWording: Sendable {
    public var masker: PIIMasker
    /// The platform whose traffic export the month has: its data tool is named where a finding
    /// compares with the traffic figures (生意参谋, 京东商智…).
    public var trafficPlatform: Platform
    /// The language `evidence(_:)` and `indicator(_:order:)` write in.
    public var language: Language

    public init(masker: PIIMasker, trafficPlatform: Platform = .taobao, language: Language = .chinese) {
        self.masker = masker
        self.trafficPlatform = trafficPlatform
        self.language = language
    }

    /// The wording a renderer uses: its options' masking and language.
    public init(options: ReportOptions, trafficPlatform: Platform) {
        self.init(masker: options.masker, trafficPlatform: trafficPlatform, language: options.language)
    }

    /// The anomaly's evidence as one sentence in the wording's language.
    public func evidence(_ a: Anomaly) -> String {
        switch language {
        case .chinese: return chinese(a)
        case .english: return english(a)
        }
    }

    /// The evidence sentence, or nil when the rule has no sentence in the wording's language or the
    /// finding lacks a fact the sentence needs (the evidence then lists the facts one by one).
    public func sentence(_ a: Anomaly) -> String? {
        switch language {
        case .chinese: return chineseSentence(a)
        case .english: return englishSentence(a)
        }
    }

    /// A personal value as every report shows it: masked unless the audit was told to reveal it.
    public func masked(_ value: String, as kind: PersonalField) -> String { masker.mask(value, as: kind) }
}

/// Typed reads of an anomaly's facts: nil when a fact is missing or of another kind, so a wording
/// can tell a signal that did not fire from one that did.
struct FactReader {
    let facts: [Fact]
    let wording: AnomalyWording

    func has(_ name: Fact.Name) -> Bool { facts.value(name) != nil }

    func count(_ name: Fact.Name) -> Int? {
        if case .count(let n)? = facts.value(name) { return n }
        return nil
    }

    func number(_ name: Fact.Name) -> Double? {
        if case .number(let x)? = facts.value(name) { return x }
        return nil
    }

    func score(_ name: Fact.Name) -> Int? {
        if case .score(let n)? = facts.value(name) { return n }
        return nil
    }

    func money(_ name: Fact.Name) -> Money? {
        if case .money(let m)? = facts.value(name) { return m }
        return nil
    }

    func ratio(_ name: Fact.Name) -> Double? {
        if case .ratio(let x)? = facts.value(name) { return x }
        return nil
    }

    func seconds(_ name: Fact.Name) -> Int? {
        if case .seconds(let s)? = facts.value(name) { return s }
        return nil
    }

    func hours(_ name: Fact.Name) -> Int? {
        if case .hours(let h)? = facts.value(name) { return h }
        return nil
    }

    func days(_ name: Fact.Name) -> Int? {
        if case .days(let d)? = facts.value(name) { return d }
        return nil
    }

    func day(_ name: Fact.Name) -> CalendarDay? {
        if case .day(let d)? = facts.value(name) { return d }
        return nil
    }

    func timeRange(_ name: Fact.Name) -> (first: LocalTime, last: LocalTime)? {
        if case .timeRange(let a, let b)? = facts.value(name) { return (a, b) }
        return nil
    }

    func text(_ name: Fact.Name) -> String? {
        if case .text(let s)? = facts.value(name) { return s }
        return nil
    }

    /// The personal value, masked as the report shows it.
    func personal(_ name: Fact.Name) -> String? {
        if case .personal(let kind, let s)? = facts.value(name) { return wording.masked(s, as: kind) }
        return nil
    }

    func list(_ name: Fact.Name) -> [Fact.Value]? {
        if case .list(let items)? = facts.value(name) { return items }
        return nil
    }
}
