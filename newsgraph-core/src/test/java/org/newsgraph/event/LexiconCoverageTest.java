/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.model.Language;

/**
 * How much of CAMEO each lexicon covers: entries, the 20 roots, and the distinct event codes below the root (three-digit
 * codes and their four-digit refinements). CAMEO defines 149 three-digit categories (010 to 204); the table also shows
 * how many of them the lexicon reaches. docs/events.md ("Lexicon coverage") holds the English table.
 */
class LexiconCoverageTest {
    private static final PredicateLexicon LEXICON = PredicateLexicon.load();
    /** The three-digit categories of CAMEO per root: 010-019, 020-028, ..., 200-204. */
    private static final int[] CATEGORIES = {10, 9, 10, 7, 8, 5, 6, 8, 5, 9, 7, 10, 10, 6, 6, 7, 7, 7, 7, 5};

    @ParameterizedTest
    @EnumSource(Language.class)
    void coversCameo(Language lang) {
        List<Predicate> entries = LEXICON.all(lang);
        Map<String, Integer> perRoot = new TreeMap<>();
        Map<String, Set<String>> categoriesPerRoot = new TreeMap<>();
        Set<String> codes = new TreeSet<>();
        Set<String> categories = new TreeSet<>();
        for (Predicate p : entries) {
            String root = Cameo.root(p.cameo());
            perRoot.merge(root, 1, Integer::sum);
            if (p.cameo().length() >= 3) {
                codes.add(p.cameo());
                categories.add(p.cameo().substring(0, 3));
                categoriesPerRoot.computeIfAbsent(root, k -> new TreeSet<>()).add(p.cameo().substring(0, 3));
            }
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%s lexicon: %d entries, %d roots, %d codes "
                + "below the root, %d of 149 three-digit categories%n| root | entries | three-digit categories |%n",
                lang, entries.size(), perRoot.size(), codes.size(), categories.size()));
        for (int r = 1; r <= 20; r++) {
            String root = String.format(Locale.ROOT, "%02d", r);
            table.append(String.format(Locale.ROOT, "| %s | %d | %d of %d |%n", root, perRoot.getOrDefault(root, 0),
                    categoriesPerRoot.getOrDefault(root, Set.of()).size(), CATEGORIES[r - 1]));
        }
        System.out.print(table);
        assertTrue(entries.size() >= 1200, lang + ": " + entries.size() + " entries, at least 1,200 expected");
        for (int r = 1; r <= 20; r++) {
            String root = String.format(Locale.ROOT, "%02d", r);
            assertTrue(perRoot.containsKey(root), lang + ": no entry for CAMEO root " + root);
        }
        assertTrue(codes.size() >= 150, lang + ": " + codes.size() + " distinct codes below the root, at least 150 expected");
    }
}
