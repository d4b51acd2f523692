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
            if (p.conditional()) {
                list.add(0, p);
            } else {
                list.add(p);
            }
        }
    }

    /**
     * One line: lemma, pos, plover, cameo, label, targets, flags ({@code -} for none), example. Every entry has an
     * example sentence; {@code LexiconExamplesIT} codes each one (and fails for an entry without one).
     */
    private static Predicate parse(String resource, int line, String[] f) {
        String where = resource + ":" + line;
        if (f.length < 6 || f.length > 8) {
            throw new IllegalStateException(where + ": expected 8 columns (lemma, pos, plover, cameo, label, targets, "
                    + "flags, example), got " + f.length);
        }
        String flags = f.length < 7 || "-".equals(f[6].strip()) ? "" : f[6].strip();
        List<String> conditions = new ArrayList<>();
        List<String> flagList = new ArrayList<>();
        for (String flag : flags.split(",")) {
            flag = flag.strip();
            if (flag.startsWith("when:")) {
                conditions.add(flag.substring("when:".length()));
            } else if (flag.startsWith("unless:")) {
                conditions.add("!" + flag.substring("unless:".length())); // "forderte zwölf Todesopfer"
            } else if (!flag.isEmpty()) {
                if (!KNOWN_FLAGS.contains(flag)) {
                    throw new IllegalStateException(where + ": unknown flag '" + flag + "' (known: " + KNOWN_FLAGS
                            + ", when:… and unless:…)");
                }
                flagList.add(flag);
            }
        }
        if (!f[1].equals("verb") && !f[1].equals("noun")) {
            throw new IllegalStateException(where + ": pos must be verb or noun, not '" + f[1] + "'");
        }
        PloverType type;
        try {
            type = PloverType.valueOf(f[2].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown PLOVER type '" + f[2] + "'");
        }
        // LexiconExamplesIT fails for an entry without its example
        String example = f.length < 8 || f[7].isBlank() || "-".equals(f[7].strip()) ? null : f[7].strip();
        List<String> targets = "-".equals(f[5].strip()) || f[5].isBlank() ? List.of() : List.of(f[5].strip().split(","));
        return new Predicate(f[0].strip().toLowerCase(Locale.ROOT), "noun".equals(f[1]), type, f[3].strip(),
                f[4].strip(), targets, flagList.contains("sym"), flagList.contains("loc"), flagList.contains("free"),
                flagList.contains("plan"), flagList.contains("rev"), flagList.contains("guests"),
                flagList.contains("answer"), conditions, example, where);
    }
}
