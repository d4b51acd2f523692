/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorersTest {
    private static final Page A = new Page("a", null, new byte[0]);
    private static final Page B = new Page("b", null, new byte[0]);

    @Test
    void shinglesCountFourGramsAsMultisets() {
        double[] m = ShingleScorer.match("one two three four five", "one two three four six");
        assertEquals(1, m[0]); // "one two three four"
        assertEquals(1, m[1]); // "two three four six"
        assertEquals(1, m[2]); // "two three four five"
        double[] shortText = ShingleScorer.match("tiny text", "tiny text");
        assertEquals(1, shortText[0]);
        assertEquals(0, shortText[1] + shortText[2]);
    }

    @Test
    void emptyExtractionCostsRecallOnly() {
        ShingleScorer s = new ShingleScorer(Map.of("a", "w1 w2 w3 w4 w5", "b", "x1 x2 x3 x4 x5"));
        s.add(A, List.of("w1 w2 w3 w4 w5"));
        s.add(B, List.of());
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(2 * 0.5 / 1.5, s.f1(), 1e-9);
    }

    @Test
    void snippetsAreMatchedAfterWhitespaceNormalisation() {
        SnippetScorer s = new SnippetScorer(Map.of("a", new SnippetScorer.Snippets(List.of("Der  Stadtrat\nhat", "fehlt"),
                List.of("Impressum", "Teilen"))));
        s.add(A, List.of("Der Stadtrat", "hat entschieden.", "Teilen"));
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.5, s.accuracy(), 1e-9);
    }

    @Test
    void rougeLsumMatchesAHandComputedCase() {
        // reference tokens: "the cat sat" + "on the mat"; candidate: "the cat sat on a mat"
        RougeLsum.Score s = new RougeLsum("The cat sat on a mat.").score("The cat sat. On the mat.");
        // LCS(ref1, cand) = the cat sat (3); LCS(ref2, cand) = on ... mat (2): 5 hits of 6 reference tokens
        assertEquals(5.0 / 6, s.recall(), 1e-9);
        assertEquals(5.0 / 6, s.precision(), 1e-9);
    }

    @Test
    void rougeTokensAreLowerCaseAsciiWords() {
        assertEquals(List.of("it", "s", "caf", "2024"), RougeLsum.tokens("It's café 2024!"));
    }

    @Test
    void optionalGoldParagraphsMayBeLeftOut() {
        List<List<String>> refs = RougeScorer.references(List.of("Kept.", "[Optional one.]", "[::]", "Also kept."));
        assertEquals(2, refs.size());
        assertEquals(List.of("Kept.", "Optional one.", "::", "Also kept."), refs.get(0));
        assertEquals(List.of("Kept.", "::", "Also kept."), refs.get(1));
        RougeScorer scorer = new RougeScorer(Map.of("a", List.of("Kept here.", "[Optional one.]")));
        assertEquals(1.0, scorer.add(A, List.of("Kept here.")).f1(), 1e-9);
    }

    @Test
    void sentenceSplitterKnowsAbbreviationsAndIgnoresLineBreaks() {
        assertEquals(List.of("Mr. Smith went to Washington, D.C. on Monday.", "He met Sen. Jones!", "Why?"),
                SentenceSplitter.split("Mr. Smith went to Washington, D.C. on Monday. He met Sen. Jones! Why?"));
        assertEquals(List.of("A heading\n\nThe first sentence.", "The second one."),
                SentenceSplitter.split("A heading\n\nThe first sentence. The second one."));
    }
}
