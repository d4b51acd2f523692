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
 * Classes of objects from {@code event/object-classes-de.tsv} and {@code -en.tsv} ("arms", "troops", "aid"): English lemmas, German word
 * endings (compounds). Immutable.
 */
final class ObjectClasses {
    private final Map<String, Set<String>> words = new HashMap<>();

    static ObjectClasses load() {
        ObjectClasses c = new ObjectClasses();
        for (String lang : new String[] {"de", "en"}) {
            c.read("event/object-classes-" + lang + ".tsv", lang);
        }
        return c;
    }

    private void read(String resource, String lang) {
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            String[] f = line.text().split("\t");
            if (f.length != 3 || !lang.equals(f[1])) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected class, lang (" + lang
                        + "), words");
            }
            Set<String> set = words.computeIfAbsent(f[0] + "/" + f[1], k -> new HashSet<>());
            for (String w : f[2].split(";")) {
                set.add(w.strip().toLowerCase(Locale.ROOT));
            }
        }
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
