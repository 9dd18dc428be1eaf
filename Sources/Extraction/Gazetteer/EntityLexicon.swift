/// Word lists that shape entity recognition: corporate suffixes, roles, function words,
/// demonyms, places, news organisations and data providers. Tables, easy to extend.
enum EntityLexicon {
    /// Trailing words stripped from organisation names (`ByteDance Ltd.` → `ByteDance`).
    static let corporateSuffixes: Set<String> = [
        "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "llc", "plc", "co", "co.",
        "company", "holdings", "holding", "group", "ag", "sa", "se", "nv", "gmbh", "lp", "llp", "pte",
        "bhd", "s.a.", "n.v.", "incorporated",
    ]

    /// Words that name a role in front of a person (`President Donald Trump`).
    static let roles: Set<String> = [
        "president", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "cto", "founder", "minister",
        "secretary", "secretary-general", "mayor", "director", "spokesman", "spokeswoman", "spokesperson",
        "governor", "senator", "judge", "ambassador", "chancellor", "premier", "boss", "captain", "coach",
        "manager", "commissioner", "officer", "king", "queen", "prince", "princess", "pope", "dr", "mr",
        "mrs", "ms", "sir", "president-elect", "striker", "midfielder", "defender", "goalkeeper", "analyst",
        "economist", "editor", "reporter", "correspondent", "head", "chief", "executive", "general",
        "legend", "supremo", "skipper", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "prof",
    ]
    /// Words that qualify a role (`Vice`, `Prime`, `Health`) and go with it.
    static let roleModifiers: Set<String> = [
        "vice", "deputy", "prime", "chief", "executive", "health", "finance", "foreign", "interior",
        "justice", "defence", "defense", "attorney", "honorary", "former", "acting", "interim", "club",
        "managing", "senior", "general", "u.s.", "us", "state", "economy", "trade", "energy", "culture",
        "transport", "education", "labour", "labor", "agriculture", "environment", "housing", "industry",
        "digital", "science", "tourism", "sports", "communications", "infrastructure", "development",
        "home", "treasury", "transportation",
    ]

    /// Capitalised words that start sentences but name nothing.
    static let functionWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "this", "that", "these", "those",
        "it", "its", "he", "she", "they", "we", "our", "his", "her", "their", "my", "you", "your", "i",
        "when", "while", "after", "before", "according", "however", "meanwhile", "separately", "still",
        "also", "here", "there", "what", "why", "how", "even", "since", "some", "most", "many", "all",
        "both", "each", "if", "as", "by", "with", "from", "to", "of", "so", "yet", "though", "although",
        "unlike", "like", "despite", "under", "over", "about", "around", "more", "less", "than", "such",
        "other", "another", "any", "no", "not", "only", "just", "then", "now", "today", "yesterday",
        "tomorrow", "last", "next", "earlier", "later", "once", "where", "which", "who", "whom", "whose",
        "whether", "because", "until", "among", "between", "within", "without", "into", "onto", "per",
        "via", "during", "through", "across", "against", "toward", "towards", "upon", "several", "few",
        "much", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
        "second", "third", "new", "good", "read", "see", "share", "update", "correction", "exclusive",
        "report", "reports", "key", "points", "topic", "day", "quick", "recap", "compare", "calling",
        "having", "cutting", "price", "investors", "does", "do", "did", "is", "are", "was", "were", "be",
        "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "let",
        "chinese", "american", "anonymous", "sources", "source", "people", "officials", "analysts",
        "reuters", "mr", "mrs", "ms", "yes", "well", "both", "anything", "nothing", "everything",
        "hundreds", "thousands", "dozens", "millions", "tens", "angry", "club", "media", "english",
        "german", "picture", "photo", "disclaimer", "football", "tech", "bundesliga results",
    ]

    /// Adjectives of nationality: on their own they are not entities (`Chinese suppliers`).
    static let demonyms: Set<String> = [
        "chinese", "american", "british", "german", "french", "japanese", "korean", "indian", "russian",
        "libyan", "european", "asian", "western", "eastern", "english", "spanish", "italian", "bavarian",
        "swiss", "iranian", "israeli", "ukrainian", "taiwanese", "australian", "canadian", "mexican",
        "brazilian", "saudi", "african", "arab", "dutch", "irish", "scottish", "welsh", "polish", "turkish",
        "egyptian", "moroccan", "pakistani", "african", "latin", "nordic", "global", "north", "south",
        "northern", "southern", "central", "international", "national", "federal", "domestic", "foreign",
        "americans", "europeans", "asians", "africans", "germans", "britons", "russians", "ukrainians",
        "norwegian", "swedish", "danish", "finnish", "icelandic", "austrian", "belgian", "portuguese",
        "greek", "czech", "hungarian", "romanian", "argentine", "argentinian", "chilean", "colombian",
        "peruvian", "nigerian", "kenyan", "ghanaian", "ethiopian", "indonesian", "malaysian", "thai",
        "vietnamese", "philippine", "singaporean", "emirati", "qatari", "kuwaiti", "iraqi", "syrian",
        "lebanese", "jordanian", "algerian", "tunisian", "bangladeshi", "afghan", "nepali", "nepalese",
        "burmese", "haitian", "cuban", "venezuelan", "ecuadorian", "bolivian", "sudanese", "somali",
        "yemeni", "palestinian", "kurdish", "georgian", "armenian", "azerbaijani", "kazakh", "uzbek",
        "mongolian", "serbian", "croatian", "bosnian", "slovak", "slovenian", "bulgarian", "estonian",
        "latvian", "lithuanian", "belarusian", "cypriot", "omani", "bahraini",
    ]

    /// Countries, regions and large cities: they locate figures more often than they own them.
    static let places: Set<String> = [
        "china", "us", "u.s.", "usa", "united states", "america", "uk", "u.k.", "britain", "england",
        "germany", "france", "japan", "korea", "south korea", "india", "russia", "ukraine", "libya",
        "europe", "asia", "africa", "taiwan", "hong kong", "singapore", "malaysia", "australia", "canada",
        "mexico", "brazil", "iran", "israel", "egypt", "morocco", "pakistan", "turkey", "saudi arabia",
        "ireland", "italy", "spain", "switzerland", "netherlands", "belgium", "sweden", "norway",
        "denmark", "poland", "vietnam", "indonesia", "thailand", "philippines", "beijing", "shanghai",
        "washington", "london", "paris", "berlin", "munich", "moscow", "tokyo", "new york", "brussels",
        "davos", "geneva", "tripoli", "benghazi", "cairo", "bengaluru", "manhattan", "louisiana",
        "bavaria", "california", "texas", "pennsylvania", "scotland", "wales", "eu", "middle east",
        "southeast asia", "south-east asia", "north america", "latin america", "mainland china",
        "silicon valley", "wall street", "gulf", "mediterranean", "nova scotia", "kuwait", "iraq",
        "jordan", "tunisia", "algeria", "qatar", "dubai", "abu dhabi", "uae", "united arab emirates",
        // Every other country, and territories often in the news.
        "afghanistan", "albania", "andorra", "angola", "argentina", "armenia", "austria", "azerbaijan",
        "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belize", "benin", "bhutan", "bolivia",
        "bosnia", "botswana", "brunei", "bulgaria", "burkina faso", "burma", "burundi", "cambodia",
        "cameroon", "chad", "chile", "colombia", "comoros", "congo", "costa rica", "crimea", "croatia",
        "cuba", "cyprus", "czech republic", "czechia", "djibouti", "dominica", "dominican republic",
        "ecuador", "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "gabon",
        "gambia", "gaza", "georgia", "ghana", "greece", "greenland", "grenada", "guatemala", "guinea",
        "guyana", "haiti", "honduras", "hungary", "iceland", "ivory coast", "jamaica", "kashmir",
        "kazakhstan", "kenya", "kiribati", "kosovo", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho",
        "liberia", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "maldives", "mali",
        "malta", "mauritania", "mauritius", "moldova", "monaco", "mongolia", "montenegro", "mozambique",
        "myanmar", "namibia", "nauru", "nepal", "new zealand", "nicaragua", "niger", "nigeria", "north korea",
        "north macedonia", "oman", "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru",
        "portugal", "puerto rico", "romania", "rwanda", "samoa", "san marino", "senegal", "serbia",
        "seychelles", "sierra leone", "slovakia", "slovenia", "somalia", "south africa", "south sudan",
        "sri lanka", "sudan", "suriname", "syria", "tajikistan", "tanzania", "tibet", "togo", "tonga",
        "trinidad", "turkmenistan", "tuvalu", "uganda", "uruguay", "uzbekistan", "vanuatu", "venezuela",
        "west bank", "xinjiang", "yemen", "zambia", "zimbabwe",
    ]

    /// Common wires, papers, broadcasters and data providers: they report figures, they rarely
    /// own them. A general table; an article's other sources are found from how it uses them
    /// (`according to X`, `X reported`: see `Extractor.reporters`).
    /// Whether a lower-cased name is one of `reporters`, with or without a leading `the` or a
    /// trailing news service (`Bloomberg News`, `Dow Jones Newswires`).
    ///
    /// An ASCII name is read on its bytes (every character one byte, so the byte tests are the
    /// `Character` tests); other names go through `String`.
    static func isReporterName(_ lower: String) -> Bool {
        var lower = lower
        if let ascii = lower.withUTF8({ ReporterNames.shared.contains(asciiName: $0) }) { return ascii }
        var name = Substring(lower)
        if name.hasPrefix("the ") { name = name.dropFirst(4) }
        if reporters.contains(String(name)) || reporters.contains("the " + name) { return true }
        for suffix in ReporterNames.serviceSuffixes where name.hasSuffix(suffix) {
            return reporters.contains(String(name.dropLast(suffix.count)))
        }
        return false
    }

    static let reporters: Set<String> = [
        "reuters", "bloomberg", "financial times", "ft", "the information", "ap", "associated press",
        "afp", "cnbc", "cnn", "bbc", "wall street journal", "wsj", "new york times", "nyt",
        "washington post", "guardian", "the guardian", "telegraph", "economist", "the economist", "axios",
        "politico", "nikkei", "xinhua", "tass", "al jazeera", "dpa", "kyodo", "yonhap", "aap", "ansa",
        "efe", "pti", "fox news", "sky news", "forbes", "business insider", "marketwatch",
        "factset", "lseg", "refinitiv", "idc", "gartner", "counterpoint", "canalys", "omdia", "statista",
        "pitchbook", "s&p global", "moody's", "fitch", "morningstar", "similarweb", "sensor tower",
        // The world's press beyond the wires: sports dailies, business papers, broadcasters.
        "marca", "mundo deportivo", "gazzetta dello sport", "la gazzetta dello sport", "gazzetta",
        "corriere dello sport", "tuttosport", "l'equipe", "kicker", "bild", "the athletic", "espn",
        "sky sports", "sky sport italia", "handelsblatt", "les echos", "le monde", "le figaro", "el pais",
        "der spiegel", "spiegel", "economic times", "et", "mint", "livemint", "business standard",
        "the hindu", "times of india", "hindustan times", "caixin", "south china morning post", "scmp",
        "straits times", "the straits times", "globe and mail", "the globe and mail", "nhk", "yomiuri",
        "asahi", "dawn", "the times", "sunday times", "daily mail", "the sun", "mirror", "daily mirror",
        "evening standard", "city a.m.", "new york post", "usa today", "los angeles times", "barron's",
        "investing.com", "yahoo finance", "techcrunch", "the verge", "semafor", "interfax", "ria novosti",
        "anadolu", "bernama", "antara", "pap", "ctk", "ritzau", "ani", "ians", "abc news",
        "cbs news", "nbc news", "npr", "itv", "channel 4", "rai", "zdf", "ard", "bfm", "il mattino",
        "corriere della sera", "la repubblica", "il sole 24 ore", "frankfurter allgemeine", "faz",
        "sueddeutsche zeitung", "nrc",
    ]

    /// Words that open a storm's name (`Hurricane Milton`, `Storm Daniel`): it is no person's.
    static let stormWords: Set<String> = ["hurricane", "storm", "typhoon", "cyclone", "tropical", "tempest"]

    /// Heads of definite descriptions that point back to an organisation (`the company`).
    static let organisationHeads: Set<String> = [
        "company", "firm", "group", "giant", "owner", "parent", "maker", "network", "club", "champions",
        "startup", "start-up", "organisation", "organization", "agency", "body", "ministry", "carmaker",
        "automaker", "chipmaker", "streamer", "lender", "bank", "insurer", "retailer", "operator",
        "conglomerate", "business", "side", "government", "administration", "authority", "utility",
        "platform", "developer", "manufacturer", "supplier", "provider", "corporation", "outfit", "team",
        "bavarians", "hyperscaler", "behemoth", "foundry", "office", "broadcaster", "publication", "fund",
        "investor", "airline", "consortium",
    ]
    /// Stock market indices named before their number (`the S&P 500`, `the FTSE 100`): the
    /// index moves, it is no product model.
    static let marketIndices: Set<String> = [
        "s&p", "ftse", "nikkei", "stoxx", "euro stoxx", "cac", "dax", "hang seng", "nasdaq", "russell", "asx",
        "kospi", "sensex", "nifty", "tsx", "ibex", "msci", "topix", "smi", "omx", "aex", "ftse mib", "csi",
    ]

    /// Heads of definite descriptions that point back to a person (`the CEO`).
    static let personHeads: Set<String> = [
        "ceo", "boss", "chief", "executive", "president", "chairman", "founder", "striker", "captain",
        "player", "forward", "skipper", "minister", "spokesman", "spokeswoman", "supremo", "billionaire",
    ]

    static let prepositions: Set<String> = [
        "in", "at", "from", "to", "for", "with", "on", "of", "outside", "into", "across", "against",
        "than", "like", "including", "versus", "vs", "via", "near", "inside", "within", "throughout",
        "toward", "towards", "around", "behind", "beyond", "among", "about", "over", "under", "after",
        "before", "since", "between", "per", "as", "by", "without",
    ]

    /// Verbs after which a named party is the source of what follows, not its subject.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "wrote", "writes", "reported", "reports", "report",
        "stated", "states", "added", "adds", "noted", "notes", "estimated",
        "estimates", "claimed", "claims", "revealed", "reveals", "disclosed", "insisted", "insists",
        "confirmed", "confirms", "predicted", "predicts", "explained", "argued", "warned", "cited",
        "showed", "shows", "indicated", "believes", "believed", "expects", "expected", "hinted",
        "suggested", "suggests", "blurted",
    ]
}
