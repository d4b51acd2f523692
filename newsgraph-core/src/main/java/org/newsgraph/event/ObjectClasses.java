/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Language;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.ResourceLines;

/**
 * Classes of objects from {@code event/object-classes.tsv} ("arms", "troops", "aid"): English lemmas, German word
 * endings (compounds). Immutable.
 */
final class ObjectClasses {
    private final Map<String, Set<String>> words = new HashMap<>();

    static ObjectClasses load() {
        ObjectClasses c = new ObjectClasses();
        String resource = "event/object-classes.tsv";
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            String[] f = line.text().split("\t");
            if (f.length != 3 || Language.fromCode(f[1]).isEmpty()) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected class, lang (de|en), words");
            }
            Set<String> set = c.words.computeIfAbsent(f[0] + "/" + f[1], k -> new HashSet<>());
            for (String w : f[2].split(";")) {
                set.add(w.strip().toLowerCase(Locale.ROOT));
            }
        }
        return c;
    }

    /** True when the token names a thing of the class in the language. */
    boolean is(String cls, Language lang, Token tok) {
        Set<String> set = words.getOrDefault(cls + "/" + lang.code(), Set.of());
        if (lang == Language.ENGLISH) {
            return set.contains(tok.lemma().toLowerCase(Locale.ROOT)) || set.contains(tok.word().toLowerCase(Locale.ROOT));
        }
        String w = tok.word().toLowerCase(Locale.GERMAN);
        for (String end : set) {
            if (w.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the class is known (for lint checks of the lexicon). */
    boolean known(String cls) {
        return words.containsKey(cls + "/de") || words.containsKey(cls + "/en");
    }
}
