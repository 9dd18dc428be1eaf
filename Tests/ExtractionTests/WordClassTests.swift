import Testing

@testable import Extraction

/// The byte index behind `WordClass.of` must agree with the tables it is built from.
@Suite struct WordClassTests {
    @Test func everyTableWordFindsItsClasses() {
        for (word, classes) in WordClass.table {
            #expect(WordClass.of(word) == classes, "\(word)")
        }
    }

    @Test func classesMatchTableMembership() {
        #expect(WordClass.of("the").contains(.functionWord))
        #expect(WordClass.of("reportedly").contains(.hedge))
        #expect(WordClass.of("billion").contains(.magnitude))
        #expect(WordClass.of("usd").contains(.currencyCodeFolded))
        #expect(WordClass.of("\u{201D}").contains(.closer))
        #expect(!WordClass.of("fjordline").contains(.functionWord))
        // The mention annotation's tables: every word carries its class, a word outside does not.
        for (words, c) in [
            (EntityRecognizer.wordsBeforeName, WordClass.wordBeforeName),
            (EntityRecognizer.mediaNouns, .mediaNoun), (EntityRecognizer.wordsBeforeVerb, .wordBeforeVerb),
            (EntityLexicon.places, .place), (EntityLexicon.reporters, .reporterName),
            (StopWords.english, .stopWord), (EntityRecognizer.commonOpeners, .commonOpener),
            (AttributionFinder.sourceWords, .sourceWord), (Estimates.forecasters, .forecaster),
            (Estimates.estimateNouns, .estimateNoun), (Estimates.expectVerbs, .expectVerb),
            (Estimates.clauseStops, .estimateClauseStop), (SubjectResolver.subordinators, .subordinator),
            (SubjectResolver.placeMeasures, .placeMeasure), (PeriodResolver.comparisonWords, .comparisonWord),
            (PeriodResolver.statementVerbs, .statementVerb), (Set(EntityRecognizer.citingWords), .citingWord),
            (Set(EntityRecognizer.firmPrepositions), .firmPreposition),
            (Set(EntityRecognizer.analystNouns), .analystNoun),
            (Set(EntityRecognizer.reportingVerbs), .reportingVerb),
            (Set(EntityRecognizer.mediaModifiers), .mediaModifier),
            (Set(EntityRecognizer.appositiveStarts), .appositiveStart),
            (Set(EntityRecognizer.placeNouns), .placeNoun),
            (Set(EntityRecognizer.personPronouns), .personPronoun),
            (Set(EntityRecognizer.ownerNouns), .ownerNoun),
        ] {
            for word in words { #expect(WordClass.of(word).contains(c), "\(word)") }
            #expect(!WordClass.of("fjordline").contains(c))
        }
    }

    @Test func wordsOutsideTheTablesHaveNoClass() {
        for word in [
            "fjordline", "", "thee", "th", "billions-plus", "caf\u{00E9}", "x", "zzzzzzzzzzzzzzzzzzzz",
        ]
        where WordClass.table[word] == nil {
            #expect(WordClass.of(word) == [], "\(word)")
        }
    }

    @Test func tokensCarryTheClassesOfTheirLowerCaseForm() {
        let tokens = Tokenizer.tokenize("The Ferry reportedly cost 5 Billion euros")
        for t in tokens {
            #expect(t.classes == WordClass.of(t.lower), "\(t.text)")
        }
        #expect(tokens[0].has(.functionWord))
        #expect(tokens[4].kind == .number)
        #expect(tokens[5].has(.magnitude))
        #expect(tokens[6].has(.currencyName))
    }
}
