import AuditContract

extension ContractErrorWording {
    static func english(_ problem: ContractError.Problem) -> String {
        switch problem {
        case .invalidJSON(let line?, let column?):
            return "not valid JSON: an error near line \(line), column \(column) (check quotes, commas and brackets)"
        case .invalidJSON:
            return "not valid JSON (check quotes, commas and brackets)"
        case .unfinishedJSON:
            return "the JSON is not finished: the file ends before the last } or ]"
        case .notUTF8(let line, let byte):
            let hex = "0x" + String(byte, radix: 16, uppercase: true)
            return "not UTF-8: byte \(hex) on line \(line) is not UTF-8 (the file may have been saved as GBK/ANSI). "
                + "Save it as UTF-8: in Notepad “File → Save as”, Encoding “UTF-8”; "
                + "in WPS “File → Save as”, file type “Plain text”, encoding “UTF-8”"
        case .duplicateKey(let first, let second):
            let lines =
                first == second ? "written twice on line \(first)" : "written twice (lines \(first) and \(second))"
            return lines + ": each key may appear once; delete the one you do not mean"
        case .expectedObject(let found):
            return "should be an object {…}, found \(englishShown(found))"
        case .unknownField(let known):
            return "unknown field (known: \(known.joined(separator: ", ")))"
        case .missingText:
            return "missing (should be text)"
        case .expectedText(let found):
            return "should be text (in double quotes), found \(englishShown(found))"
        case .missingNumber:
            return "missing (should be a number)"
        case .expectedNumber(let found):
            return "should be a number (without quotes), found \(englishShown(found))"
        case .numberTooLarge(let found):
            return "number too large (\(found)): at most 999,999,999,999"
        case .negativeAmount(let found):
            return "an amount cannot be negative, found \(found)"
        case .missingMonth:
            return "missing (should be a month, such as \"2025-07\")"
        case .expectedMonth(let found):
            return "should be a month, such as \"2025-07\", found \(englishShown(found))"
        case .unknownPlatform(let found, let known):
            return "unknown platform \(found) (known: \(known.joined(separator: ", ")))"
        case .expectedList(let found):
            return "should be a list […], found \(englishShown(found))"
        case .missingStages:
            return "missing (should be a list of stages […])"
        case .noStages:
            return "the contract has no stages: write at least one"
        case .expectedShare(let found, let percent):
            return "should be a share between 0 and 1 (\(percent)% is written \(shareExample(percent))), found \(found)"
        case .tierAfterOpenEndedTier:
            return "the tier before has no upTo, so it is the last: no tier can follow it"
        case .tierNotAbovePrevious(let previous, let found):
            return "should be above the upTo of the tier before (\(previous)), found \(found)"
        case .expectedWholeDays(let found):
            return "should be a whole number of days, at least 1, found \(found)"
        case .expectedPositiveROI(let found):
            return "should be an ROI above 0 (1:1.5 is written 1.5), found \(found)"
        case .stageEndsBeforeStart(let from, let to):
            return "the end month \(to) is before the start month \(from)"
        case .stagesOverlap(let other, let from, let to):
            return "overlaps stages[\(other)] (\(from)…\(to)): each month belongs to one stage only"
        case .expectedTargets(let found):
            return "should be an object of “metric: target”, such as {\"orders\": 150}, found \(englishShown(found))"
        case .unknownMetric(let known):
            return "unknown metric (known: \(known.joined(separator: ", ")))"
        case .expectedPositiveTarget(let found):
            return "a target should be above 0, found \(found)"
        case .expectedBoolean(let found):
            return "should be true or false, found \(englishShown(found))"
        case .unknownChoice(let found, let known):
            return "unknown value \(found) (known: \(known.joined(separator: ", ")))"
        case .conflictsWith(let path):
            return "contradicts \(path): keep one of the two"
        case .groundNotInContract(let ground):
            return
                "the contract has no \(ground) termination clause (null under termination, or no trial stage), so no refund "
                + "can rest on it: delete this entry or write the clause"
        case .expectedDay(let found):
            return "should be a day, such as \"2025-09-10\", found \(englishShown(found))"
        case .expectedRating(let found):
            return "should be a store rating between 0 and 5 (such as 4.5), found \(found)"
        case .expectedGrowth(let found):
            return "should be a growth, such as 0.3 for up 30% or -0.2 for down 20% (above -1, not 0), found \(found)"
        case .expectedBaseline(let found):
            return
                "should be a baseline month (such as \"2025-06\") or figure (such as 50000), found \(englishShown(found))"
        case .repeatsEntry(let other):
            return "repeats item \(other + 1) of the list: one refund per termination clause"
        case .missingItems:
            return
                "a per-item target names the items it measures: \"items\": [\"612345678901\", \"A-1\"] (by item ID or SKU code, never by title)"
        case .itemsOnStoreMetric(let metric):
            return
                "\(metric) is a figure of the whole store and takes no items: a per-item target is itemUnits (units) or itemSales (sales)"
        case .repeatedItem(let other):
            return "the same item as entry \(other + 1) of items: name each item once"
        case .expectedItemID(let found):
            return
                "should be an item ID or SKU code, such as \"612345678901\" or \"A-1\", found \(englishShown(found))"
        }
    }

    /// A value as the file holds it: `text "5000"`, `number 3`, `boolean true`.
    static func englishShown(_ found: ContractError.Found) -> String {
        switch found {
        case .null: return "null"
        case .text(let s): return "text \"\(s)\""
        case .boolean(let b): return "boolean \(b ? "true" : "false")"
        case .number(let n): return "number \(n)"
        case .list: return "a list […]"
        case .object: return "an object {…}"
        }
    }
}
