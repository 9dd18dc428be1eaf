/// Scale words after a number. `attachedOnly` words count only glued to the digits (`$5.5bn`,
/// `£82m`, `$80B`), because spaced they mean something else (`5 m` of rope).
enum Magnitudes {
    static let words: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
        "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
        "crore": 1e7, "lakh": 1e5,
    ]
    static let attachedOnly: [String: Double] = ["k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12]

    /// Number words, lower-case.
    static let numberWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "dozen": 12, "pair": 2,
    ]

    /// Units after a tens word and a hyphen (`thirty-eight`; `one` alone is no figure).
    static let unitsAfterTens: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]

    /// Fractions that state a share (`half of the amount` → 50 percent).
    static let fractions: [String: Double] = [
        "half": 50, "quarter": 25, "third": 100.0 / 3, "two-thirds": 200.0 / 3, "three-quarters": 75,
    ]
}
