import ClaimModel

/// The bundle date line, `On Wed, 22 Jan, 8:02 AM UTC`: a weekday, a day and a month, no year.
enum DateLine {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    static let weekdays: [String: Int] = [
        "mon": 1, "monday": 1, "tue": 2, "tues": 2, "tuesday": 2, "wed": 3, "wednesday": 3, "thu": 4,
        "thur": 4, "thurs": 4, "thursday": 4, "fri": 5, "friday": 5, "sat": 6, "saturday": 6, "sun": 7,
        "sunday": 7,
    ]

    /// The parts of a date line, or nil when the line is not one.
    static func parse(_ line: String) -> (weekday: Int, day: Int, month: Int)? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).map {
            $0.lowercased()
        }
        guard words.count >= 4, words[0] == "on", let weekday = weekdays[words[1]] else { return nil }
        if let day = Int(words[2]), let month = months[words[3]] { return (weekday, day, month) }
        if let month = months[words[2]], let day = Int(words[3]) { return (weekday, day, month) }
        return nil
    }

    /// The date the line names: with `year` given, that year; otherwise the most recent year, not
    /// after `today`, in which that day of that month falls on that weekday.
    static func resolve(_ line: String, today: Day, year: Int?) -> Day? {
        guard let parts = parse(line) else { return nil }
        if let year { return Day(year: year, month: parts.month, day: parts.day) }
        var candidate = today.year
        // The weekday pattern of a date repeats within 28 years (a little more across 2100).
        while candidate >= today.year - 40 {
            if let day = Day(year: candidate, month: parts.month, day: parts.day), day <= today,
                day.weekday == parts.weekday
            {
                return day
            }
            candidate -= 1
        }
        return nil
    }
}
