/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Coarse tense of a sentence from tags and word forms: past (preterite or perfect) or not. The German tagger emits
 * universal tags without tense, so German preterite is read from auxiliary forms and from verbs whose form differs
 * from their lemma with a past ending ("sagte" / "sagen").
 */
public final class Tense {
    private static final Set<String> GERMAN_PAST_AUX = Set.of("war", "waren", "warst", "wart", "wurde", "wurden",
            "hatte", "hatten", "hattest");
    private static final Set<String> GERMAN_PERFECT_AUX = Set.of("hat", "haben", "ist", "sind", "habe", "sei");
    private static final Set<String> ENGLISH_PERFECT_AUX = Set.of("has", "have", "had");

    private static final Set<String> ENGLISH_FUTURE = Set.of("will", "'ll", "shall", "would");
    /** Words before "to" that make a plan of what follows: "are to take effect", "is due to open". */
    private static final Set<String> ENGLISH_BEFORE_TO = Set.of("is", "are", "was", "were", "due", "set", "scheduled",
            "expected", "planned", "plans", "plan", "intends", "aims");
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "–", "—", "that", "dass", "weil",
            "because");
    private static final Set<String> GERMAN_FUTURE = Set.of("wird", "werden", "wirst", "soll", "sollen", "sollte",
            "sollten", "würde", "würden");

    private Tense() {}

    /**
     * True when the sentence speaks of what lies ahead: an English future or future-in-the-past auxiliary ("will",
     * "would", "going to", "are to", "is due to"), a German "werden" or "sollen" form. Reported plans ("said he would meet") count.
     */
    public static boolean isFuture(Sentence s, Language language) {
        return isFuture(s.tokens(), language);
    }

    /** As {@link #isFuture(Sentence, Language)}, for a run of tokens (a clause). */
    public static boolean isFuture(List<Token> toks, Language language) {
        Set<String> cues = language == Language.ENGLISH ? ENGLISH_FUTURE : GERMAN_FUTURE;
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).word().toLowerCase(Locale.ROOT);
            if (cues.contains(w) || language == Language.ENGLISH && i > 0 && w.equals("to")
                    && (ENGLISH_BEFORE_TO.contains(toks.get(i - 1).word().toLowerCase(Locale.ROOT))
                    || toks.get(i - 1).word().equalsIgnoreCase("going"))) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence's main verb group is in a past tense. */
    public static boolean isPast(Sentence s, Language language) {
        return isPast(s.tokens(), language);
    }

    /** As {@link #isPast(Sentence, Language)}, for a run of tokens (a clause). */
    public static boolean isPast(List<Token> toks, Language language) {
        if (language == Language.ENGLISH) {
            boolean perfect = false;
            for (Token t : toks) {
                if ("VBD".equals(t.pos())) {
                    return true;
                }
                if (ENGLISH_PERFECT_AUX.contains(t.word().toLowerCase(Locale.ROOT))) {
                    perfect = true;
                } else if (perfect && "VBN".equals(t.pos())) {
                    return true;
                }
            }
            return false;
        }
        boolean perfect = false;
        for (Token t : toks) {
            String w = t.word().toLowerCase(Locale.GERMAN);
            if (GERMAN_PAST_AUX.contains(w)) {
                return true;
            }
            if (GERMAN_PERFECT_AUX.contains(w)) {
                perfect = true;
            } else if (perfect && "VERB".equals(t.pos()) && w.startsWith("ge") && (w.endsWith("t") || w.endsWith("en"))) {
                return true;
            }
            if ("VERB".equals(t.pos()) && !w.equals(t.lemma()) && (w.endsWith("te") || w.endsWith("ten"))
                    && !w.startsWith("ge")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of the clause around a span: from the nearest clause boundary before it (a comma, semicolon, colon,
     * dash, "that", "dass", "weil", "because") to the nearest one after it, so that "said on December 30 that he would
     * …" reads the tense of "said". Without a parse this is an approximation by punctuation and subordinators.
     */
    public static List<Token> clauseAround(Sentence s, int start, int end) {
        List<Token> toks = s.tokens();
        int from = 0;
        int to = toks.size();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!isBoundary(t)) {
                continue;
            }
            if (t.end() <= start) {
                from = i + 1;
            } else if (t.start() >= end && i < to) {
                to = i;
                break;
            }
        }
        return toks.subList(from, Math.max(from, to));
    }

    private static boolean isBoundary(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return BOUNDARIES.contains(w);
    }
}
