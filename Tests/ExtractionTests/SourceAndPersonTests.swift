import ClaimModel
import Testing

@testable import Extraction

@Suite struct ReporterTests {
    @Test func aNameUsedAsASourceIsAReporterInThatArticle() throws {
        let a = analyze(
            "Fjordline will buy two ferries. Kari Vold at the Harbour Ledger reported $300m for the pair. "
                + "Tidewatch Analytics estimated the fleet at 40 ships, according to Tidewatch Analytics."
        )
        let sum = try #require(a.mentions.first { $0.quantity.values.first?.amount == 300e6 })
        #expect(sum.subject == "Fjordline")
        #expect(!a.mentions.contains { $0.subject == "Kari Vold" || $0.subject == "Tidewatch Analytics" })
    }

    /// The world's sports dailies and business papers are outlets, not subjects (`Marca's €90
    /// million`, `a Mint report that put losses at`).
    @Test func theWorldsPressIsNoSubject() throws {
        let a = analyze(
            "Fjordline FC signed Olsen on Monday. Marca's \u{20AC}90 million figure is wide of the mark.")
        #expect(a.mentions.map(\.subject) == ["Fjordline FC"])
    }

    /// `a report by The Harbour Ledger that`: the figures the report gives are credited to it;
    /// `reports in Norway` name a place, not an outlet.
    @Test func aReportCreditsTheOutletNamedAfterIt() throws {
        let a = analyze(
            "Fjordline dismissed a report by The Harbour Ledger that it had talks about a sale for $25 billion."
        )
        #expect(a.mentions.first?.attribution == "The Harbour Ledger")
        let b = analyze("Reports in Norway put the fee for Fjordline at \u{20AC}100 million.")
        #expect(b.mentions.first?.attribution != "Norway")
        // A nationality's press is described, not named: the report's phrase is the source, an
        // unnamed one a denial in its sentence disputes.
        let c = analyze(
            "Fjordline rejected reports in the British press that the deal was worth $25 billion.")
        #expect(c.mentions.first?.attribution == "reports in the British press")
    }

    /// `, the company said in February` credits the company; `a spokesperson said`, the
    /// spokesperson; `the publication said` is the press, never the company it writes about.
    @Test func aCompanySpeakingThroughAReferenceIsTheSource() throws {
        let a = analyze(
            "Fjordline plans to build a depot with 40,000 chargers, the company said in February. "
                + "Fjordline employs about 350 people, a spokesperson said.")
        #expect(a.mentions.map { $0.attribution ?? "-" } == ["Fjordline", "a spokesperson"])
        let b = analyze(
            "Fjordline denied a report in the Harbour Ledger. The publication also said Fjordline had ordered 200 ferries."
        )
        #expect(b.mentions.first?.attribution != "Fjordline")
    }

    /// Each clause names its own source (`, the ministry said, while the union said`); a crowd
    /// counted belongs to where it gathered; `the number` is a number of what was counted.
    @Test func rivalCountsOfOneCrowd() throws {
        let a = analyze(
            "More than 500,000 people took part in protests across Norway on Thursday, the interior "
                + "ministry said, while the Nord union said more than 1 million people had marched. "
                + "In Oslo, police counted 55,000 protesters, while unions put the number at 300,000.")
        #expect(
            a.mentions.map { $0.attribution ?? "-" } == [
                "the interior ministry", "the Nord union", "police", "unions",
            ])
        #expect(a.mentions.map(\.subject) == ["Norway", "Norway", "Oslo", "Oslo"])
        #expect(a.mentions.allSatisfy { $0.measure == "protesters" })
    }

    /// `..., saying the amount was €10m`: the denier's own words; `dismissed reports` credits
    /// the reports, not the verb before them; `the Spanish club said` is the club the sentence
    /// is about, not a name inside a phrase (`at the Club World Cup`).
    @Test func ownWordsAndTheReportsDismissed() throws {
        let a = analyze(
            "Nordkapp FK dismissed reports in England that they had paid \u{00A3}8.4 million, saying the "
                + "amount was 10 million euros.")
        #expect(a.mentions.map { $0.attribution ?? "-" } == ["reports", "Nordkapp FK"])
        let b = analyze(
            "Nordkapp FK will pay Brekke United 10 million euros so the striker can play at the Club "
                + "World Cup, the Norwegian club said on Friday.")
        #expect(b.mentions.first?.attribution == "Nordkapp FK")
    }

    /// A figure far into the clause a report opens is the report's; a report described by the
    /// outlet named after it keeps that outlet, however far the figure.
    @Test func aLongClauseOfAReport() {
        let far = analyze(
            "Fjordline denied a report that it would cut the price of the Nordic Star ferry on the Oslo route by 10%."
        )
        #expect(far.mentions.map(\.attribution) == ["a report"])
        let named = analyze(
            "Fjordline dismissed a report by The Harbour Ledger that it had held talks about a sale of the company "
                + "for as much as $25 billion.")
        #expect(named.mentions.map(\.attribution) == ["The Harbour Ledger"])
    }

    /// `before reports of a deal emerged` says when reports came, not who reported.
    @Test func reportsAfterATimeWordCreditNothing() {
        let a = analyze(
            "Fjordline will pay $83.50 per share, a premium of 33% to its price before reports of a deal emerged."
        )
        #expect(a.mentions.allSatisfy { $0.attribution == nil })
    }

    /// After a quantifier a name qualifies a noun (`most Ferrylink claims`): it says nothing.
    @Test func aNameQualifyingClaimsIsNoSpeaker() {
        let a = analyze("Fjordline agreed to pay up to $2 billion to settle most Ferrylink claims.")
        #expect(a.mentions.map(\.attribution) == [nil])
    }

    @Test func aCompanyReportingItsOwnResultsOwnsThem() throws {
        let a = analyze("Nordlicht reported revenue of \u{20AC}3 billion for 2024. Nordlicht grew.")
        #expect(a.mentions.first?.subject == "Nordlicht")
    }

    @Test func citedDataProviderIsNoSubject() throws {
        let a = analyze(
            "Tidewave had 75 million monthly users in December, citing Appsight data. "
                + "Tidewave is a chatbot made by Fjordline. Tidewave grew fast.")
        #expect(a.mentions.first?.subject == "Tidewave")
        #expect(Extractor.reporters([], aliases: AliasTable(names: [])).isEmpty)
    }
}

@Suite struct PersonCueTests {
    func isPerson(_ sentence: String, _ name: String) -> Bool {
        let tokens = Tokenizer.tokenize(sentence)
        let recognizer = EntityRecognizer(lowercaseVocabulary: [], midSentenceCapitals: [])
        return recognizer.recognize(tokens, 0..<tokens.count).contains { $0.name == name && $0.isPerson }
    }

    @Test func givenNameMakesAPerson() {
        #expect(isPerson("Yesterday Herbert Lindqvist said the club paid less.", "Herbert Lindqvist"))
        #expect(!isPerson("Yesterday Nordkapp Bank said the club paid less.", "Nordkapp Bank"))
        #expect(!isPerson("Yesterday Ben & Jerry said sales rose.", "Ben & Jerry"))
    }

    @Test func appositionsMakeAPerson() {
        #expect(isPerson("Osvaldo Brekke, who heads the society, said 40 died.", "Osvaldo Brekke"))
        #expect(isPerson("Then Tarvo Lind, 61, dug in.", "Tarvo Lind"))
        #expect(isPerson("Then Hakon Strand, a minister in the government, said so.", "Hakon Strand"))
        #expect(!isPerson("Then Fjordline, an asset manager in Oslo, said so.", "Fjordline"))
        #expect(isPerson("Then Strand said he would stay.", "Strand"))
    }

    @Test func speakerWithoutRoleDoesNotOwnTheClubsFee() throws {
        let a = analyze(
            "Nordkapp FK signed the striker in May. Herbert Lindqvist said the club paid \u{20AC}95m for him."
        )
        #expect(a.mentions.first?.subject == "Nordkapp FK")
    }

    @Test func arabicArticleInsideAName() {
        #expect(
            isPerson("Then Abdulsalam al-Tarhuni, who heads the society, spoke.", "Abdulsalam al-Tarhuni"))
    }
}

@Suite struct LabelNoiseTests {
    @Test func sourceLabelGluedToTheTextIsDropped() throws {
        let a = analyze(
            "Source: Quillpost Fjordline chief executive Kari Vold said the group will spend $3 billion. "
                + "Fjordline grew.")
        let m = try #require(a.mentions.first)
        #expect(m.subject == "Fjordline")
    }

    @Test func tickerGluedToAnyCurrencyIsNoise() {
        let a = analyze(
            "Nordlicht plans a plant.\nNRDLNordlicht Energy SE\u{20AC}48.20+2.85 (+6.28%)\nNordlicht grew.")
        #expect(a.mentions.isEmpty)
    }
}

@Suite struct MediaAndListTests {
    @Test func aNameTheMediaIntroduceIsASource() throws {
        let a = analyze(
            "Nordkapp FK signed Brekke in May. Appearing on regional broadcaster NRK on Sunday, "
                + "Ulrich Lund did not dress it up: \"We only spent 95 million euros.\"")
        let m = try #require(a.mentions.first)
        #expect(m.subject == "Nordkapp FK")
    }

    @Test func aPersonsPartyIsTheSubject() throws {
        let a = analyze("Then Ingrid Vold's Coast Party won 37.0 percent in the vote.")
        #expect(a.mentions.first?.subject == "Coast Party")
    }

    @Test func namesListedAfterAPrepositionAreAdjuncts() throws {
        let a = analyze(
            "Fjordline expects its app, already available across Tidewave, Seagram and Portly, to reach 2 million users."
        )
        #expect(a.mentions.first?.subject == "Fjordline")
    }
}

@Suite struct PressAttributionTests {
    func attribution(_ text: String) -> String? { analyze(text).mentions.first?.attribution }

    @Test func thePressInGeneralIsAnUnnamedSource() {
        #expect(
            attribution("Media reports had put the fee at more than 100 million euros.")?.lowercased()
                .hasPrefix("media") == true)
        #expect(
            attribution("English media went further, quoting a figure of \u{00A3}100 million.")
                == "English media")
        #expect(attribution("The fee was widely reported as \u{00A3}100m in August.") == "widely reported")
    }

    /// The word opening a clause is no part of its source (`, which analysts said`).
    @Test func unnamedSourcesWithoutTheClauseOpener() {
        #expect(
            attribution("Nordlicht gave discounts, which analysts said exceed 50% for large orders.")
                == "analysts")
        #expect(
            attribution("Nordlicht will spend \u{20AC}3 billion, as two people familiar with the plan said.")
                == "two people familiar with the plan")
    }

    @Test func aCompanyReportingIsNoPress() {
        #expect(attribution("Nordlicht reports revenue of \u{20AC}3 billion.") != "Nordlicht reports")
        #expect(attribution("Social media users spent \u{20AC}3 billion.") == nil)
    }
}

@Suite struct CompanyNamedLikeAPersonTests {
    /// `Eli Lilly shares jumped`: a name whose shares trade is a company's, though it starts with
    /// a given name and its surname stands alone later; its figures are its own.
    @Test func tradedNameIsACompany() {
        let a = analyze(
            "Eli Varnum shares jumped more than 15% on Thursday. Norrfjord shares fell 7%. "
                + "Varnum said the trial had met its goals.")
        #expect(a.mentions.map(\.subject) == ["Eli Varnum", "Norrfjord"])
    }
}

@Suite struct TitlesDescriptorsAndStormsTests {
    /// `Gov. Ron DeSantis`: an abbreviated title names no one; `Utility Duke Energy said`: a
    /// descriptor opening the sentence is no part of the name; `Overseas it took`: an ordinary word.
    @Test func abbreviatedTitlesAndOpeningDescriptors() {
        let a = analyze(
            "Gov. Ingrid Vold said about 3.4 million outages had been recorded. "
                + "Utility Fjordline Energy said about 1 million of its customers were affected. "
                + "Overseas it took $140.7 million.")
        #expect(!a.mentions.map(\.subject).contains("Gov"))
        #expect(a.mentions.map(\.attribution).first == "Ingrid Vold")
        #expect(a.mentions.dropFirst().first?.subject == "Fjordline Energy")
        #expect(!a.mentions.map(\.subject).contains("Overseas"))
    }

    /// A lone qualifier of roles capitalised mid-sentence elsewhere, or after `the`, is an
    /// institution or a party (`Labour was on 40%`, `the Treasury denied`), not a role word.
    @Test func aLoneQualifierCapitalisedElsewhereIsAName() {
        let a = analyze(
            "The opposition Labour Party holds a lead. Labour was on 40%, the Conservatives on 20%. "
                + "The Treasury said borrowing would fall to 138 billion pounds.")
        #expect(a.mentions.map(\.subject) == ["Labour Party", "Conservatives", "Treasury"])
    }

    /// A name ending like a gerund, capitalised again elsewhere, opens a clause with its verb
    /// (`Boeing paid`); a gerund opener does not (`Judging by`, `Borrowing is forecast`).
    @Test func aNameEndingInIngIsANameBeforeAVerb() {
        let a = analyze(
            "Norveing paid $2.5 billion in a 2021 settlement. Borrowing is forecast to fall to 138 billion pounds.",
            title: "Norveing plea deal")
        #expect(a.mentions.map(\.subject) == ["Norveing", "Norveing"])
        let b = analyze(
            "Fjordline grew. Judging by the filing, it paid $2 billion a year.", title: "Plea deal")
        #expect(b.mentions.first?.subject == "Fjordline")
    }

    /// A storm's name is no person's (`Hurricane Brekka` ... `Brekka`), so it can be the topic; a
    /// name the body uses once at the end is no better topic than the title's (`Brekka death toll
    /// rises`).
    @Test func aStormNamedInTheTitleIsTheTopic() {
        let a = analyze(
            "The death toll from Hurricane Brekka has risen to at least 10, officials said. "
                + "More than 3.2 million customers remained without electricity. "
                + "Brekka made landfall on Wednesday. Insured losses could reach $30 billion, while "
                + "Nordrisk put them higher.",
            title: "Brekka death toll rises to 10")
        #expect(a.mentions.dropFirst().map(\.subject) == ["Hurricane Brekka", "Hurricane Brekka"])
        let b = analyze(
            "More than 3.2 million customers remained without electricity on Thursday. "
                + "Vorna made landfall on Wednesday. Insured losses could reach $30 billion, while "
                + "Nordrisk put them higher.",
            title: "Vorna death toll rises to 10")
        #expect(b.mentions.first?.subject == "Vorna")
        // No organisation in the title and none named twice: the place the title names.
        let c = analyze(
            "The new duties cover about $18 billion of goods. Solar cells will face a 50% tariff, up "
                + "from 25%. Beijing said the move would hurt cooperation.",
            title: "Chile hikes tariffs on Peru EVs, chips")
        #expect(c.mentions.map(\.subject) == ["Chile", "Chile", "Chile"])
        // A currency in the title is the subject of its own move, not the topic.
        let d = analyze(
            "The Canadian dollar weakened 0.4% on Wednesday after the Nordbank cut rates by 25 basis points. "
                + "The central bank has lowered rates by a total of 275 basis points since June.",
            title: "Canadian dollar slips after rate cut")
        #expect(d.mentions.map(\.subject) == ["Canadian dollar", "Nordbank", "Nordbank"])
    }
}
