/// Months and weekdays in the spellings news text uses.
enum CalendarWords {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
        "dec": 12,
    ]
    /// Months whose short form is also an ordinary word: only the full capitalised name counts.
    static let ambiguousMonths: Set<String> = ["may", "mar", "jun", "jul", "aug", "dec", "sep", "jan"]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
        "sunday": 7,
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ]
    /// Time-zone words that end a dateline (`02:41 IST`).
    static let zones: Set<String> = [
        "utc", "gmt", "ist", "et", "est", "edt", "pt", "pst", "pdt", "cet", "bst",
    ]
}
