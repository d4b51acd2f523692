/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.samples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.bench.Prf;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Span;

/**
 * Scores claims against {@code gold/claims.tsv}. A predicted claim matches a gold claim when one of its content parts
 * contains the gold content text (or the gold text contains the part, for fragments) and the speaker agrees: the
 * same actor id, or — for speakers outside the registry — speaker words that include the gold words. Each predicted
 * claim matches at most one gold claim. Among matches, the kind and certainty agreement are reported.
 */
public final class ClaimGold {
    /** The figures: P/R/F1 and agreement on kind and certainty among matches. */
    public record Result(Prf prf, double kindAgreement, double certaintyAgreement) {}

    private record Gold(String sample, String speaker, String cue, String content, String kind, String certainty) {}

    private ClaimGold() {}

    public static Result score(Map<String, Analysis> analyses, PrintStream misses) {
        List<Gold> gold = new ArrayList<>();
        for (String[] f : GoldFile.rows("claims.tsv", 6)) {
            gold.add(new Gold(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        int predicted = analyses.values().stream().mapToInt(a -> a.claims().size()).sum();
        Set<String> used = new HashSet<>();
        int tp = 0;
        int kindOk = 0;
        int certaintyOk = 0;
        for (Gold g : gold) {
            Analysis a = analyses.get(g.sample());
            if (a == null) {
                continue;
            }
            Claim hit = null;
            for (Claim c : a.claims()) {
                String key = g.sample() + "#" + c.id();
                if (!used.contains(key) && contentMatches(g, c) && speakerMatches(g, c, a)) {
                    hit = c;
                    used.add(key);
                    break;
                }
            }
            if (hit == null) {
                if (misses != null) {
                    misses.printf("  missed %s [%s] %s (%s/%s) | %s%n", g.sample(), g.speaker(), g.cue(), g.kind(),
                            g.certainty(), g.content());
                }
                continue;
            }
            tp++;
            kindOk += hit.kind().wireName().equals(g.kind()) ? 1 : 0;
            certaintyOk += hit.certainty().wireName().equals(g.certainty()) ? 1 : 0;
        }
        if (misses != null) {
            printSpurious(analyses, used, misses);
        }
        Prf prf = new Prf();
        prf.add(tp, predicted, gold.size());
        return new Result(prf, tp == 0 ? 0 : (double) kindOk / tp, tp == 0 ? 0 : (double) certaintyOk / tp);
    }

    /** Claims that matched no gold line, in sample order. */
    private static void printSpurious(Map<String, Analysis> analyses, Set<String> used, PrintStream out) {
        for (Map.Entry<String, Analysis> a : new java.util.TreeMap<>(analyses).entrySet()) {
            for (Claim c : a.getValue().claims()) {
                if (!used.contains(a.getKey() + "#" + c.id())) {
                    out.printf("  spurious %s [%s] %s (%s/%s, %s) | %s%n", a.getKey(),
                            c.speaker() == null ? "" : c.speaker().text(), c.cue(), c.kind().wireName(),
                            c.certainty().wireName(), c.method(), c.content().text());
                }
            }
        }
    }

    private static boolean contentMatches(Gold g, Claim c) {
        String goldText = g.content();
        for (Span p : c.contentParts()) {
            if (p.text().contains(goldText) || (goldText.contains(p.text()) && p.text().length() >= goldText.length() / 2)) {
                return true;
            }
        }
        return c.content().text().contains(goldText);
    }

    /**
     * The same actor id; for a speaker outside the registry, speaker words that include the gold words, or a speaker
     * resolved to an entity of the article whose name does ("he" resolved to the Daniel Hagari named before).
     */
    private static boolean speakerMatches(Gold g, Claim c, Analysis a) {
        if (c.speaker() == null) {
            return false;
        }
        if (g.speaker().contains(":") && !g.speaker().contains(" ")) {
            return g.speaker().equals(c.speaker().entity());
        }
        String want = g.speaker().toLowerCase(Locale.ROOT);
        String have = c.speaker().text().toLowerCase(Locale.ROOT);
        if (have.contains(want) || want.contains(have) && have.length() > 3) {
            return true;
        }
        return c.speaker().entity() != null && a.entities().stream().anyMatch(e -> e.id().equals(c.speaker().entity())
                && e.label() != null && e.label().toLowerCase(Locale.ROOT).contains(want));
    }
}
