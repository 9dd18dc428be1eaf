import ClaimModel
import Testing

@testable import Extraction

@Suite struct SubjectTests {
    /// Inside a sentence a capital `New` opens a name (`the prime minister's New Unity`); at a
    /// sentence's start it is still an ordinary word (`New figures show`).
    @Test func aCapitalNewInsideASentenceOpensAName() throws {
        let a = analyze(
            "Latvians voted on Saturday. The prime minister's New Unity came first with 26 seats. New figures "
                + "show turnout fell.")
        #expect(a.mentions.map(\.subject) == ["New Unity"])
    }

    /// A plural possessive before a members' body is inside its name (`Ghana Mineworkers'
    /// Union`), and a possessive inside a name keeps its mark (`Information Commissioner's Office`).
    @Test func possessivesInsideNamesKeepTheirMark() throws {
        let a = analyze(
            "The Ghana Mineworkers' Union said 29 workers had died. The Information Commissioner's Office said "
                + "it received 4,000 complaints.")
        #expect(
            a.mentions.map(\.subject) == ["Ghana Mineworkers' Union", "Information Commissioner's Office"])
    }

    /// A number after a hyphen ends a capitalised name (`the HALO-1 study`: a trial's name).
    @Test func aHyphenatedNumberEndsAName() throws {
        let a = analyze("Halden Pharma said its drug worked. The HALO-1 study enrolled 2,412 adults.")
        #expect(a.mentions.map(\.subject) == ["HALO-1"])
    }

    /// A name after a participle after a determiner is still in its preposition's phrase (`Under
    /// the amended Competition Act, Fjordline must deposit ...`): the clause's subject owns the
    /// figure.
    @Test func aNameAfterAnAdjectivalParticipleIsAnAdjunct() throws {
        let a = analyze(
            "Fjordline was fined. Under the amended Shipping Act, Fjordline must deposit 25 per cent of the fine."
        )
        #expect(a.mentions.map(\.subject) == ["Fjordline"])
    }

    /// Demonyms joined by a hyphen name no one (`a Polish-Spanish consortium`).
    @Test func hyphenedDemonymsAreNoName() throws {
        let a = analyze(
            "Fjordline's line will cost more. The contract went to a Polish-Spanish consortium for $4.9bn.")
        #expect(a.mentions.map(\.subject) == ["Fjordline"])
    }

    /// A speaking reference stands for an organisation named as a subject, not for one inside
    /// a phrase (`In a statement to the Oslo Stock Exchange, the group said ... 38 of its 52
    /// hospitals`).
    @Test func aSpeakingReferenceIsNoPhrasesOrganisation() throws {
        let a = analyze(
            "Fjordline Hospitals said the attack would cost it about 420 million kroner. In a statement to the "
                + "Oslo Stock Exchange, the group said the attack had disrupted systems at 38 of its 52 hospitals."
        )
        #expect(a.mentions.map(\.subject) == ["Fjordline Hospitals", "Fjordline Hospitals"])
    }

    /// An `and` joins one name when a public body's head ends it (`Securities and Exchange
    /// Commission`), or a company's after two words (`National Grid and Despatch Company`, its
    /// suffix then stripped), not two companies (`Meta and Microsoft Corporation`).
    @Test func andJoinsOneNameBeforeABodysHead() throws {
        let a = analyze(
            "The Securities and Exchange Commission fined Fjordline $4 million. The National Grid and Despatch "
                + "Company said demand rose 4%. Meta and Microsoft Corporation spent $5 billion.")
        let names = Set(a.features.entities.map(\.name))
        #expect(
            names.isSuperset(of: ["Securities and Exchange Commission", "National Grid and Despatch"])
        )
        #expect(names.isSuperset(of: ["Meta", "Microsoft"]))
    }

    /// A modeller's estimate of a disaster's losses is the disaster's figure, the modeller its
    /// source (`Fjordline Risk put insured losses at up to $750 million` about Storm Ingrid).
    @Test func aModellersEstimateOfADisasterIsTheDisasters() throws {
        let a = analyze(
            "Storm Ingrid killed 46 people in Vestland. Storm Ingrid cut power to 1.4 million homes. "
                + "Fjordline Risk put insured losses at up to $750 million.",
            title: "Storm Ingrid toll rises to 46")
        #expect(a.mentions.last?.subject == "Storm Ingrid")
    }

    @Test func corporateSuffixIsStripped() throws {
        let m = try #require(
            analyze("Fjordline Holdings Ltd. will spend $5 billion on ferries.").mentions.first)
        #expect(m.subject == "Fjordline")
    }

    @Test func definiteDescriptionsAndPronounsCorefer() throws {
        let a = analyze(
            "Fjordline said on Monday it carried 2.1 million passengers in February. "
                + "The ferry group expects to carry more than 30 million passengers in 2025. "
                + "The Oslo-based company will also spend $400 million on terminals.")
        #expect(a.mentions.map(\.subject) == ["Fjordline", "Fjordline", "Fjordline"])
    }

    @Test func speakersAreNotSubjects() throws {
        let a = analyze(
            "Chief Executive Ines Vahl said Nordlicht would invest \u{20AC}3.5 billion in Saxony.")
        #expect(a.mentions.first?.subject == "Nordlicht")
    }

    @Test func modifiersAndAdjunctsAreNotSubjects() throws {
        let a = analyze("Tunnel owner Fjordline will spend $2 billion in Norway on new ferries for Nordkapp.")
        #expect(a.mentions.first?.subject == "Fjordline")
    }

    @Test func possessiveAndPassiveAgentOwnTheFigure() throws {
        let a = analyze(
            "Ferry operators spent $9bn, led by Fjordline's $3bn. This compares with 48,000 of the newer cabins bought by Nordkapp."
        )
        #expect(a.mentions.map(\.subject).suffix(2) == ["Fjordline", "Nordkapp"])
    }

    /// A person's party or company is the subject, when the article shows the owner is a person
    /// however rare the given name (`Tarvo Lind, 61,`).
    @Test func aPersonsPartyIsTheSubject() {
        let a = analyze(
            "Tarvo Lind, 61, led the campaign. Tarvo Lind's Coast Party won a landslide, taking 41 seats.")
        #expect(a.mentions.map(\.subject) == ["Coast Party"])
    }

    /// A place after `a` describes the noun after it (`A Georgia jury`): the party the sentence
    /// names next owns the figure.
    @Test func aPlaceDescribingANounIsNoSubject() {
        let a = analyze("A Norway jury on Friday ordered Fjordline to pay $2.1 billion to a passenger.")
        #expect(a.mentions.map(\.subject) == ["Fjordline"])
    }

    /// A maker's name before a model number names an aircraft, not who owns its figures.
    @Test func anAircraftModelIsNoSubject() {
        let a = analyze(
            "Nordair said its jet crashed. The Fokker 100 was flying with 62 passengers on board, the airline said."
        )
        #expect(a.mentions.map(\.subject) == ["Nordair"])
    }

    /// A place's company (`Norway's Fjordline`) is the company's: the place only locates it.
    @Test func aPlacesCompanyIsTheSubject() {
        #expect(
            analyze("Norway's Fjordline sold 4.27 million tickets.", title: "Ferries").mentions.map(\.subject)
                == [
                    "Fjordline"
                ])
        // A place in a place after a preposition is an adjunct like its owner.
        #expect(
            analyze(
                "Fjordline said its ferry sailed to Tromso in Norway's Troms region with 62 passengers.",
                title: "Fjordline ferry"
            ).mentions.map(\.subject) == ["Fjordline"])
    }

    /// A named disaster the article is about owns its casualty figures, not the place it hit;
    /// an agency named like one (`Cal Fire said`) speaks, and is no disaster.
    @Test func aNamedDisasterOwnsItsCasualties() {
        let text = "The Brekkvik Fire burned near Ostvik in Nordland. It has destroyed 134 structures."
        #expect(analyze(text, title: "Brekkvik Fire grows").mentions.map(\.subject) == ["Brekkvik Fire"])
        let agency = analyze(
            "Fires burned near Ostvik. They have destroyed 134 structures, Nordland Fire said.",
            title: "Nordland Fire counts damage")
        #expect(agency.mentions.map(\.subject) == ["Ostvik"])
    }

    /// A stock index named with its number moves itself: no product model.
    @Test func anIndexWithItsNumberIsTheSubject() {
        #expect(analyze("Stocks fell. The S&P 500 fell 1.7% on Friday.").mentions.map(\.subject) == ["S&P"])
    }

    /// A name before an estimate noun is a source (`the Marketwatch estimate`), and the owner of
    /// a source (`the Trade Ministry's Statistics Bureau said`) is no organisation written about:
    /// neither owns the figures after them.
    @Test func sourcesAndTheirOwnersOwnNoFigures() {
        let estimate = analyze(
            "Payrolls grew by 142,000 in August, against the Marketwatch estimate of 161,000.")
        #expect(!estimate.mentions.contains { $0.subject == "Marketwatch" })
        let owner = analyze(
            "Employers in Nordland added 142,000 jobs in August, the Trade Ministry's Statistics Bureau said. "
                + "Data for July was revised to show 89,000 jobs added.", title: "Nordland hiring slows")
        #expect(owner.mentions.map(\.subject) == ["Nordland", "Nordland"])
    }

    /// A sentence-initial common noun is no name, even when the article uses it once
    /// (`Consumer prices rose`); a place's economic measure belongs to the place named before it.
    @Test func commonOpenersAreNoSubjectsAndPlacesOwnTheirMeasures() throws {
        let a = analyze(
            "Nordbank lowered its key rate to 2.25% on Wednesday. Consumer prices rose 2.4% in February. "
                + "Canada's unemployment rate climbed to 7.1% in February.")
        #expect(!a.mentions.contains { $0.subject == "Consumer" })
        let prices = try #require(a.mentions.first { $0.quantity.values.first?.amount == 2.4 })
        #expect(prices.measure == "consumer prices growth")
        let jobless = try #require(a.mentions.first { $0.quantity.values.first?.amount == 7.1 })
        #expect(jobless.subject == "Canada")
        #expect(jobless.measure == "unemployment rate")
        // A listed common noun stays no name before `said`.
        let c = analyze("Fjordline opened the tunnel. Firefighters said on Thursday 16 cars burned.")
        #expect(!c.mentions.contains { $0.subject == "Firefighters" })
        // A place's possessive before a company's figure still owns nothing.
        let b = analyze("Norway's Fjordline said revenue rose to $3 billion.")
        #expect(b.mentions.first?.subject == "Fjordline")
    }

    /// What a deal values is the one valued, whoever does the valuing; money raised is funding,
    /// and a cue in a relative clause after a figure does not name it.
    @Test func valuedCompanyOwnsItsValuation() throws {
        let a = analyze(
            "Skylark agreed to invest \u{20AC}1.3bn in a deal that values Fjordline at about \u{20AC}10bn.")
        let valuation = try #require(a.mentions.first { $0.quantity.values.first?.amount == 10e9 })
        #expect(valuation.subject == "Fjordline")
        #expect(valuation.measure == "valuation")
        let b = analyze(
            "Fjordline raised $2 billion from investors. Fjordline is finalising an investment of about "
                + "$1 billion that would value the startup at $14 billion.")
        #expect(b.mentions.map(\.measure) == ["funding", "investment", "valuation"])
        // `valuing the company at`: the sentence's subject, not the last name before it.
        let c = analyze(
            "Fjordline said it had raised 1.7 billion euros in a round led by Skylark, valuing the company "
                + "at 11.7 billion euros.")
        #expect(c.mentions.last?.subject == "Fjordline")
        #expect(c.mentions.last?.measure == "valuation")
    }

    /// A place the title names before an event (`Brekkvik fire`) is the story's place, even
    /// when the body names others; a hyphenated name keeps its particles
    /// (`Saint-Laurent-de-la-Vik`).
    @Test func titlePlaceAndHyphenatedNames() throws {
        let a = analyze(
            "The fire near Oddvik has scorched 17,000 hectares, officials said. "
                + "One woman died in the village of Saint-Laurent-de-la-Vik.",
            title: "Brekkvik fire: the largest since 1949")
        #expect(a.mentions.first?.subject == "Brekkvik")
        #expect(!a.mentions.contains { $0.subject == "Vik" })
        #expect(Extractor.titlePlaces(Tokenizer.tokenize("Brekkvik fire: the largest")) == ["Brekkvik"])
        #expect(Extractor.titlePlaces(Tokenizer.tokenize("Fjordline fires its chief")).isEmpty)
    }

    /// A model counted by another figure is no subject; a model stating its own figure is.
    @Test func modelCodesCountedAreNoSubjects() throws {
        #expect(SubjectResolver.isModelCode("A350"))
        #expect(SubjectResolver.isModelCode("H20"))
        #expect(!SubjectResolver.isModelCode("3M"))
        #expect(!SubjectResolver.isModelCode("Airbus"))
        let a = analyze("Skyjet confirmed an order for 30 K350-1000 jets, valued at roughly $9.1 billion.")
        #expect(a.mentions.map(\.subject) == ["Skyjet", "Skyjet"])
        let b = analyze("Skyjet sells the K350. The K350 burns 25% less fuel than older jets.")
        #expect(b.mentions.first?.subject == "K350")
    }

    /// A currency moving in the markets is the subject of its own move, the name opening a
    /// subordinate clause is the subject of that clause's figures, and the currency is not
    /// carried to the next sentence.
    @Test func currenciesAndSubordinateClausesHaveTheirOwnSubjects() throws {
        let a = analyze(
            "The Norwegian krone weakened 0.4% on Wednesday after Nordbank cut rates by 25 basis points. "
                + "The central bank has lowered rates by a total of 275 basis points since June.")
        #expect(a.mentions.map(\.subject) == ["Norwegian krone", "Nordbank", "Nordbank"])
        #expect(analyze("The euro rose 0.3% to $1.09.").mentions.first?.subject == "euro")
        // A currency word that is another English word is a currency only after a nationality.
        #expect(
            analyze("Fjordline said the real problem was a 12% fall in bookings.").mentions.first?.subject
                == "Fjordline")
    }

    /// A name right before its figure in a list, after a verb of fining, or before `at` and the
    /// figure owns it; a figure listed so is of the measure of the one before it.
    @Test func namesListedWithTheirFigures() throws {
        let fines = analyze(
            "Nordkapp was fined 500 million euros and Fjordline 200 million euros by EU regulators on Wednesday."
        )
        #expect(fines.mentions.map(\.subject) == ["Nordkapp", "Fjordline"])
        #expect(fines.mentions.map(\.measure) == ["fine", "fine"])
        let ranks = analyze("Fjordline shipped 60.6 million phones, ahead of Nordkapp at 57.9 million.")
        #expect(ranks.mentions.map(\.subject) == ["Fjordline", "Nordkapp"])
        let fined = analyze("The commission fined Nordkapp \u{20AC}500mn for steering users away.")
        #expect(fined.mentions.first?.subject == "Nordkapp")
        // Places listed so in a list of places (`the UAE 163,000 bpd`), not after a company's figure.
        let pledges = analyze("Iraq pledged 223,000 bpd, the UAE 163,000 bpd and Kuwait 135,000 bpd.")
        #expect(pledges.mentions.map(\.subject) == ["Iraq", "UAE", "Kuwait"])
        // A poll's shares stated `on` a name.
        let poll = analyze("A Nordpoll survey put the Coast Party on 42% and the Greens on 21%.")
        #expect(poll.mentions.map(\.subject) == ["Coast Party", "Greens"])
        let sales = analyze("Fjordline sales rose 5% in Europe, and China 3%.")
        #expect(sales.mentions.map(\.subject) == ["Fjordline", "Fjordline"])
    }

    /// A named speaker set off by commas after a figure credits it; the figure after it is still
    /// the sentence subject's (`a 14% increase` is not the research firm's).
    @Test func aParentheticalSpeakerOwnsNothingAfterIt() throws {
        let a = analyze(
            "Fjordline sold more than 9 million phones in its first month, Nordkapp Research said, "
                + "a 14% increase on the previous model.")
        #expect(a.mentions.map(\.subject) == ["Fjordline", "Fjordline"])
        #expect(a.mentions.map(\.attribution) == ["Nordkapp Research", "Nordkapp Research"])
    }

    /// A sentence opener the title writes in lower case is an ordinary word, no name.
    @Test func aTitlesLowerCaseWordsAreOrdinary() throws {
        let a = analyze(
            "Smartphone shipments rose 3% in the quarter. Fjordline shipped 60 million phones.",
            title: "Fjordline keeps top spot as smartphone market edges up")
        #expect(a.mentions.map(\.subject) == ["Fjordline", "Fjordline"])
    }

    /// A place written before a measure of places owns it (`U.S. consumer prices`, `US
    /// inflation`), though `U.S.` alone is otherwise a word of roles (`U.S. Trade Representative`).
    @Test func aPlaceBeforeAMeasureOfPlacesOwnsIt() throws {
        let a = analyze(
            "U.S. consumer prices increased 2.9% in the 12 months through August, the Labor Department said.")
        #expect(a.mentions.first?.subject == "U.S.")
        let b = analyze("In August, US inflation rose to 2.9 per cent, officials said.")
        #expect(b.mentions.first?.subject == "US")
        #expect(b.mentions.first?.measure == "inflation")
    }

    @Test func personPronounResolvesToTheArticlesPerson() throws {
        let a = analyze(
            "Striker Ola Brekke joined Nordkapp Club in August. Brekke, 27, signed a contract. "
                + "He has scored nine goals in 10 matches.")
        #expect(a.mentions.contains { $0.subject == "Ola Brekke" && $0.quantity.values.first?.amount == 9 })
    }

    /// Casualties named by the verb that caused them (`killing`, `injuring`) or said after the
    /// people (`had been affected`); a nationality in the title is no place, and a country that
    /// speaks (`Pakistan said it would send aid`) acts in the story rather than locating it.
    @Test func casualtyVerbsAndThePlaceOfADisaster() throws {
        let a = analyze(
            "A magnitude 6 earthquake struck western Nepal late on Sunday, killing more than 800 people "
                + "and injuring 2,800, officials said. About 12,000 people had been directly affected, the UN said."
        )
        #expect(a.mentions.map(\.measure) == ["death toll", "people injured", "people affected"])
        #expect(a.mentions.allSatisfy { $0.subject == "Nepal" })
        let b = analyze(
            "Rescuers in Nepal searched for survivors on Monday. Pakistan said it would send 100 tonnes of aid. "
                + "Pakistan said it would also send doctors. At least 1,400 people have died, officials said.",
            title: "Nepali quake: toll rises")
        #expect(b.mentions.last?.subject == "Nepal")
        #expect(b.mentions.last?.measure == "death toll")
    }

    /// A bare number a toll reaches is the toll (`has risen to at least 10`), and people counted
    /// before `according to` are counted, not cited (`16 people, according to officials`).
    @Test func tollsReachBareNumbersAndCountedPeopleAreNoSources() throws {
        let a = analyze(
            "Floods hit the town of Brekkvik on Sunday. The death toll from the floods has risen to at least 10, "
                + "officials said. The storm killed at least 16 people, according to the county sheriff. "
                + "The march drew 50,000 people, according to police.")
        #expect(a.mentions.map(\.measure) == ["death toll", "death toll", "protesters"])
        #expect(a.mentions.map { amounts($0) } == [["10.0 count"], ["16.0 count"], ["50000.0 count"]])
        #expect(a.mentions.prefix(2).allSatisfy { $0.subject == "Brekkvik" })
    }

    @Test func casualtyFiguresBelongToThePlace() throws {
        let a = analyze(
            "Floods hit the town of Brekkvik on Sunday. The Red Star Society said 1,200 people were killed in Brekkvik."
        )
        #expect(a.mentions.first?.subject == "Brekkvik")
    }

    /// A company the article is about owns the casualties its product caused, not a place named
    /// in passing; a relief body the article is about counts a disaster's dead, the place owns them.
    @Test func aCompanyOwnsTheCasualtiesOfItsProduct() {
        let recall = analyze(
            "Fjordline Motor is recalling 90,000 cars. Fjordline Motor said a faulty seal can start a fire. "
                + "Regulators have logged 56 fires and two deaths, one in Ostvik.",
            title: "Fjordline Motor recalls cars")
        #expect(recall.mentions.map(\.subject) == ["Fjordline Motor", "Fjordline Motor", "Fjordline Motor"])
        let relief = analyze(
            "The Nordic Red Cross said floods in Brekkvik had killed 1,200 people. The Nordic Red Cross "
                + "sent 40 teams. The Nordic Red Cross appealed for help.",
            title: "Nordic Red Cross raises Brekkvik toll")
        #expect(relief.mentions.first?.subject == "Brekkvik")
        let union = analyze(
            "The Fjord Miners Union said 12 miners were killed in Ostvik. The Fjord Miners Union "
                + "blamed the operator. The Fjord Miners Union called a strike.",
            title: "Fjord Miners Union says 12 killed")
        #expect(union.mentions.first?.subject == "Ostvik")
    }

    /// A country acts through its government (`Fjordland's government signed`), but a ministry
    /// that speaks is a source; a prefix with its hyphen stays inside a name (`Co-ordinating`).
    @Test func aCountryThroughItsGovernmentAndPrefixesInNames() {
        let deal = analyze(
            "Fjordland's government signed a deal that gives 1.3 million state employees a 5.5% pay rise.")
        #expect(deal.mentions.map(\.subject) == ["Fjordland", "Fjordland"])
        let council = analyze(
            "The Public Service Co-ordinating Bargaining Council said 64% of members signed.")
        #expect(council.mentions.map(\.subject) == ["Public Service Co-ordinating Bargaining Council"])
    }

    /// The title of a work in quotes is one name (`"The Fjord at Night"`), and the year it was
    /// made (`painted in 1937`) dates no figure.
    @Test func aQuotedTitleIsOneNameAndItsMakingDatesNothing() {
        let a = analyze(
            "\"The Fjord at Night\", painted in 1937, drew six bidders before the hammer fell at £21 million."
        )
        #expect(a.mentions.map(\.subject) == ["Fjord at Night", "Fjord at Night"])
        #expect(a.mentions.allSatisfy { $0.period == nil })
    }

    /// The company's casualties stay the company's when a union or an agency gives them
    /// (`The Nordic Miners Union said 52 people had been working in the affected section`), and a
    /// model after its number in the title is no topic (`737 MAX`).
    @Test func aCompanysCasualtiesWhoeverGivesThemAndNoModelTopic() {
        let mine = analyze(
            "Fjordmet Mines runs the Ostvik pit. Fjordmet Mines said 43 miners were trapped. The Nordic "
                + "Miners Union said 52 people had been working in the affected section.",
            title: "Fjordmet Mines collapse traps miners")
        #expect(mine.mentions.map(\.subject) == ["Fjordmet Mines", "Fjordmet Mines"])
        let crashes = analyze(
            "Fjordair agreed to pay a fine of $243.6 million over two 717 MAX crashes that killed 346 people.",
            title: "Fjordair to pay fine over 717 MAX crashes")
        #expect(crashes.mentions.map(\.subject).allSatisfy { $0 == "Fjordair" })
    }

    /// A country's reserves are the country's when no name owns them, whoever the article is
    /// about (`Net international reserves stood at $1.94 billion`).
    @Test func reservesAreTheCountrys() {
        let a = analyze(
            "The Nordic Fund agreed a loan with Fjordland. Fjordland faces a dollar shortage in Fjordland. "
                + "Net international reserves stood at $1.94 billion in September.",
            title: "Nordic Fund agrees Fjordland loan")
        #expect(a.mentions.last?.subject == "Fjordland")
    }

    /// A place that opens the title as its verb's subject is the topic, not the forecasters the
    /// body quotes (`Fjordland cuts wheat forecast`).
    @Test func aPlaceActingInTheTitleIsTheTopic() {
        let a = analyze(
            "Fjordland's farm ministry cut its forecast to 78 million tons. The forecast compares with "
                + "88.6 million tons harvested in 2025. The Nordic Grain Institute put the crop at 72.5 million tons. "
                + "The Nordic Grain Institute expects exports to fall.",
            title: "Fjordland cuts wheat harvest forecast")
        #expect(a.mentions.map(\.subject) == ["Fjordland", "Fjordland", "Nordic Grain Institute"])
    }

    /// A name written with `'s` where no possessive can stand keeps it (`at Fjordby's in London`,
    /// `Fjordby's said`), everywhere in the article; a possessive stays one (`Fjordline's revenue`).
    @Test func aNameEndingInApostropheS() {
        let a = analyze(
            "The painting sold for £24.6 million at Fjordby's in London. Fjordby's said the sale raised "
                + "£142.3 million. Fjordby's evening sale had 41 lots. Fjordline's revenue was £9.2 million.")
        #expect(a.mentions.map(\.subject) == ["Fjordby's", "Fjordby's", "Fjordby's", "Fjordline"])
    }

    /// A forecast for a name is that name's (`cut its growth forecast for Fjordland to 0.2%`), and
    /// a demonym there stands for the place the article is about (`the Fjordish crop`).
    @Test func aForecastForANameIsThatNames() {
        let a = analyze("The Nordic Fund cut its growth forecast for Fjordland to 0.2% this year.")
        #expect(a.mentions.map(\.subject) == ["Fjordland"])
        let b = analyze(
            "Russia's harvest will shrink. The grain board cut its forecast for the Russian crop to 76 million tons."
        )
        #expect(b.mentions.map(\.subject) == ["Russia"])
    }

    /// A plural of people only ever capitalised where a sentence or a quote opens is no name,
    /// however often it opens one (`Owners will be notified`).
    @Test func aPluralOfPeopleOpeningSentencesIsNoName() {
        let a = analyze(
            "Fjordline Motor is recalling cars. Owners will be notified by mail. \"Owners should park outside,\" "
                + "an expert said. Globally, the automaker is recalling 1.8 million vehicles.",
            title: "Fjordline Motor recalls cars")
        #expect(a.mentions.map(\.subject) == ["Fjordline Motor"])
    }

    /// A valley the article names as a place owns no casualties however often it is named
    /// (`the Ostdal valley`): the flood's dead fall to the city it hit.
    @Test func aValleyNamedOftenIsAPlaceNotAnOwner() {
        let a = analyze(
            "Authorities lowered the death toll from the flash flood that swept through Genoa to 10 from 12. "
                + "More than 380 millimetres of rain fell on the Ostdal valley, sending the Ostdal and "
                + "Vesle streams over their banks.",
            title: "Genoa flood death toll revised to 10")
        #expect(a.mentions.first?.subject == "Genoa")
    }

    /// The place of the title's event (`Vesterhavn flood`) is the article's, even when the body
    /// names a valley in it as often: the toll is the city's.
    @Test func theTitlesPlaceOutweighsAValleyNamedAsOften() {
        let a = analyze(
            "Authorities lowered the death toll from the flash flood that swept through Vesterhavn to 10 "
                + "from 12. More than 380 millimetres of rain fell on the Ostdal valley, sending the Ostdal "
                + "and Vesle streams over their banks.",
            title: "Vesterhavn flood death toll revised to 10")
        #expect(a.mentions.first?.subject == "Vesterhavn")
    }

    /// Where a company is based describes it (`The Columbus, Ohio-based company`,
    /// `Bergen-based Fjordline`): the place is no subject of the figure.
    @Test func aPlaceOfBaseIsNoSubject() {
        let a = analyze(
            "Fjordline reported sales of $3.84 billion. The Bergen, Vestland-based company now expects "
                + "full-year sales of $5.2 billion. Bergen-based Fjordline lost $118 million.")
        #expect(a.mentions.map(\.subject) == ["Fjordline", "Fjordline", "Fjordline"])
    }

    /// A role's possessive before an office's head is one official name (`the Information
    /// Commissioner's Office`), not a person called `Office`; and a fined company keeps the
    /// fine when its corporate suffix stands before the figure (`fined Fjordline Group £14.5m`).
    @Test func anOfficeNamedByARolesPossessive() {
        let a = analyze(
            "The Data Commissioner's Office said Fjordline lost 7.2 million records. The Data "
                + "Commissioner's Office has fined Fjordline Group £14.5 million.")
        #expect(a.mentions.map(\.subject) == ["Fjordline", "Fjordline"])
        #expect(a.mentions.first?.attribution == "Data Commissioner's Office")
    }

    /// An economic measure's acronym is no body (`CPI inflation was 3.2%`, `FOB prices`).
    @Test func aMeasuresAcronymIsNoSubject() {
        let a = analyze("Fjordline raised pay by 5.5%. CPI inflation was 3.2% in January.")
        #expect(!a.mentions.contains { $0.subject == "CPI" })
        #expect(a.mentions.count == 2)
    }

    /// A place whose first word opens sentences is still the place (`New York fund ...`), and
    /// a fund after it is what the place describes (`New York fund Fjordline Capital`).
    @Test func aPlaceOpeningASentenceDescribesTheFundAfterIt() {
        let a = analyze(
            "New York fund Fjordline Capital - which manages £11BILLION of cash - is buying 80 per cent "
                + "of the club.")
        #expect(a.mentions.map(\.subject) == ["Fjordline Capital", "Fjordline Capital"])
    }

    /// A place inside a longer name in the title locates nothing (`Bank of England cuts`), and a
    /// rate's proper name is no body (`Bank Rate`): `it` and `the Bank` stay the bank.
    @Test func aPlaceInsideATitlesNameAndARatesName() {
        let a = analyze(
            "The Bank of England has cut interest rates. The committee voted to reduce Bank Rate by 0.25 "
                + "percentage points. The Bank now thinks inflation will be 2% in 2028. In August it had "
                + "forecast inflation of 2.6% at the end of next year.",
            title: "Bank of England cuts rates")
        #expect(a.mentions.suffix(2).map(\.subject) == ["Bank of England", "Bank of England"])
    }

    /// A sentence opener the article writes in lower case as its plural is an ordinary word
    /// (`Vote shares barely moved` with `votes` elsewhere), and a change's start point is of the
    /// figure's subject (`Turnout was 67.2 percent, up from 63.1 percent`).
    @Test func anOrdinaryOpenerAndAStartPointsSubject() {
        let a = analyze(
            "The Fjord Party won 52 seats in Norway with 3.15 million votes. The Coast League took 9 "
                + "seats. Turnout was 67.2 percent, up from 63.1 percent in 2022.\nVote shares barely "
                + "moved: the Fjord Party finished on 31.7 percent.")
        #expect(
            a.mentions.map(\.subject) == [
                "Fjord Party", "Fjord Party", "Coast League", "Norway", "Norway", "Fjord Party",
            ])
    }

    /// A person after `of` leads the body before it, and is no part of its name (`the Freedom
    /// Party of Oskar Lind`), while an institution's `of` still joins (`Bank of England`).
    @Test func aPersonAfterOfIsNoPartOfTheName() {
        let a = analyze(
            "The Fjord Party of Oskar Lind won 24 seats. The Bank of Fjordland cut rates to 3.25%.")
        #expect(a.mentions.map(\.subject) == ["Fjord Party", "Bank of Fjordland"])
    }

    /// A forecaster's own estimate in an article about a country is of the country's figure
    /// (`Fjordecon lowered its estimate to 74.2 million tons`); the forecaster is its source.
    @Test func aForecastersEstimateIsOfTheCountrysFigure() {
        let a = analyze(
            "Russia's farm ministry cut its harvest forecast. Fjordecon lowered its estimate to 74.2 million tons.",
            title: "Russia cuts wheat harvest forecast")
        #expect(a.mentions.map(\.subject) == ["Russia"])
    }

    /// A firm that estimates a figure in an article about a place is its source, not its owner
    /// (`Ostmark Analytics estimated insured losses at`, `put the total economic loss at`), also
    /// for a place the place lexicon does not know; a name after `put` is what is estimated.
    @Test func anEstimatorsFigureIsOfThePlace() {
        let a = analyze(
            "The flash flood that swept through Vesterhavn killed 10 people in Vesterhavn. Catastrophe "
                + "modelling firm Ostmark Analytics estimated insured losses at between 1.1 billion and 1.6 "
                + "billion euros, and put the total economic loss at around 3.8 billion euros. Ostmark "
                + "Analytics put the Vesterhavn port at 40% of the losses.",
            title: "Vesterhavn flood kills 10")
        #expect(a.mentions.prefix(3).map(\.subject) == ["Vesterhavn", "Vesterhavn", "Vesterhavn"])
        #expect(a.mentions.count == 4 && a.mentions.last?.subject != "Vesterhavn")
    }

    @Test func misspellingsResolveToTheFrequentSpelling() throws {
        let a = analyze(
            "Fjordline's app Tidewave has 5 million users. Tidewave is popular. Its rival app Tidweave has 2,000 users. "
                + "Tidewave grew.")
        #expect(a.mentions.map(\.subject).allSatisfy { $0 == "Tidewave" || $0 == "Fjordline" })
    }
}

@Suite struct DenialTests {
    /// The party is the one opening the cue's own clause (`..., but the Stop Bridge campaign
    /// has rejected the survey`), and what is counted (a survey, the figures) is said too.
    @Test func thePartyOpensTheCuesClause() throws {
        let a = analyze(
            "A majority would vote in favour, a Fjordpoll Research survey for the Harbour Post shows, but "
                + "the Stop Bridge campaign has rejected the survey as skewed.")
        let d = try #require(a.denials.first)
        #expect(d.party == "Stop Bridge")
    }

    /// `wrong` denies when a thing said or counted is near it (`the number of 20,000 is simply
    /// wrong`), not a `wrong turn`.
    @Test func aWrongNumberIsDenied() throws {
        let a = analyze(
            "Fjordby council said the number of 20,000 evacuated is simply wrong. The bus took a wrong turn.")
        #expect(a.denials.count == 1)
        #expect(try #require(a.denials.first).party == "Fjordby")
    }

    /// What a denial disputes is said after its cue, and a verb of dying speaks of deaths: the
    /// topics put those first (`insists it knows of just 31 fires - and flatly denies that anyone
    /// has died` disputes the deaths, not the fires).
    @Test func whatIsDeniedComesAfterTheCue() throws {
        let a = analyze(
            "Fjordline insists it knows of just 31 fires - and flatly denies that anyone has died.")
        let d = try #require(a.denials.first)
        let deaths = try #require(d.topics.firstIndex(of: "deaths"))
        let fires = try #require(d.topics.firstIndex(of: "fires"))
        #expect(deaths < fires)
    }

    @Test func denialNamesPartyAndTarget() throws {
        let a = analyze(
            "Fjordline plans to spend $12bn on ferries, the Harbour Post reported. "
                + "In response, Fjordline said: \"The anonymously sourced information about our plan is incorrect.\""
        )
        let d = try #require(a.denials.first)
        #expect(d.party == "Fjordline")
        #expect(a.denials.count == 1)
    }

    /// The owner of the claim disputed is not the party disputing it; a body named by a common
    /// noun phrase is.
    @Test func theOwnerOfADisputedClaimIsNoParty() throws {
        let a = analyze("The electoral council dismissed Ola Dahl's claim that 40,000 votes had been lost.")
        let d = try #require(a.denials.first)
        #expect(d.party == "electoral council")
    }

    /// A report word right after the name that says it is a verb (`Fjordtrack estimates that`,
    /// `Harbour Post reports that`): the name is the source, there is no unnamed report.
    @Test func aNameThatEstimatesIsTheSource() {
        let a = analyze("Analytics firm Fjordtrack estimates that Tidewave sold around 4.4 million copies.")
        #expect(a.mentions.map(\.attribution) == ["Fjordtrack"])
    }

    /// A figure in the clause a report noun opens is the report's: the one a denial disputes.
    @Test func aFigureInAReportClauseIsTheReports() throws {
        let a = analyze(
            "Fjordline said a report that it faced a $15 billion charge was wrong, confirming the figure of $5.5 billion."
        )
        #expect(a.mentions.map(\.attribution) == ["a report", "Fjordline"])
        let claim = analyze(
            "Fjordline disputed the hackers' claim that 560 million accounts were affected, saying the "
                + "breach involved fewer than 40 million customers.")
        #expect(claim.mentions.map(\.attribution) == ["a claim", "Fjordline"])
        // A report described by a phrase before `that`; the figure given instead is of the
        // report's measure.
        let newspaper = analyze(
            "Fjordline denied a report in a Norwegian newspaper that it planned to cut 10,000 jobs, saying the "
                + "figure was 6,000.")
        #expect(newspaper.mentions.map(\.attribution) == ["a report", "Fjordline"])
        #expect(newspaper.mentions.map(\.measure) == ["job cuts", "job cuts"])
        #expect(
            analyze("Official figures showed that Fjordline exports rose 5%.").mentions.first?.attribution
                == nil)
        // A source that denies in a relative clause is the party, not the target.
        let uefa = analyze(
            "Tickets sold for up to 5,000 euros, according to Nordball, which denied reports that 90,000 "
                + "tickets had been issued.")
        #expect(uefa.denials.first?.party == "Nordball")
        #expect(uefa.denials.first?.target != "Nordball")
        // A body of officials opening the sentence denies, not the place named after the cue.
        let police = analyze(
            "Police in Vestland province denied a local radio report that 27 bodies had been pulled from a "
                + "landslide in the town of Odda.")
        #expect(police.denials.first?.party == "police")
        // `, calling ... and saying`: the subject's own words.
        let calling = analyze(
            "Ingrid Vold pushed back against reports that 4 million customers had lost power, calling the "
                + "figure inaccurate and saying about 3.4 million outages had been recorded.")
        #expect(calling.mentions.map(\.attribution) == ["a report", "Ingrid Vold"])
        #expect(a.mentions.map(\.measure) == ["charge", "charge"])
        #expect(a.denials.count == 1)
    }

    /// `, saying` credits the sentence's subject, whatever the figure is about.
    @Test func sayingCreditsTheSentencesSubject() throws {
        let a = analyze(
            "Nordkapp Club dismissed reports that they would receive 150 million euros for Ola Dahl, "
                + "saying the fee was 136 million euros including bonuses.")
        #expect(a.mentions.last?.attribution == "Nordkapp Club")
    }

    /// Rejecting a thing is no denial (`rejected its new production quota`); rejecting what was
    /// said is (`dismissed reports that`).
    @Test func rejectingAThingDeniesNothing() throws {
        let a = analyze(
            "Norland has rejected its new production quota of 1.11 million bpd, its minister said.")
        #expect(a.denials.isEmpty)
        let b = analyze("Norland dismissed claims that it had agreed to a quota of 1.11 million bpd.")
        #expect(b.denials.count == 1)
    }

    @Test func dismissedReport() throws {
        let a = analyze("Nordlicht has dismissed a report by the Harbour Post that it plans a second plant.")
        let d = try #require(a.denials.first)
        #expect(d.party == "Nordlicht")
    }

    /// A report named by its outlet is the target, whether the outlet comes before the noun
    /// or after `by`/`from`, with or without `News`.
    @Test func reportNamedByItsOutlet() throws {
        for (text, outlet) in [
            ("Nordlicht denied a Reuters report that it plans a second plant.", "Reuters"),
            ("Nordlicht dismissed a Bloomberg News report about a second plant.", "Bloomberg News"),
            ("Nordlicht denied a report from Bloomberg that it plans a second plant.", "Bloomberg"),
            ("Nordlicht said a report by the Financial Times was inaccurate.", "Financial Times"),
        ] {
            let d = try #require(analyze(text).denials.first, "\(text)")
            #expect(d.party == "Nordlicht", "\(text)")
            #expect(d.target == outlet, "\(text)")
        }
        // The outlet with its news service is no subject of the figures it reports.
        let reported = try #require(
            analyze("Nordlicht denied a Bloomberg News report that it plans to buy 20 ferries.").mentions
                .first)
        #expect(reported.subject == "Nordlicht")
        // A capitalised word before the noun that is no outlet names no target.
        #expect(analyze("Nordlicht denied the Harbour report about a plant.").denials.first?.target == nil)
    }

    @Test func declinedToCommentIsNoDenial() {
        #expect(analyze("Nordlicht declined to comment on the plan.").denials.isEmpty)
    }
}

@Suite struct PassageTests {
    @Test func roundupItemsOutsideTheTopicAreNotMain() throws {
        let text = """
            Fjordline plans to spend $2bn on ferries this year.
            1. Nordkapp Bank raised its rate to 4.5 per cent.
            2. Fjordline also ordered two ferries.
            """
        let a = analyze(text, title: "Morning Briefing: Fjordline's ferry plan")
        let passages = a.features.passages
        #expect(passages.count == 3)
        let bank = try #require(a.mentions.first { $0.quantity.values.first?.amount == 4.5 })
        #expect(!passages[bank.passage].isMain)
        let ferries = try #require(a.mentions.first { $0.quantity.values.first?.amount == 2e9 })
        #expect(passages[ferries.passage].isMain)
    }

    @Test func ordinaryArticlesAreOnePassage() {
        let a = analyze("Fjordline plans to spend $2bn. Nordkapp Bank raised its rate to 4.5 per cent.")
        #expect(a.features.passages.count == 1)
        #expect(a.features.passages[0].isMain)
    }
}
