import ClaimModel
import Testing

@testable import Extraction

@Suite struct MeasureTests {
    func measures(_ text: String) -> [String] { analyze(text).mentions.map(\.measure) }

    /// A price tag and a bill are what a thing costs (`the final bill will be closer to
    /// zł14.6bn`), so two outlets' figures for one project meet under one measure.
    @Test func priceTagsAndBillsAreCosts() {
        let a = analyze(
            "The price tag for Warsaw's metro line is now zł11.2bn, officials said, but the audit office "
                + "believes the final bill will be closer to zł14.6bn.",
            title: "Warsaw metro cost overrun")
        #expect(a.mentions.map(\.measure) == ["cost", "cost"])
    }

    @Test func theStatedNounNamesTheMeasure() {
        #expect(measures("Fjordline will pay a dividend of \u{20AC}1.20 a share.") == ["dividend"])
        #expect(
            measures("Fjordline's net income fell to $727 million, or 49 cents per share.") == [
                "profit", "earnings per share",
            ])
        #expect(measures("Fjordline opened the tunnel. Tolls will start at A$4.50 per trip.") == ["tolls"])
    }

    /// A pronoun names no measure: its figure is of the measure of the one before it.
    /// A casualty word names counts of people only: `a near dead heat` after two vote shares
    /// makes no death toll of them.
    @Test func aCasualtyWordNamesNoShareOrSum() {
        let a = analyze(
            "An exit poll had shown the Fjord Party on 29.5% and the Coast Party on 28.7%, a near dead heat.")
        #expect(a.mentions.count == 2)
        #expect(!a.mentions.contains { $0.measure == "death toll" })
    }

    @Test func aPronounsFigureIsOfTheMeasureBefore() {
        #expect(
            measures(
                "Insured losses could reach $30 billion to $50 billion, Nordrisk said, while Fjordline put "
                    + "them at $22 billion to $36 billion.") == ["losses", "losses"])
    }

    @Test func aPercentageAfterAVerbOfChangeIsAChange() {
        #expect(measures("Nordkapp Group dropped 4.52% on Friday.") == ["decline"])
        #expect(measures("Nordkapp shares dropped 4.52% on Friday.") == ["share price move"])
        #expect(measures("Nordkapp carried more people, a rise of 7 per cent.") == ["growth"])
        #expect(measures("Nordkapp said its sales grew 18% last year.") == ["sales growth"])
        #expect(measures("Nordkapp said its revenue fell by 3% last year.") == ["revenue decline"])
    }

    /// An amount after `by` that a verb of change governs is the change, not the level it led
    /// to (`cut its key rate by 25 basis points to 2.25%`).
    @Test func anAmountMovedByIsAChange() {
        #expect(
            measures("Nordbank cut its key policy rate by 25 basis points to 2.25% on Wednesday.") == [
                "interest rate decline", "interest rate",
            ])
        #expect(measures("Nordbank raised its budget by $2 billion.") == ["budget growth"])
        // `by` without a verb of change before it is no change.
        #expect(measures("Nordbank's budget was set by $2 billion of new debt.") != ["budget growth"])
    }

    /// The other end of a change says what a bare number counts; the end a change started
    /// from is the measure's previous value; a count lost or gained is a change.
    /// A change's start point that the sentence says was first published, provisional or
    /// corrected is the withdrawn figure, named as the figure it changed to (it competes with
    /// it); a change over time keeps its `previous` value.
    @Test func withdrawnStartPointsAreNoPreviousValues() {
        #expect(
            measures("Nordkapp's share of the vote fell to 10.6% from 11.2% first published.") == [
                "vote", "vote",
            ])
        #expect(
            measures("Nordkapp won 26 seats, down from 37 in the preliminary count.") == ["seats", "seats"])
        #expect(
            measures("Nordkapp's share rose to 8.9% from 8.8% in the preliminary data.") == [
                "share", "share",
            ])
        #expect(
            measures("Nordkapp's share rose to 8.9% from 8.8% in the spring.") == ["share", "previous share"])
        #expect(
            measures("Fjordline said revenue rose to $5 billion from $4 billion.") == [
                "revenue", "previous revenue",
            ])
    }

    @Test func changesOfCountsAndTheirEnds() {
        #expect(
            measures("Nordkapp more than tripled its tally from 9 seats to 26.") == [
                "previous seats", "seats",
            ])
        #expect(measures("Nordkapp won 26 seats, down from 37.") == ["seats", "previous seats"])
        #expect(
            measures("Fjordline said revenue rose to $5 billion from $4 billion.") == [
                "revenue", "previous revenue",
            ])
        #expect(measures("Nordkapp lost 11 seats in the vote.") == ["seats decline"])
        // Stores closed or opened are a change of the count, no rival of the count.
        #expect(
            measures("Fjordline has 1,390 stores and plans to close up to 315 stores and to open 40 stores.")
                == ["stores", "stores decline", "stores growth"])
        // A speaker's words between the two ends; the users counted before are users after.
        let users = analyze(
            "Fjordchat has crossed 400 million monthly active users, its head Ola Dahl said on Tuesday, "
                + "up from 350 million in April. Daily active users reached 115 million in June.")
        #expect(
            users.mentions.map(\.measure) == [
                "monthly active users", "previous monthly active users", "daily active users",
            ])
        #expect(users.mentions.allSatisfy { $0.quantity.values.first?.unit == .users })
        // A number with nothing to count after `to` stays no figure.
        #expect(measures("Nordkapp moved the vote to 26 June.").isEmpty)
    }

    /// A change's start point named only vaguely takes the measure of the figure it changed to,
    /// and a figure restated per share after `, or` is that figure per share.
    @Test func theStartOfAChangeIsWhatItChangedTo() {
        #expect(
            measures(
                "Fjordline's net income fell 31% to $727 million, or 49 cents per share, from $1.05 billion, "
                    + "or 70 cents per share, a year earlier.") == [
                    "profit decline", "profit", "earnings per share", "previous profit",
                    "previous earnings per share",
                ])
        // A start point dated apart from the figure it changed to is that period's figure.
        #expect(
            measures("Fjordline spent $83bn on capital expenditure last year, up from $48bn in 2023.") == [
                "capital expenditure", "capital expenditure",
            ])
        // A named start point keeps its own name.
        #expect(
            measures("Fjordline said revenue rose to $5 billion from $4 billion.") == [
                "revenue", "previous revenue",
            ])
    }

    /// Figures others expected are the expected measure, named by their own cue or by the
    /// reported figure they are set against; a company's own estimate is no such figure.
    @Test func whatAnalystsExpectedIsAMeasureOfItsOwn() {
        #expect(
            measures(
                "Fjordline reported revenue of $11.72 billion, beating analysts' average estimate of "
                    + "$11.00 billion.") == ["revenue", "analysts' expected revenue"])
        #expect(
            measures("Earnings per share were 49 cents, compared with expectations of 27 cents.") == [
                "earnings per share", "analysts' expected earnings per share",
            ])
        #expect(
            measures("The capex plan is well above the $50.25 billion that analysts had expected on average.")
                == ["analysts' expected capital expenditure"])
        #expect(
            measures("Economists polled by Reuters had expected growth of 0.5% in the quarter.") == [
                "analysts' expected growth"
            ])
        // A results table's line: the figure set against the reported one and named expected.
        #expect(
            measures("Earnings per share: $1.31 adjusted vs. $1.14 expected") == [
                "earnings per share", "analysts' expected earnings per share",
            ])
        #expect(
            measures("Fjordline raised its estimate of the cost of tariffs to $1.5 billion.") == ["tariff"])
        #expect(
            measures("Economists surveyed by a wire service had been looking for 0.3% in August.").first?
                .hasPrefix("analysts' expected") == true)
        // What a reported figure beats or is set against is what others expected; the company's
        // own estimate is not.
        #expect(
            measures("Fjordline's revenue rose to $10.25 billion, above estimates of $10.11 billion.") == [
                "revenue", "analysts' expected revenue",
            ])
        #expect(
            measures(
                "Fjordline's revenue rose to $10.25 billion, against the Marketwatch estimate of $10.1 billion."
            )
                == ["revenue", "analysts' expected revenue"])
        #expect(
            measures("Fjordline's revenue rose to $10.25 billion, beating its own estimate of $10.1 billion.")
                .last?.hasPrefix("analysts' expected") == false)
    }

    /// A month after a hyphen names no one (`the October-December period`).
    @Test func aMonthAfterAHyphenIsNoName() {
        let a = analyze(
            "Fjordline's revenue rose to $10.25 billion in the October-December period, above estimates of "
                + "$10.11 billion.")
        #expect(a.mentions.map(\.subject) == ["Fjordline", "Fjordline"])
    }

    /// A segment's revenue keeps its segment (`Data center revenue`), not a period or a way of
    /// counting (`second-quarter revenue`, `net revenue`); a tolerance is no figure; buybacks
    /// are named.
    @Test func segmentsTolerancesAndBuybacks() {
        #expect(measures("Data center revenue was $41.1 billion.") == ["data center revenue"])
        #expect(measures("Fjordline said cloud revenue rose to $12 billion.") == ["cloud revenue"])
        #expect(
            measures("Fjordline's direct-to-consumer revenue fell 4% to $4.5 billion.").last
                == "direct-to-consumer revenue")
        #expect(measures("Fjordline's second-quarter revenue rose to $46.7 billion.") == ["revenue"])
        #expect(measures("Fjordline said net revenue was $4 billion.") == ["revenue"])
        #expect(measures("Fjordline forecast revenue of $54 billion, plus or minus 2%.") == ["revenue"])
        #expect(
            measures("Its board approved an additional $60 billion in share buybacks.") == ["share buyback"])
        #expect(measures("Fjordline will buy back up to $10 billion of its shares.") == ["share buyback"])
    }

    /// The sum of a release clause is named by it, wherever it stands.
    @Test func releaseClausesNameTheirSums() {
        #expect(
            measures("Fjordline FC met the 40 million euro release clause of their new striker.") == [
                "release clause"
            ])
        #expect(measures("His buyout clause stood at \u{20AC}30m, the club said.") == ["release clause"])
    }

    /// The part of a fee paid in add-ons is its bonuses, not a rival fee.
    @Test func addOnsAreBonuses() {
        #expect(
            measures(
                "The transfer fee comprises 100 million pounds up front and 16 million pounds in add-ons.")
                == [
                    "transfer fee", "bonuses",
                ])
    }

    /// Near `shares`, a sum is a share price and a count is of shares (a percentage is their
    /// move); a percentage owned is a stake, the owner's when a `who` clause names them.
    @Test func sharesPricesAndStakes() {
        #expect(
            measures(
                "Fjordline priced its shares at $40 each, above the marketed range. It sold 5 million shares, "
                    + "while existing investors sold 29.3 million shares. The shares rose 15%.") == [
                    "stock price", "shares", "shares", "share price move",
                ])
        let stake = analyze(
            "Fjordline listed on Tuesday. Chief executive Ola Dahl, who owns about 7% of the company, "
                + "rang the bell. Nordkapp Capital owns 22% of Fjordline.")
        #expect(stake.mentions.map(\.measure) == ["stake", "stake"])
        #expect(stake.mentions.map(\.subject) == ["Ola Dahl", "Nordkapp Capital"])
    }

    /// A cue word inside a name names no measure; what a forecast is of stands before `is
    /// forecast to`; `up from` looks back to the figure before it.
    @Test func namesForecastsAndLookingBack() {
        #expect(
            measures(
                "The Office for Budget Responsibility cut its forecast for economic growth to 1.4% from 1.9%."
            )
                == ["growth", "previous growth"])
        #expect(measures("Borrowing is forecast to fall to 138 billion pounds this year.") == ["borrowing"])
        #expect(
            measures("The office now expects growth of 1.5% this year, up from 1%, but only 1.4% next year.")
                .prefix(2) == ["growth", "previous growth"])
    }

    /// The level a move led to is the level of what moved, with the amount of the move between.
    @Test func theLevelAfterAMoveIsOfWhatMoved() {
        #expect(
            measures("Two-year government bond yields fell 6 basis points to 2.61% on Wednesday.") == [
                "bond yields decline", "bond yields",
            ])
    }

    /// A price per share is one; a dividend a share keeps its own name; a premium is a premium.
    @Test func pricesPerShareAndPremiums() {
        #expect(
            measures("Fjordline will buy Nordkapp for $72 per share in cash, a 46% premium.") == [
                "price per share", "premium",
            ])
        #expect(measures("Fjordline will pay a dividend of \u{20AC}1.20 a share.") == ["dividend"])
        #expect(measures("The Basel-based company will pay $72 a share.") == ["price per share"])
    }

    @Test func backlogsAndDeliveries() {
        #expect(
            measures("Skyjet delivered 766 aircraft in 2025. Its order backlog stood at 8,658 aircraft.") == [
                "deliveries", "order backlog",
            ])
    }

    /// Casualties counted by their verb alone (`injured nine`) or named after the people they
    /// count (`13 people had been injured`).
    @Test func casualtiesNamedByTheirVerb() {
        #expect(measures("The fire in Brekkvik has injured nine, officials said.") == ["people injured"])
        #expect(measures("In Brekkvik 13 people had been injured by Thursday.") == ["people injured"])
        #expect(measures("In Brekkvik 13 people attended the meeting.") == ["people"])
    }

    /// Jobs cut are a change of the workforce, not its size.
    @Test func jobsCutAreJobCuts() {
        #expect(measures("Fjordline will cut roughly 2,400 jobs this year.") == ["job cuts"])
        #expect(measures("Fjordline will lay off 1,000 workers.") == ["job cuts"])
        #expect(measures("Fjordline plans to eliminate another 300 positions.") == ["job cuts"])
        #expect(measures("Fjordline employs 2,400 people.") == ["employees"])
        // People are cut only when laid off.
        #expect(measures("The storm cut 2,000 people off from power.") != ["job cuts"])
    }

    @Test func physicalUnitsNameTheirOwnMeasure() {
        #expect(
            measures("Fjordline will add 1 gigawatt of computing and hold 1.3 million GPUs.") == [
                "computing capacity", "GPUs",
            ])
        #expect(measures("Fjordline's depot covers 2,250 acres.") == ["area"])
    }

    @Test func aComparisonIsAChangeAndItsBaseIsNoPeriod() {
        let a = analyze("Investment at that level would be roughly 50% above what Fjordline spent last year.")
        #expect(a.mentions.map(\.measure) == ["growth"])
        #expect(a.mentions.first?.period == nil)
    }

    @Test func aChangeNounAfterThePercentage() {
        #expect(measures("The plan implies a roughly 50% increase for Fjordline.") == ["growth"])
    }

    /// What a sum is of, said after it, names it when no cue does; legal awards and prices are
    /// named by their own words, not by a nearby `appeal` or `raised`.
    @Test func sumsOfANounAwardsAndPrices() {
        #expect(measures("Fjordline has about $36 billion of net debt.") == ["net debt"])
        #expect(measures("Fjordline expects the $2.1 billion award to be reduced on appeal.") == ["award"])
        #expect(
            measures(
                "The jury awarded Dana Whitlock $65 million in compensatory damages and $2 billion in punitive damages."
            )
                == ["compensatory damages", "punitive damages"])
        #expect(
            measures("Fjordline raised the price of its standard ticket to $17.99.") == ["price"])
    }

    /// What a sum is in names it too (`$6.6 billion in grants`), a compound is one word, and the
    /// end of a compound before a noun is no cue (`low-cost`); a change in a measure is that
    /// measure's change (`a 21% fall in retail sales`); expanding by a sum is a change.
    @Test func sumsInANounCompoundsAndChangesInAMeasure() {
        #expect(
            measures(
                "The agency gave Fjordline $6.6 billion in grants and $5 billion in low-cost government loans."
            )
                == ["grants", "government loans"])
        #expect(
            measures("Fjordline secured $700 million in debtor-in-possession financing.") == [
                "debtor-in-possession financing"
            ])
        #expect(
            measures("Fjordline reported a 21% fall in first-quarter retail sales.") == ["sales decline"])
        #expect(
            measures("Fjordline will expand its planned investment by $25 billion to $65 billion.") == [
                "investment growth", "investment",
            ])
    }

    /// Money per unit of a commodity is its price; a sum before a noun describes it (`a $95
    /// billion legislative package`), unless the noun says nothing (`the $20 billion figure`); the
    /// window of a statistic is no figure (`a 30-day average`).
    @Test func pricesPerUnitSumsBeforeANounAndWindows() {
        #expect(measures("Nordic crude rose to $81.82 a barrel.") == ["price"])
        #expect(measures("Fjordline's board backed a $9 billion strategic plan.") == ["strategic plan"])
        #expect(measures("Fjordline agreed to the $35.9 billion deal.") == ["deal"])
        #expect(measures("The $20 billion figure includes leases.") == ["amount"])
        #expect(
            measures("Fjordline offered a premium of 33% to Nordkapp's 30-day volume-weighted average price.")
                == [
                    "premium"
                ])
    }

    /// What a factory produced is its production; what a sum is in, said right after it, names
    /// it before a cue further on (`loans for semiconductor production`).
    @Test func productionAndSumsBeforeLaterCues() {
        #expect(measures("Fjordline produced 459,445 ferries in the quarter.") == ["production"])
        #expect(
            measures("The agency lent Fjordline $5 billion in government loans for ferry production.") == [
                "government loans"
            ])
    }

    /// Money raised is the sum right after the verb; a forecast raised is no funding.
    @Test func fundsRaisedAndForecastsRaised() {
        #expect(measures("Fjordline raised a further $1 billion from investors.") == ["funding"])
        #expect(measures("Fjordline's total raise of $1.7 billion was led by Nordfond.") == ["funding"])
        #expect(!measures("Fjordline raised its forecast to $10.8 billion.").contains("funding"))
    }

    /// Outbreaks and fires: people infected are cases, what deaths or cases reach is their toll,
    /// a share contained is containment, people forced to evacuate are evacuated.
    @Test func outbreaksAndFires() {
        #expect(
            measures("The outbreak in Brekkvik has killed at least 22 people and infected 354 since July.")
                == [
                    "death toll", "cases",
                ])
        #expect(measures("Brekkvik said cholera deaths had risen to 28.") == ["death toll"])
        #expect(measures("The Brekkvik fire was 12% contained.") == ["containment"])
        #expect(measures("The Brekkvik fire forced about 4,000 people to evacuate.") == ["people evacuated"])
    }

    @Test func ratesAndVotes() {
        #expect(measures("The Nordbank lifted its policy rate to 0.5 per cent.") == ["interest rate"])
        #expect(measures("The Coast Party won the state election with 37.0 percent.") == ["vote share"])
        // A count is no share, whatever cue of one comes before it.
        #expect(measures("The Coast Party won the state election, taking 41 seats.") == ["seats"])
    }
}

@Suite struct OpenerTests {
    @Test func commonWordsOpeningASentenceAreNoNames() {
        let a = analyze(
            "Nordlicht Energy grew. Net profit rose to \u{20AC}410 million. Traffic may reach 45,000 vehicles a day."
        )
        #expect(a.mentions.allSatisfy { $0.subject == "Nordlicht Energy" })
    }

    @Test func aDescriptorBeforeANameIsNoName() {
        let a = analyze(
            "Ferry operator Fjordline said it carried 2.1 million passengers. The company expects 30 million passengers in 2025."
        )
        #expect(a.mentions.map(\.subject) == ["Fjordline", "Fjordline"])
    }

    /// A qualifier of roles opening a sentence with a verb only a party does is the party
    /// (`Labour won`); before a noun it is an ordinary word (`Labour costs rose`).
    @Test func aQualifierActingAsAPartyIsTheParty() {
        #expect(
            analyze("Labour won 411 seats, the broadcaster projected.").mentions.map(\.subject) == ["Labour"])
        #expect(
            analyze("Labour costs rose 5% at Fjordline in the quarter.").mentions.map(\.subject) == [
                "Fjordline"
            ])
    }

    @Test func ministriesQualifyRoles() {
        let a = analyze(
            "Fjordline opened the tunnel. Transport minister Dana Whitlock said it cost A$2.9 billion.")
        #expect(a.mentions.first?.subject == "Fjordline")
    }
}

@Suite struct DealAndResultsTests {
    @Test func theSecondHalfOfAYearIsNoShare() {
        #expect(analyze("Fjordline expects the deal to close in the second half of 2025.").mentions.isEmpty)
    }

    @Test func aChangeAndItsResultAreTwoFigures() {
        let a = analyze("Fjordline raised its monthly price by $2 to $17.99 in October.")
        #expect(a.mentions.map { $0.quantity.values.first?.amount } == [2, 17.99])
        #expect(a.mentions.allSatisfy { $0.quantity.bound != .range })
    }

    @Test func sharesOfANameBelongToIt() {
        let a = analyze("Harbin Foods will buy Meridian. Shares of Meridian jumped 24% in New York trading.")
        #expect(a.mentions.first?.subject == "Meridian")
    }

    @Test func countsKeepTheirNounOverALaterCue() {
        #expect(
            analyze(
                "Meridian, which employs 6,500 people across 14 plants, reported net income of $212 million."
            )
            .mentions.map(\.measure) == ["employees", "plants", "profit"])
    }

    @Test func aCueAfterAContrastBelongsToTheOtherClause() {
        #expect(
            analyze("Streamly's revenue rose 21% to $2.9 billion, while its operating margin widened to 18%.")
                .mentions.map(\.measure) == ["revenue growth", "revenue", "operating margin"])
    }

    @Test func aCollectiveSubjectAfterASource() {
        let a = analyze(
            "Fjordline grew. According to data from Dealwatch, Chinese companies have announced $18 billion of acquisitions."
        )
        #expect(a.mentions.first?.subject == "Chinese companies")
    }
}

@Suite struct RoundupFallbackTests {
    @Test func anUnrelatedItemDoesNotLendItsFiguresToTheTopic() {
        let text = """
            Fjordline plans to spend $2bn on ferries this year.
            1. Fjordline also ordered two ferries.
            2. Two cargo ships will sail from Oslo next week.
            """
        let a = analyze(text, title: "Morning Briefing: Fjordline's ferry plan")
        #expect(!a.mentions.contains { $0.measure.contains("cargo ships") })
    }

    @Test func aCountRightBeforeItsCasualtyWordKeepsIt() {
        #expect(
            analyze("The quake hit homes in Brekkvik, with 5,674 people injured.").mentions.map(\.measure)
                == [
                    "people injured"
                ])
    }
}
