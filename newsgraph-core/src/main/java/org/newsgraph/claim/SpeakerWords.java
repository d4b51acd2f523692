/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.Language;
import org.newsgraph.nlp.ResourceLines;

/**
 * The words that tell who a speaker phrase stands for, read from {@code claim/speakers-de.tsv} and
 * {@code claim/speakers-en.tsv}: pronouns and definite descriptions that point back to someone named before,
 * spokesperson nouns whose bearer speaks for another, relational nouns that name a relative or counsel of someone,
 * the bodies of a state that speak for it, and words before a name that tell a person's gender. Immutable and
 * thread-safe.
 */
public final class SpeakerWords {
    /** The classes of the resource files. */
    public enum Kind { PRONOUN, POSSESSIVE, DESCRIPTION, SPOKESPERSON, RELATIONAL, FEMALE, MALE, STATEBODY, STATETAIL }

    /**
     * One row.
     *
     * @param kind    its class
     * @param word    the word, lower case
     * @param first   pronouns: number (sg, pl, any); descriptions: actor type (person, organisation); else ""
     * @param second  pronouns: gender (m, f, n, any); descriptions: the stem an actor's words must hold, or ""
     * @param example the example sentence
     */
    public record Word(Kind kind, String word, String first, String second, String example) {}

    private static final Map<Language, String> RESOURCES = Map.of(Language.GERMAN, "claim/speakers-de.tsv",
            Language.ENGLISH, "claim/speakers-en.tsv");
    private static final SpeakerWords INSTANCE = new SpeakerWords();
    private final Map<Language, Map<String, List<Word>>> byWord = new EnumMap<>(Language.class);
    private final Map<Language, List<Word>> rows = new EnumMap<>(Language.class);

    private SpeakerWords() {
        for (Map.Entry<Language, String> r : RESOURCES.entrySet()) {
            Map<String, List<Word>> m = new HashMap<>();
            List<Word> all = new ArrayList<>();
            for (ResourceLines.Line line : ResourceLines.read(r.getValue())) {
                String[] f = line.text().split("\t", -1);
                if (f.length != 4 || f[1].isBlank() || f[3].isBlank()) {
                    throw new IllegalStateException(r.getValue() + ":" + line.number()
                            + ": expected class, word, attributes and an example, tab-separated");
                }
                Kind kind;
                try {
                    kind = Kind.valueOf(f[0].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(r.getValue() + ":" + line.number() + ": unknown class " + f[0], e);
                }
                String[] a = f[2].split(",", -1);
                Word w = new Word(kind, f[1], a[0], a.length > 1 ? a[1] : "", f[3]);
                m.computeIfAbsent(w.word(), k -> new ArrayList<>()).add(w);
                all.add(w);
            }
            byWord.put(r.getKey(), m);
            rows.put(r.getKey(), List.copyOf(all));
        }
    }

    /** The shared instance (the files are read once). */
    public static SpeakerWords get() {
        return INSTANCE;
    }

    /** The row of this class for the word (any case), or {@code null}. */
    public Word find(Language language, String word, Kind kind) {
        for (Word w : byWord.get(language).getOrDefault(word.toLowerCase(language.locale()), List.of())) {
            if (w.kind() == kind) {
                return w;
            }
        }
        return null;
    }

    /**
     * The row of this class for the word (any case), also for a compound that ends in a word whose attributes say
     * "suffix" ("Verteidigungsministerium") or starts with one whose attributes say "part" followed by a statetail
     * word ("Militär|angaben"), or {@code null}.
     */
    public Word findWithSuffix(Language language, String word, Kind kind) {
        String lower = word.toLowerCase(language.locale());
        if (language == Language.GERMAN && lower.length() > 5 && lower.endsWith("s")) {
            Word bare = findWithSuffix(language, lower.substring(0, lower.length() - (lower.endsWith("es") ? 2 : 1)),
                    kind);
            if (bare != null) {
                return bare; // the genitive: "des Bundesverfassungsgerichts"
            }
        }
        Word w = find(language, word, kind);
        for (int k = 1; w == null && k + 4 <= lower.length(); k++) {
            Word tail = find(language, lower.substring(k), kind);
            w = tail != null && ("suffix".equals(tail.first()) || "part".equals(tail.first())) ? tail : null;
        }
        for (Word p : w != null || language != Language.GERMAN ? List.<Word>of() : rows(language)) {
            if (p.kind() == kind && "part".equals(p.first()) && lower.startsWith(p.word())) {
                String tail = lower.substring(p.word().length());
                // the tail as it stands ("Armee|sprecher"), or after a linking "s" or hyphen ("Regierungs|kreise")
                String linked = tail.replaceFirst("^[s-]", "");
                if (find(language, tail, Kind.STATETAIL) != null || find(language, linked, Kind.STATETAIL) != null) {
                    return p; // "Militär|angaben", "Sicherheits|kreise"; not "Regierungsgegner"
                }
            }
        }
        return w;
    }

    /** True when the word (any case) is listed in this class. */
    public boolean is(Language language, String word, Kind kind) {
        return find(language, word, kind) != null;
    }

    /** Every row of a language, in file order (for the test that codes the examples). */
    public List<Word> rows(Language language) {
        return rows.get(language);
    }
}
