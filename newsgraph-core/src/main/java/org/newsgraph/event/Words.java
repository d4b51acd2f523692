/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Language;
import org.newsgraph.nlp.ResourceLines;

/**
 * The event coder's word lists, from {@code event/words-de.tsv} and {@code event/words-en.tsv}: one list a row (list
 * id, words separated by ";", an example sentence we wrote), read once and immutable. Rules ask for a list by id; most
 * take the words of both languages ({@link #of(String)}), as the coder has always matched them, some those of one
 * language ({@link #of(Language, String)}). A list no file has is an error when the rule that uses it loads.
 */
final class Words {
    /** The word-list files, one per language. */
    static final Map<Language, String> RESOURCES = Map.of(Language.GERMAN, "event/words-de.tsv",
            Language.ENGLISH, "event/words-en.tsv");

    /** One row of a word-list file: which list, its words, and the sentence that shows it at work. */
    record Row(String where, String list, List<String> words, String example) {}

    private static final Map<Language, Map<String, List<String>>> LISTS = load();

    private Words() {}

    /** The words of a list in either language, in file order (German first). */
    static Set<String> of(String list) {
        Set<String> out = new LinkedHashSet<>();
        for (Language lang : Language.values()) {
            out.addAll(LISTS.get(lang).getOrDefault(list, List.of()));
        }
        return known(list, out);
    }

    /** The words of a list in one language (empty when that language has no row for it). */
    static Set<String> of(Language lang, String list) {
        of(list); // the list must exist in some language
        return Collections.unmodifiableSet(new LinkedHashSet<>(LISTS.get(lang).getOrDefault(list, List.of())));
    }

    /** A list of pairs ("zum=zu"), either language: each word and what it stands for. */
    static Map<String, String> pairs(String list) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String w : of(list)) {
            int eq = w.indexOf('=');
            if (eq <= 0 || eq == w.length() - 1) {
                throw new IllegalStateException("word list '" + list + "': expected word=value, not '" + w + "'");
            }
            out.put(w.substring(0, eq), w.substring(eq + 1));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The rows of one file.
     *
     * @throws IllegalStateException for a row without three columns, without words, or repeating a list id
     */
    static List<Row> rows(String resource) {
        List<Row> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            String where = resource + ":" + line.number();
            String[] f = line.text().split("\t", -1);
            if (f.length != 3) {
                throw new IllegalStateException(where + ": expected list, words, example; got " + f.length
                        + " columns");
            }
            String list = f[0].strip();
            if (!list.matches("[a-z]+(-[a-z]+)*") || !seen.add(list)) {
                throw new IllegalStateException(where + ": bad or repeated list id '" + list + "'");
            }
            List<String> words = new ArrayList<>();
            for (String w : f[1].split(";")) {
                if (!w.isBlank()) {
                    words.add(w.strip());
                }
            }
            if (words.isEmpty()) {
                throw new IllegalStateException(where + ": list '" + list + "' has no words");
            }
            out.add(new Row(where, list, List.copyOf(words), f[2].strip()));
        }
        return out;
    }

    private static Map<Language, Map<String, List<String>>> load() {
        Map<Language, Map<String, List<String>>> out = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            Map<String, List<String>> lists = new LinkedHashMap<>();
            for (Row r : rows(RESOURCES.get(lang))) {
                lists.put(r.list(), r.words());
            }
            out.put(lang, Collections.unmodifiableMap(lists));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Set<String> known(String list, Set<String> words) {
        if (words.isEmpty()) {
            throw new IllegalStateException("no word list '" + list + "' in " + RESOURCES.values());
        }
        return Collections.unmodifiableSet(words);
    }
}
