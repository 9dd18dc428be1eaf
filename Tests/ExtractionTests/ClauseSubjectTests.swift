import ClaimModel
import Testing

@testable import Extraction

@Suite struct ClauseSubjectTests {
    @Test func eachCoordinatedClauseHasItsOwnSubject() {
        let a = analyze(
            "Fjordline Group rose 2.6% after the upgrade, while Nordkapp dropped 4.5% and Tidewave fell 2.7%."
        )
        #expect(a.mentions.map(\.subject) == ["Fjordline", "Nordkapp", "Tidewave"])
    }

    @Test func possessiveOwnsTheFigureAcrossAnAdjective() {
        let a = analyze("On Friday Lars Berg blocked Fjordline's proposed $4bn takeover of Tidewave.")
        #expect(a.mentions.first?.subject == "Fjordline")
    }

    @Test func aThatClauseHasItsOwnSubject() {
        let a = analyze(
            "Fjordline called the bid mad, recalling that Nordkapp had been ready to pay \u{20AC}60 million.")
        #expect(a.mentions.first?.subject == "Nordkapp")
    }

    @Test func aNameQualifyingANounIsNoSubject() {
        let a = analyze(
            "Fjordline plans to grow. In May, the Harbour Post reported a plan for up to $7 billion to access Acme chips."
        )
        #expect(a.mentions.first?.subject == "Fjordline")
    }

    @Test func casualtyCountsAnywhereInTheSentenceAndAfterIt() {
        let a = analyze(
            "Floods hit homes in Brekkvik on Sunday. The Relief Society said 5,200 people were killed, "
                + "before revising the number down to 3,900. The Relief Society later put the total at 4,100."
        )
        #expect(a.mentions.map(\.subject) == ["Brekkvik", "Brekkvik", "Brekkvik"])
    }

    @Test func aShareOfTheCityBelongsToThePlace() {
        let a = analyze(
            "Floods hit homes in Brekkvik. The Relief Society said a quarter of the city had gone.")
        #expect(a.mentions.first?.subject == "Brekkvik")
        #expect(a.mentions.first?.quantity.values.first?.unit == .percent)
    }

    @Test func figuresInsideTheSourceAreNoClaims() {
        let a = analyze("Fjordline will sail to Oslo, according to officials in three northern countries.")
        #expect(a.mentions.isEmpty)
    }

    @Test func aBareDecimalInAListTakesTheListsUnit() throws {
        let a = analyze(
            "The Coast Party won with 15.8 percent, the Farm Party with 14.6 percent and the Greens with 14.4."
        )
        let last = try #require(a.mentions.last)
        #expect(last.quantity.values.first?.amount == 14.4)
        #expect(last.quantity.values.first?.unit == .percent)
    }

    @Test func aFractionalCountIsNoFigure() {
        #expect(
            analyze("The Nordic index closed the day at 11,624.02 after a quiet session.").mentions.isEmpty)
    }
}

@Suite struct ReferenceSubjectTests {
    @Test func aNationalityStaysInsideADescription() {
        let a = analyze(
            "Fjordline grew fast. Earlier, reports claimed the Norwegian ferry group had approached Nordkapp Yard. "
                + "The firm has ordered ferries worth around $2 billion.")
        #expect(a.mentions.first?.subject == "Fjordline")
    }

    @Test func descriptiveWordsStayInsideADescription() {
        let a = analyze(
            "Fjordline grew fast. Earlier, reports claimed the Chinese tech giant had approached Nordkapp Yard. "
                + "The firm has ordered ferries worth around $2 billion.")
        #expect(a.mentions.first?.subject == "Fjordline")
    }

    @Test func aCompanysParentIsTheArticlesCompany() {
        let a = analyze(
            "Fjordline owns the Tidewave app. Fjordline grew. Tidewave's parent plans two new ferries by 2026.",
            title: "Fjordline plans ferries")
        #expect(a.mentions.first?.subject == "Fjordline")
    }

    @Test func aNameAfterTheFigureOwnsItOnlyAsASubject() {
        let a = analyze(
            "Fjordline grew. The campus is going up on the 2,250-acre former Nordkapp Farm megasite. "
                + "He cited the $14.4 billion tax case Tidewave lost in court.")
        #expect(a.mentions.map(\.subject) == ["Fjordline", "Tidewave"])
    }

    @Test func aCollectiveSubjectWithoutAName() {
        let a = analyze(
            "Fjordline grew. In line with guidance from Oslo, ferry companies have been advised to buy at least 30% of their fuel locally."
        )
        #expect(a.mentions.first?.subject == "ferry companies")
    }

    @Test func aRoundupsTopicIsTheFirstItemItsTitleNames() {
        let text = """
            Here is the news.
            1. Fjordline denied a report on two ferries.
            2. Nordkapp Power said 835 jobs would go. Nordkapp Power shares rose 11%.
            """
        let a = analyze(text, title: "Tech Briefing: Fjordline's ferry denial and a Nordkapp Power revival")
        let ferries = a.mentions.first { $0.quantity.values.first?.amount == 2 }
        let jobs = a.mentions.first { $0.quantity.values.first?.amount == 835 }
        #expect(ferries.map { a.features.passages[$0.passage].isMain } == true)
        #expect(jobs.map { a.features.passages[$0.passage].isMain } == false)
    }

    /// A roundup is also a name and a list of items after a colon, and it leads with its first
    /// item whoever that is (a person, here); a brand named `Roundup` inside a title is no roundup.
    @Test func aRoundupByItsListLeadsWithItsFirstItem() {
        let text = """
            Good morning.
            Vale's big night. Ola Vale's painting drew 14 bidders at Fjordby's London.
            Basel sales. Dealers at Nordfair sold a canvas for $12.5 million.
            """
        let a = analyze(text, title: "Art Market: Vale's record, a canvas at Nordfair, a print in Paris")
        let painting = a.mentions.first { $0.quantity.values.first?.amount == 14 }
        let canvas = a.mentions.first { $0.quantity.values.first?.amount == 12.5e6 }
        #expect(painting.map { a.features.passages[$0.passage].isMain } == true)
        #expect(canvas.map { a.features.passages[$0.passage].isMain } != true)
        let brand = Tokenizer.tokenize("Jury orders Fjordchem to pay $2 billion in Roundup case")
        #expect(!PassageSegmenter.isRoundupTitle(brand))
        #expect(PassageSegmenter.isRoundupTitle(Tokenizer.tokenize("Morning Briefing: rates hold")))
    }

    /// A name and a list after a colon is a roundup when its last item follows `and` (`a
    /// takeover, a record and a payout`): its first item leads, the others are not main.
    @Test func aRoundupsListMayEndWithAnd() {
        let text = """
            Good morning. Here is what you need to know today.
            Fjordby City sold. The Vale family agreed to sell 80% of Fjordby City to Nordfund.
            Brandt break the bank. Brandt Rovers signed a striker for £28m.
            """
        let a = analyze(
            text, title: "The Kick-Off: Fjordby's new owners, a Brandt record and Nordkapp's cash")
        let stake = a.mentions.first { $0.quantity.values.first?.amount == 80 }
        let fee = a.mentions.first { $0.quantity.values.first?.amount == 28e6 }
        #expect(stake.map { a.features.passages[$0.passage].isMain } == true)
        #expect(fee.map { a.features.passages[$0.passage].isMain } == false)
        #expect(!PassageSegmenter.isRoundupTitle(Tokenizer.tokenize("Fjordby: Vale family sells, fans fume")))
        let names = Tokenizer.tokenize("Exclusive: Fjordline, Nordkapp and Brandt bid for Vale")
        #expect(!PassageSegmenter.isRoundupTitle(names))
    }

    /// A roundup's first item named by an acronym the body spells out (`BoN` for `Bank of
    /// Nordkapp`) leads by the body's name, not the next item the body names.
    @Test func aRoundupsAcronymItemLeadsByTheNameTheBodySpellsOut() {
        let text = """
            Good afternoon. Here is what you need to know today.
            1. A three-way split. The Bank of Nordkapp lowered its rate to 3.25% from 3.5%.
            2. Fjordline keeps buying. Fjordline said it would buy back $3.5bn of shares.
            """
        let a = analyze(
            text, title: "Morning Briefing: BoN splits three ways, Fjordline buyback, Brandt recall")
        let rate = a.mentions.first { $0.quantity.values.first?.amount == 3.25 }
        let buyback = a.mentions.first { $0.quantity.values.first?.amount == 3.5e9 }
        #expect(rate.map { a.features.passages[$0.passage].isMain } == true)
        #expect(buyback.map { a.features.passages[$0.passage].isMain } == false)
        #expect(Extractor.isAcronym("BoN", of: "Bank of Nordkapp"))
        #expect(!Extractor.isAcronym("Bon", of: "Bank of Nordkapp"))
    }

    /// A roundup's first item named only by its section's label (`FJORDLAND -` for
    /// `Fjordland's near-miss majority`) leads: its section is main, the next item's not.
    @Test func aRoundupsFirstItemMayBeNamedByItsSectionLabel() {
        let text = """
            Good morning from Brussels.
            FJORDLAND - Anna Berg's National Union will have 51 seats after postal votes were counted.
            ECB - The European Central Bank kept its deposit rate at 2.25% on Thursday.
            AIR NORD - A pilots' strike forced Air Nord to cancel about 30% of its flights on Monday.
            """
        let a = analyze(
            text, title: "Europe Express: Fjordland's near-miss majority, ECB holds, Air Nord strike")
        let seats = a.mentions.first { $0.quantity.values.first?.amount == 51 }
        let rate = a.mentions.first { $0.quantity.values.first?.amount == 2.25 }
        #expect(seats.map { a.features.passages[$0.passage].isMain } == true)
        #expect(rate.map { a.features.passages[$0.passage].isMain } == false)
    }

    /// A roundup's first item named short in the title leads by the body's longer name
    /// (`Fjordsoft's second cut` for `Fjordsoft Systems`), not the last item the body labels.
    @Test func aRoundupsShortTitleNameLeadsByItsBodyName() {
        let text = """
            Good morning.
            Layoffs: Fjordsoft Systems is cutting about 3,200 jobs, after it cut 1,800 last year.
            Brussels: The Nordic Commission fined a payments group €212 million.
            """
        let a = analyze(text, title: "Pro Rata: Fjordsoft's second cut, a chip round, Brussels fines")
        let jobs = a.mentions.first { $0.quantity.values.first?.amount == 3200 }
        let fine = a.mentions.first { $0.quantity.values.first?.amount == 212e6 }
        #expect(jobs.map { a.features.passages[$0.passage].isMain } == true)
        #expect(fine.map { a.features.passages[$0.passage].isMain } != true)
    }
}

@Suite struct CarryAndSourceTests {
    @Test func analystsFirmIsASource() {
        let a = analyze(
            "Volta Motors reported results. Analysts at Kepler Brokerage had expected revenue of \u{20AC}15 billion."
        )
        #expect(a.mentions.first?.subject == "Volta Motors")
    }

    @Test func aCommonWordOpeningANameIsDropped() {
        let a = analyze("Volta Motors grew. Rival Brandt AG said its sales rose 4%.")
        #expect(a.mentions.first?.subject == "Brandt")
    }

    @Test func anOwnerAfterAPrepositionIsCarriedForward() {
        let a = analyze(
            "Volta Motors grew. Rival Brandt AG said its sales rose 4%. The U.S. market accounted for 22% of "
                + "Volta's deliveries. The company delivered 1.2 million vehicles in 2024.")
        #expect(a.mentions.last?.subject == "Volta Motors")
    }

    @Test func aNameBeforeAPlaceNounIsAPlace() {
        let a = analyze(
            "An earthquake struck Kandar province on Saturday. The Relief Society said 400 buildings had collapsed."
        )
        #expect(a.mentions.first?.subject == "Kandar")
    }
}
