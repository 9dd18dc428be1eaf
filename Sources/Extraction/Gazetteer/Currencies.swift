/// Currency names, symbols and codes, mapped to ISO 4217. Extend the tables, not the parser.
enum Currencies {
    /// Symbols written before a number, longest first so `US$` wins over `$`.
    static let prefixSymbols: [(String, String)] = [
        ("US$", "USD"), ("$US", "USD"), ("A$", "AUD"), ("$A", "AUD"), ("AU$", "AUD"), ("C$", "CAD"),
        ("CA$", "CAD"), ("$C", "CAD"), ("HK$", "HKD"), ("S$", "SGD"), ("NZ$", "NZD"), ("NT$", "TWD"),
        ("R$", "BRL"), ("$", "USD"), ("\u{20AC}", "EUR"), ("\u{00A3}", "GBP"), ("\u{00A5}", "JPY"),
        ("\u{20B9}", "INR"), ("\u{20A9}", "KRW"), ("\u{20BD}", "RUB"), ("\u{20BA}", "TRY"),
        ("\u{20A6}", "NGN"), ("\u{20AA}", "ILS"), ("GH\u{20B5}", "GHS"), ("GH\u{00A2}", "GHS"),
        ("\u{20B5}", "GHS"), ("\u{20B1}", "PHP"), ("\u{20B4}", "UAH"), ("\u{20B8}", "KZT"),
        ("\u{09F3}", "BDT"),
    ]

    /// ISO codes (and common non-ISO spellings) that may stand before or after a number.
    static let codes: [String: String] = {
        var table: [String: String] = [:]
        for code in [
            "USD", "EUR", "GBP", "CNY", "JPY", "AUD", "CAD", "CHF", "HKD", "INR", "KRW", "SGD", "NZD",
            "TWD", "BRL", "RUB", "TRY", "ZAR", "MXN", "SEK", "NOK", "DKK", "PLN", "LYD", "SAR", "AED",
            "EGP", "NGN", "ILS", "IDR", "MYR", "THB", "PHP", "VND", "PKR", "KWD", "QAR", "IQD", "CZK", "HUF",
            "GHS", "UAH", "RON", "BGN", "KES", "UGX", "TZS", "BDT", "ETB", "ZMW", "KZT", "COP", "CLP", "ARS",
            "ISK", "LKR", "NPR", "BTC",
        ] {
            table[code] = code
        }
        table["RMB"] = "CNY"
        table["Rmb"] = "CNY"
        table["rmb"] = "CNY"
        return table
    }()

    /// Currency words written after a number (`150 billion yuan`), lower-case, singular and plural.
    /// An empty code means the name is shared by several currencies (see `ambiguous`).
    static let names: [String: String] = [
        "yuan": "CNY", "renminbi": "CNY", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "sterling": "GBP", "dollar": "USD", "dollars": "USD", "yen": "JPY", "won": "KRW", "rupee": "",
        "rupees": "", "franc": "CHF", "francs": "CHF", "rand": "ZAR", "ringgit": "MYR", "baht": "THB",
        "real": "BRL", "reais": "BRL", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
        "lira": "TRY", "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "naira": "NGN",
        "shekel": "ILS", "shekels": "ILS", "zloty": "PLN", "rupiah": "IDR", "dinar": "", "dinars": "",
        "peso": "", "pesos": "", "krona": "", "kronor": "", "krone": "", "kroner": "", "crown": "",
        "crowns": "", "zlotys": "PLN", "cedi": "GHS", "cedis": "GHS", "forint": "HUF", "forints": "HUF",
        "koruna": "CZK", "korunas": "CZK", "hryvnia": "UAH", "hryvnias": "UAH", "leu": "RON", "lei": "RON",
        "taka": "BDT", "birr": "ETB", "tenge": "KZT", "dong": "VND", "shilling": "", "shillings": "",
        "kwacha": "", "bitcoin": "BTC", "bitcoins": "BTC",
    ]

    /// Names shared by several countries: the code follows the country the text names.
    static let ambiguous: [String: [(country: String, code: String)]] = [
        "dinar": [
            ("Libya", "LYD"), ("Kuwait", "KWD"), ("Iraq", "IQD"), ("Jordan", "JOD"), ("Bahrain", "BHD"),
            ("Tunisia", "TND"), ("Algeria", "DZD"), ("Serbia", "RSD"),
        ],
        "peso": [
            ("Mexico", "MXN"), ("Philippines", "PHP"), ("Argentina", "ARS"), ("Chile", "CLP"),
            ("Colombia", "COP"),
        ],
        "rupee": [("India", "INR"), ("Pakistan", "PKR"), ("Sri Lanka", "LKR"), ("Nepal", "NPR")],
        "krona": [("Sweden", "SEK"), ("Iceland", "ISK")],
        "krone": [("Norway", "NOK"), ("Denmark", "DKK")],
        "shilling": [("Kenya", "KES"), ("Uganda", "UGX"), ("Tanzania", "TZS"), ("Somalia", "SOS")],
        "kwacha": [("Zambia", "ZMW"), ("Malawi", "MWK")],
        // The rand's sign (`R68.4bn`), read as money only in an article naming South Africa.
        randSign: [("South Africa", "ZAR")],
        // The crowns of the wires' English (`210 million Danish crowns`).
        "crown": [
            ("Denmark", "DKK"), ("Sweden", "SEK"), ("Norway", "NOK"), ("Czech Republic", "CZK"),
            ("Iceland", "ISK"),
        ],
    ]

    /// Cities and provinces that stand for a country sharing a currency's name (lower-case): a
    /// Karachi paper's rupees are Pakistan's though it never names Pakistan.
    static let countryPlaces: [String: [String]] = [
        "Pakistan": [
            "karachi", "lahore", "islamabad", "rawalpindi", "peshawar", "quetta", "sindh", "balochistan",
            "khyber pakhtunkhwa",
        ],
        "India": [
            "mumbai", "delhi", "new delhi", "bengaluru", "bangalore", "chennai", "kolkata", "maharashtra",
            "gujarat", "kerala", "tamil nadu", "karnataka",
        ],
        "Sri Lanka": ["colombo"], "Nepal": ["kathmandu"],
        "Philippines": ["manila", "luzon", "mindanao", "cebu"],
        "Mexico": ["mexico city", "monterrey", "guadalajara"],
        "Argentina": ["buenos aires"], "Chile": ["santiago"], "Colombia": ["bogota", "medellin"],
        "Kenya": ["nairobi", "mombasa"], "Uganda": ["kampala"], "Tanzania": ["dar es salaam", "dodoma"],
        "Zambia": ["lusaka"], "Malawi": ["lilongwe"], "Sweden": ["stockholm"], "Norway": ["oslo"],
        "Denmark": ["copenhagen"], "Czech Republic": ["prague"], "Iraq": ["baghdad", "basra"],
        "Kuwait": ["kuwait city"], "Jordan": ["amman"], "Libya": ["tripoli", "benghazi"],
        "Tunisia": ["tunis"], "Algeria": ["algiers"], "Serbia": ["belgrade"],
        "South Africa": [
            "johannesburg", "cape town", "durban", "pretoria",
        ],
    ]

    /// The code of a shared name in an article that names none of its countries, where one
    /// country's currency is most of the news's (the rupee: India's).
    static let unnamedCountryCodes: [String: String] = ["rupee": "INR"]

    /// The key of `ambiguous` for the rand's sign written before an amount.
    static let randSign = "R"

    /// Signs written as letters before an amount, glued or spaced, by their code or their key
    /// in `ambiguous`: the rupee's (`Rs 1,140 crore`, `Rs. 500`, `Rs175`: which rupee follows
    /// the country the article names, as for the word), the zloty's (`zł11.2bn`) and the taka's
    /// (`Tk 8.2 trillion`).
    static let wordSigns: [String: String] = ["Rs": "rupee", "z\u{0142}": "PLN", "Tk": "BDT"]

    /// The amount's index and the sign's code or `ambiguous` key when `tokens[i]` is a sign of
    /// `wordSigns` written before an amount (a dot after it and a space allowed), or nil.
    static func amountAfterWordSign(_ tokens: [Token], _ i: Int, end: Int) -> (amount: Int, key: String)? {
        guard tokens[i].kind == .word, tokens[i].characterCount == 2, i + 1 < end,
            let key = wordSigns[tokens[i].text]
        else { return nil }
        let k = tokens[i + 1].isSymbol(".") && !tokens[i + 1].spaceBefore ? i + 2 : i + 1
        return k < end && tokens[k].kind == .number ? (k, key) : nil
    }

    /// Whether the word at `i` is part of a currency's sign before an amount: a sign of
    /// `wordSigns` (`Rs 500`), or the letters of a sign glued to its symbol (`GH₵50,000`).
    static func opensSign(_ tokens: [Token], _ i: Int, end: Int) -> Bool {
        if amountAfterWordSign(tokens, i, end: end) != nil { return true }
        return i + 2 < end && tokens[i + 1].kind == .symbol && !tokens[i + 1].spaceBefore
            && tokens[i + 2].kind == .number
            && QuantityParser.prefixSymbolCodes[tokens[i].text + tokens[i + 1].text] != nil
    }

    /// The adjective of a country that shares a currency's name: a text that says `Danish`
    /// speaks of Denmark's crowns.
    static let adjectives: [String: String] = [
        "Denmark": "danish", "Sweden": "swedish", "Norway": "norwegian", "Czech Republic": "czech",
        "Iceland": "icelandic", "Mexico": "mexican", "Philippines": "philippine", "Argentina": "argentine",
        "Chile": "chilean", "Colombia": "colombian", "India": "indian", "Pakistan": "pakistani",
        "Nepal": "nepalese", "Libya": "libyan", "Kuwait": "kuwaiti", "Iraq": "iraqi", "Jordan": "jordanian",
        "Bahrain": "bahraini", "Tunisia": "tunisian", "Algeria": "algerian", "Serbia": "serbian",
    ]

    /// Adjectives that pick a dollar (`Australian dollars`), or a dinar (`Libyan dinars`).
    static let qualified: [String: String] = [
        "australian dollar": "AUD", "canadian dollar": "CAD", "hong kong dollar": "HKD",
        "singapore dollar": "SGD", "new zealand dollar": "NZD", "taiwan dollar": "TWD", "us dollar": "USD",
        "u.s. dollar": "USD", "american dollar": "USD", "libyan dinar": "LYD", "kuwaiti dinar": "KWD",
        "iraqi dinar": "IQD", "jordanian dinar": "JOD", "indian rupee": "INR", "pakistani rupee": "PKR",
        "mexican peso": "MXN", "philippine peso": "PHP", "argentine peso": "ARS", "swedish krona": "SEK",
        "norwegian krone": "NOK", "danish krone": "DKK", "swiss franc": "CHF", "chinese yuan": "CNY",
        "danish crown": "DKK", "swedish crown": "SEK", "norwegian crown": "NOK", "czech crown": "CZK",
        "icelandic crown": "ISK",
    ]

    /// The singular key of a currency word for `ambiguous` (`dinars` → `dinar`).
    static func singular(_ word: String) -> String {
        switch word {
        case "kronor": return "krona"
        case "kroner": return "krone"
        default: return word.hasSuffix("s") ? String(word.dropLast()) : word
        }
    }
}
