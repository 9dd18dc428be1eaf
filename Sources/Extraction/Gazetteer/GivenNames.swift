/// Common given names across languages, lower-case: a name that starts with one is a person's
/// (`Herbert Hainer`), even without a role word. General tables; extend them, not the recogniser.
enum GivenNames {
    /// The census names (`GivenNamesCensus.swift`, generated) and the curated table.
    static let all: Set<String> = Set(census).union(curated)

    /// `all` by packed word: an ASCII name is looked up without hashing a `String`.
    static let index = PackedWordIndex(Dictionary(uniqueKeysWithValues: all.map { ($0, true) }))

    /// Whether the first part of a lower-case word split at `-` (empty parts dropped, as
    /// `split(separator:)` does) is a given name: `jean-pierre` → `jean`. An ASCII word is read
    /// on its bytes.
    static func startsWithGivenName(_ lower: String) -> Bool {
        var lower = lower
        let ascii: Bool? = lower.withUTF8 { bytes in
            for b in bytes where b >= 0x80 { return nil }
            var start = 0
            while start < bytes.count, bytes[start] == 0x2D { start += 1 }
            guard start < bytes.count else { return false }
            var end = start
            while end < bytes.count, bytes[end] != 0x2D { end += 1 }
            let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if let packed = PackedWord(part) { return index.value(packed) != nil }
            return all.contains(String(decoding: part, as: UTF8.self))
        }
        if let ascii { return ascii }
        guard let given = lower.split(separator: "-").first else { return false }
        return all.contains(String(given))
    }

    /// Short forms and names that are also English words (`Mark`, `Frank`, `Bill`), which the
    /// census table leaves out, and common given names of other languages.
    static let curated: [String] = [
        // English
        "aaron", "adam", "alan", "albert", "alex", "alexander", "alice", "alison", "amanda", "amy", "andrew",
        "andy", "angela", "ann", "anna", "anne", "anthony", "arthur", "ashley", "barbara", "barry", "ben",
        "benjamin", "bernard", "beth", "betty", "bill", "bob", "brad", "brandon", "brenda", "brian", "bruce",
        "carl", "carol", "caroline", "catherine", "charlotte", "chris", "christine", "christopher", "claire",
        "colin", "craig", "dan", "daniel", "danny", "darren", "dave", "david", "deborah", "dennis", "diana",
        "donald", "donna", "doug", "douglas", "dylan", "ed", "edward", "elizabeth", "ellen", "emily", "emma",
        "eric", "frank", "fred", "gary", "gavin", "george", "gordon", "graham", "greg", "gregory", "harry",
        "heather", "helen", "henry", "howard", "ian", "jack", "jacob", "james", "jamie", "jane", "janet",
        "jason", "jeff", "jeffrey", "jennifer", "jeremy", "jerry", "jessica", "jill", "jim", "joan", "joe",
        "john", "jonathan", "joseph", "josh", "joshua", "joyce", "judith", "julia", "julie", "justin",
        "karen", "kate", "katherine", "keith", "kelly", "ken", "kenneth", "kevin", "laura", "lauren",
        "linda", "lisa", "louise", "lucy", "margaret", "maria", "mark", "martin", "mary", "matt",
        "matthew", "melissa", "michael", "michelle", "mike", "nancy", "natalie", "neil", "nicholas", "nick",
        "nicola", "nigel", "oliver", "pamela", "patricia", "patrick", "paul", "peter", "phil", "philip",
        "rachel", "ralph", "raymond", "rebecca", "richard", "rick", "rob", "robert", "roger", "ronald",
        "roy", "ruth", "ryan", "sally", "sam", "samuel", "sandra", "sarah", "scott", "sean",
        "sharon", "simon", "stephen", "steve", "steven", "stuart", "susan", "tim", "timothy", "tom",
        "thomas", "tony", "victoria", "walter", "wayne", "william", "alasdair", "alistair", "angus",
        "callum", "declan", "fergus", "hamish", "rhys", "gareth", "owen", "kieran", "liam", "conor",
        "sinead", "siobhan", "niamh", "aoife", "joe", "jared", "tyler", "chad", "cody", "tim", "sam", "jamie",
        "marc", "bret", "brett", "troy", "kirk", "dwight",
        // German, Dutch, Nordic
        "andreas", "christian", "dieter", "dirk", "felix", "florian", "franz", "friedrich", "fritz",
        "gerhard", "günter", "hans", "heinz", "helmut", "herbert", "horst", "jan", "jens", "joachim",
        "jörg", "jürgen", "karl", "klaus", "lars", "lothar", "lukas", "manfred", "markus", "matthias",
        "max", "niklas", "olaf", "ralf", "rainer", "reinhard", "rolf", "rudi", "sebastian", "stefan",
        "thorsten", "ulrich", "uwe", "volker", "werner", "wolfgang", "angela",
        "birgit", "claudia", "gabriele", "heike", "ingrid", "jutta", "katrin", "monika", "petra",
        "sabine", "ursula", "anders", "bjorn", "björn", "erik", "henrik", "johan", "magnus", "nils",
        "sven", "kristian", "pieter", "joost", "wouter", "ines", "kai", "timo", "tobias", "julian", "leon",
        "marco", "joshua", "jamal", "nico", "toni", "robin", "oskar", "axel", "emil", "hugo", "linnea",
        "astrid", "ingrid", "sigrid", "maja", "freja", "mette", "anette", "ole", "knut", "leif",
        "gunnar", "stig", "torben", "søren", "soren", "jonas", "mikkel", "rasmus",
        // French, Italian, Spanish, Portuguese
        "alain", "antoine", "bernard", "christophe", "emmanuel", "francois", "françois", "jacques",
        "jean", "julien", "laurent", "louis", "marie", "nicolas", "olivier", "philippe", "pierre",
        "thierry", "vincent", "yves", "alessandro", "andrea", "antonio", "carlo", "claudio", "francesco",
        "giorgio", "giovanni", "giuseppe", "luca", "luigi", "mario", "massimo", "matteo", "paolo",
        "roberto", "sergio", "alejandro", "carlos", "diego", "fernando", "francisco", "javier", "jorge",
        "jose", "josé", "juan", "luis", "manuel", "miguel", "pablo", "pedro", "rafael", "ricardo",
        "joão", "joao", "lucas", "gabriel", "mateo", "sofia", "lucia", "carmen", "isabel",
        // Slavic, Greek, Turkish
        "alexei", "andrei", "boris", "dmitry", "igor", "ivan", "mikhail", "nikolai", "oleg", "sergei",
        "vladimir", "volodymyr", "viktor", "yuri", "olena", "olga", "natalia", "tatiana", "piotr",
        "tomasz", "krzysztof", "andrzej", "georgios", "nikos", "dimitris", "kostas", "mehmet", "mustafa",
        "ahmet", "emre",
        // Arabic, Persian, South Asian
        "abdul", "abdullah", "ahmed", "ahmad", "ali", "amir", "faisal", "fatima", "hamad",
        "hassan", "hisham", "hussein", "ibrahim", "karim", "khaled", "khalid", "mahmoud",
        "mohamed", "mohammed", "muhammad", "mohammad", "mustafa", "nabil", "omar", "osama",
        "rashid", "salah", "salem", "sami", "tarek", "tariq", "walid", "yousef", "youssef",
        "yusuf", "hamid", "reza", "hossein",
        "amit", "anil", "arjun", "deepak", "rahul", "raj", "rajesh", "ravi", "sanjay", "sunil", "vijay",
        "narendra", "gautam", "priya", "shreya", "imran",
        // East and South-East Asian
        "xi", "wei",
        "takeshi", "hiroshi", "kenji", "kazuo", "akira", "kazuo", "jae", "morris", "anwar", "rodrigo",
        "ferdinand",
    ]
}
