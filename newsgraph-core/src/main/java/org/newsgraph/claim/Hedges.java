/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Language;
import org.newsgraph.nlp.ResourceLines;

/**
 * Hedge and speculation words of the author's own voice ("offenbar", "reportedly", "könnte"), read from
 * {@code claim/hedges.tsv}: they decide the certainty of claims and of the events other stages code. Immutable and
 * thread-safe.
 */
public final class Hedges {
    private static final String RESOURCE = "claim/hedges.tsv";
    private final Map<Language, Map<String, Certainty>> words = new EnumMap<>(Language.class);

    public Hedges() {
        for (ResourceLines.Line line : ResourceLines.read(RESOURCE)) {
            String[] f = line.text().split("\t");
            if (f.length != 3) {
                throw new IllegalStateException(RESOURCE + ":" + line.number() + ": expected 3 tab-separated columns");
            }
            Language lang = Language.fromCode(f[0]).orElseThrow(
                    () -> new IllegalStateException(RESOURCE + ":" + line.number() + ": unknown language " + f[0]));
            words.computeIfAbsent(lang, k -> new HashMap<>()).put(f[1],
                    Certainty.valueOf(f[2].toUpperCase(Locale.ROOT)));
        }
    }

    /** The certainty a word expresses (hedged or speculated), or {@code null} when it is no hedge. */
    public Certainty of(Language language, String word) {
        return words.getOrDefault(language, Map.of()).get(word.toLowerCase(language.locale()));
    }
}
