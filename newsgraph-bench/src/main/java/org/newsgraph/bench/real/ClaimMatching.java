/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.bench.Prf;
import org.newsgraph.bench.real.RealGold.GoldClaim;

/**
 * Scores found claims against gold claims. A claim is found when one of its content parts covers at least half of
 * the gold content (or the gold content covers half of a shorter part). Among found claims: the speaker is linked
 * when its actor is the gold's actor ({@link ActorRef}); it is right when it is linked, or when the words naming it
 * agree with the gold's speaker words (equal, or one holds the other as whole words: "Foreign Office" in "Britain's
 * Foreign Office") and those are not a bare pronoun; kind and certainty agreement are reported too.
 */
final class ClaimMatching {
    /** Precision, recall and F1 of finding claims, and shares among found ones. */
    record Result(Prf prf, int found, double speaker, double linked, double kind, double certainty) {}

    /**
     * Speaker words that say nothing of who speaks on their own: a pronoun found as "he" is only right when it is
     * resolved to the right actor.
     */
    private static final Set<String> PRONOUNS = Set.of("i", "we", "he", "she", "it", "they", "you", "ich", "wir", "er",
            "sie", "es", "ihr", "man");

    private ClaimMatching() {}

    static Result score(List<GoldClaim> gold, List<Said> said, Map<String, String> texts, PrintStream out) {
        Map<GoldClaim, Said> hits = new IdentityHashMap<>();
        Set<Said> used = new HashSet<>();
        for (GoldClaim g : gold) {
            int at = texts.getOrDefault(g.article(), "").indexOf(g.content());
            if (at < 0) {
                continue;
            }
            for (Said s : said) {
                if (!used.contains(s) && s.article().equals(g.article()) && covers(s, at, at + g.content().length())) {
                    hits.put(g, s);
                    used.add(s);
                    break;
                }
            }
        }
        int speaker = 0;
        int linked = 0;
        int kind = 0;
        int certainty = 0;
        for (GoldClaim g : gold) {
            Said s = hits.get(g);
            if (s == null) {
                if (out != null) {
                    out.printf(Locale.ROOT, "  missed   %s %s (%s) %s | %s%n", g.article(), g.speaker(),
                            g.speakerText(), g.cue(), g.content());
                }
                continue;
            }
            boolean link = g.speaker().sameActor(s.speaker());
            boolean right = link || !PRONOUNS.contains(words(g.speakerText())) && sameWords(g.speakerText(),
                    s.speakerText());
            speaker += right ? 1 : 0;
            linked += link ? 1 : 0;
            kind += g.kind().equals(s.kind()) ? 1 : 0;
            certainty += g.certainty().equals(s.certainty()) ? 1 : 0;
            if (out != null && !link) {
                out.printf(Locale.ROOT, "  speaker  %s gold %s (%s), found %s (%s)%s | %s%n", g.article(), g.speaker(),
                        g.speakerText(), s.speaker(), s.speakerText(), right ? " [words right]" : "", g.content());
            }
        }
        if (out != null) {
            for (Said s : said) {
                if (!used.contains(s)) {
                    out.printf(Locale.ROOT, "  spurious %s %s (%s) | %s%n", s.article(), s.speaker(), s.speakerText(),
                            abbreviate(s.content()));
                }
            }
        }
        int n = hits.size();
        Prf prf = new Prf();
        prf.add(n, said.size(), gold.size());
        return new Result(prf, n, share(speaker, n), share(linked, n), share(kind, n), share(certainty, n));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    private static double share(int n, int of) {
        return of == 0 ? 0 : (double) n / of;
    }

    static boolean covers(Said s, int start, int end) {
        for (int[] p : s.parts()) {
            int overlap = Math.min(end, p[1]) - Math.max(start, p[0]);
            if (overlap > 0 && 2 * overlap >= Math.min(end - start, p[1] - p[0])) {
                return true;
            }
        }
        return false;
    }

    static boolean sameWords(String gold, String found) {
        String a = words(gold);
        String b = words(found);
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b);
        }
        return a.equals(b) || (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ");
    }

    private static String words(String s) {
        if (s == null || "-".equals(s)) {
            return "";
        }
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
