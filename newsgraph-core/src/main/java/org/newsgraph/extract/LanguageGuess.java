/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * A quick check of the declared language against the text: counts the commonest German and English function words
 * in the first few thousand characters. It only tells German from English (and "neither"), which is all the check
 * needs; the pipeline's language identifier does the full job. Stateless.
 */
final class LanguageGuess {
    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "sich",
            "auf", "für", "den", "dem", "ein", "eine", "auch", "es", "von", "zu", "im", "wird", "wurde", "nach",
            "bei", "sie", "wir", "aber", "noch", "oder", "werden", "hat", "sind", "des", "einer", "über");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "of", "to", "in", "that", "it", "for",
            "with", "was", "on", "are", "as", "be", "by", "this", "have", "from", "or", "has", "but", "not", "an",
            "they", "which", "were", "said", "would", "will", "their", "been", "had", "its", "who");
    private static final int SAMPLE_CHARS = 2000;
    private static final int MIN_HITS = 8;

    private LanguageGuess() {}

    /** "de", "en", or {@code null} when the text is too short or in neither language. */
    static String guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int de = 0;
        int en = 0;
        int words = 0;
        String lower = sample.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start < 0) {
                continue;
            }
            String w = lower.substring(start, i);
            start = -1;
            words++;
            if (GERMAN.contains(w)) {
                de++;
            }
            if (ENGLISH.contains(w)) {
                en++;
            }
        }
        int hits = Math.max(de, en);
        if (hits < MIN_HITS || hits * 8 < words) {
            return null;
        }
        if (de > 2 * en) {
            return "de";
        }
        return en > 2 * de ? "en" : null;
    }
}
