/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.ResourceLines;

/**
 * The lists the SpkAtt reader works with, from {@code spkatt/spkatt-de.tsv} (list id, entries separated by spaces, an
 * example sentence we wrote): punctuation that takes no space before or after it, quotation marks, and what tells a
 * clause. Immutable.
 *
 * @param noSpaceBefore  tokens written without a space before them (",", "“")
 * @param noSpaceAfter   tokens written without a space after them ("„", "(")
 * @param quoteMarks     quotation marks in any style
 * @param clauseBorders  tokens that set a clause off from its frame ("," and ":")
 * @param clauseOpeners  words (lower case) that open a content clause ("dass", "ob")
 */
record SpkAttWords(Set<String> noSpaceBefore, Set<String> noSpaceAfter, Set<String> quoteMarks,
        Set<String> clauseBorders, Set<String> clauseOpeners) {
    static final String RESOURCE = "spkatt/spkatt-de.tsv";
    static final SpkAttWords GERMAN = load(RESOURCE);

    /** True when the word opens a content clause; case does not matter. */
    boolean opensClause(String word) {
        return clauseOpeners.contains(word.toLowerCase(Locale.GERMAN));
    }

    static SpkAttWords load(String resource) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            String[] f = line.text().split("\t", -1);
            if (f.length != 3 || f[1].isBlank()) {
                throw new IllegalStateException(resource + ":" + line.number()
                        + ": expected list id, entries, example");
            }
            if (lists.put(f[0].strip(), Set.of(f[1].strip().split(" +"))) != null) {
                throw new IllegalStateException(resource + ":" + line.number() + ": repeated list " + f[0]);
            }
        }
        for (String id : List.of("no-space-before", "no-space-after", "quote-marks", "clause-border",
                "clause-opener")) {
            if (!lists.containsKey(id)) {
                throw new IllegalStateException(resource + ": no list '" + id + "'");
            }
        }
        return new SpkAttWords(lists.get("no-space-before"), lists.get("no-space-after"), lists.get("quote-marks"),
                lists.get("clause-border"), lists.get("clause-opener"));
    }
}
