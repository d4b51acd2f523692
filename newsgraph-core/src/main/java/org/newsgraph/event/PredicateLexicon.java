/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Language;
import org.newsgraph.model.PloverType;
import org.newsgraph.nlp.ResourceLines;

/** The event predicates of both languages, from {@code event/predicates-de.tsv} and {@code -en.tsv}. Immutable. */
final class PredicateLexicon {
    private static final Set<String> KNOWN_FLAGS = Set.of("sym", "loc", "free", "plan", "rev", "guests",
            "answer");
    private final Map<Language, Map<String, List<Predicate>>> byHead = new EnumMap<>(Language.class);
    private final Map<String, String> germanForms = new HashMap<>();

    static PredicateLexicon load() {
        PredicateLexicon l = new PredicateLexicon();
        l.read(Language.GERMAN, "event/predicates-de.tsv");
        l.read(Language.ENGLISH, "event/predicates-en.tsv");
        l.readForms("event/verb-forms-de.tsv");
        return l;
    }

    /**
     * The infinitive of a German verb form the lemmatizer missed: an irregular form from the table ("empfing":
     * "empfangen"), else a regular one whose ending, taken off and replaced by "-en" or "-n", gives a lexicon verb
     * ("unterzeichneten": "unterzeichnen", "verhandelte": "verhandeln"); null when none does.
     */
    String germanInfinitive(String form) {
        String irregular = germanForms.get(form);
        if (irregular != null) {
            return irregular;
        }
        Map<String, List<Predicate>> de = byHead.getOrDefault(Language.GERMAN, Map.of());
        for (String ending : List.of("test", "tet", "ten", "te", "st", "t", "en", "e")) {
            if (form.length() > ending.length() + 3 && form.endsWith(ending)) {
                String stem = form.substring(0, form.length() - ending.length());
                for (String candidate : List.of(stem + "en", stem + "n")) {
                    if (de.containsKey(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }

    private void readForms(String resource) {
        for (String[] f : lines(resource)) {
            if (f.length != 2) {
                throw new IllegalStateException(resource + ": expected infinitive, forms: " + String.join("\t", f));
            }
            for (String form : f[1].split(";")) {
                germanForms.put(form.strip().toLowerCase(Locale.GERMAN), f[0].strip());
            }
        }
    }

    private static List<String[]> lines(String resource) {
        List<String[]> out = new ArrayList<>();
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            out.add(line.text().split("\t", -1));
        }
        return out;
    }

    /** Entries whose verb or noun (without particle) is this lemma, conditional readings first. */
    List<Predicate> lookup(Language lang, String lemma) {
        return byHead.getOrDefault(lang, Map.of()).getOrDefault(lemma, List.of());
    }

    /** Every entry of a language (for lint tests). */
    List<Predicate> all(Language lang) {
        List<Predicate> out = new ArrayList<>();
        byHead.getOrDefault(lang, Map.of()).values().forEach(out::addAll);
        return out;
    }

    private void read(Language lang, String resource) {
        Map<String, List<Predicate>> m = byHead.computeIfAbsent(lang, k -> new HashMap<>());
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            Predicate p = parse(resource, line.number(), line.text().split("\t", -1));
            List<Predicate> list = m.computeIfAbsent(p.verb(), k -> new ArrayList<>());
            if (p.requires() != null) {
                list.add(0, p);
            } else {
                list.add(p);
            }
        }
    }

    private static Predicate parse(String resource, int line, String[] f) {
        if (f.length < 6) {
            throw new IllegalStateException(resource + ":" + line + ": expected lemma, pos, plover, cameo, label, targets");
        }
        String flags = f.length > 6 ? f[6] : "";
        String requires = null;
        for (String flag : flags.split(",")) {
            if (flag.startsWith("when:")) {
                requires = flag.substring("when:".length());
            }
        }
        List<String> targets = "-".equals(f[5].strip()) || f[5].isBlank() ? List.of() : List.of(f[5].split(","));
        List<String> flagList = List.of(flags.split(","));
        for (String flag : flagList) {
            if (!flag.isBlank() && !KNOWN_FLAGS.contains(flag) && !flag.startsWith("when:")) {
                throw new IllegalStateException(resource + ":" + line + ": unknown flag '" + flag + "'");
            }
        }
        return new Predicate(f[0].strip().toLowerCase(Locale.ROOT), "noun".equals(f[1]),
                PloverType.valueOf(f[2]), f[3], f[4], targets, flagList.contains("sym"), flagList.contains("loc"),
                flagList.contains("free"), flagList.contains("plan"), flagList.contains("rev"),
                flagList.contains("guests"), flagList.contains("answer"), requires);
    }
}
