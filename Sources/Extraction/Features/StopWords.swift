/// Words too common in English news to tell one story from another.
enum StopWords {
    static let english: Set<String> = [
        "about", "above", "according", "across", "added", "after", "again", "against", "ago", "all",
        "almost", "along", "already", "also", "although", "always", "amid", "among", "and", "another",
        "any", "are", "around", "as", "asked", "away", "back", "based", "because", "been", "before",
        "being", "below", "between", "big", "biggest", "billion", "bln", "both", "but", "can", "cent",
        "click", "come", "comes", "companies", "company", "copy", "copyright", "could", "day", "days",
        "did", "does", "doing", "done", "down", "during", "each", "early", "either", "else", "end",
        "even", "ever", "every", "expected", "familiar", "few", "first", "for", "former", "friday",
        "from", "further", "get", "gets", "getty", "given", "going", "had", "has", "have", "having",
        "her", "here", "hers", "high", "higher", "him", "his", "how", "however", "image", "images", "inc",
        "including", "into", "its", "itself", "just", "know", "large", "largest", "last", "late", "later",
        "least", "less", "like", "likely", "link", "low", "lower", "made", "make", "makes", "many",
        "matter", "may", "million", "mln", "monday", "month", "months", "more", "most", "much", "must",
        "near", "nearly", "need", "new", "news", "next", "nor", "not", "now", "off", "once", "one",
        "only", "onto", "other", "others", "our", "ours", "out", "over", "own", "part", "past", "people",
        "per", "percent", "person", "photo", "plans", "put", "rather", "read", "really", "related",
        "report", "reported", "reportedly", "reporting", "reports", "reserved", "rights", "roughly",
        "said", "same", "saturday", "say", "saying", "says", "see", "seen", "set", "several", "share",
        "she", "should", "since", "some", "source", "sources", "statement", "still", "stories", "story",
        "subscribe", "such", "sunday", "take", "tells", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "thing", "things", "this", "those", "though",
        "three", "through", "thursday", "thus", "time", "times", "today", "told", "too", "top", "toward",
        "towards", "trillion", "tuesday", "two", "under", "until", "upon", "use", "used", "using", "very",
        "via", "want", "was", "way", "ways", "wednesday", "week", "weeks", "well", "went", "were", "what",
        "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
        "within", "without", "would", "year", "years", "yet", "you", "your", "yours",
    ]

    /// `english` by packed bytes: a key-term candidate is tested without a `String`.
    static let index = PackedWordIndex(Dictionary(uniqueKeysWithValues: english.map { ($0, ()) }))
}
