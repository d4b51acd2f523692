/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.claim.Cue;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Language;
import org.newsgraph.nlp.ResourceLines;

/** The attribution cues of both languages, read from {@code claim/cues-*.tsv}. Immutable and thread-safe. */
final class CueLexicon {
    private final Map<Language, Map<String, List<Cue>>> byVerb = new EnumMap<>(Language.class);

    private final Map<Language, java.util.Set<String>> contentVerbs = new EnumMap<>(Language.class);
    /** Cue verbs that state something only with a topic, and the words that introduce it ("sprechen": "von"). */
    private final Map<Language, Map<String, java.util.Set<String>>> topicVerbs = new EnumMap<>(Language.class);
    /** Cue verbs and the object word endings that give them a sense that states nothing ("fordern": "todesopfer"). */
    private final Map<Language, Map<String, java.util.Set<String>>> otherSenses = new EnumMap<>(Language.class);

    private CueLexicon() {}

    static CueLexicon load() {
        CueLexicon l = new CueLexicon();
        l.readCues(Language.GERMAN, "claim/cues-de.tsv");
        l.readCues(Language.ENGLISH, "claim/cues-en.tsv");
        l.contentVerbs.put(Language.GERMAN, lemmas("claim/content-verbs-de.tsv"));
        l.contentVerbs.put(Language.ENGLISH, lemmas("claim/content-verbs-en.tsv"));
        l.topicVerbs.put(Language.GERMAN, wordsByLemma("claim/topic-verbs-de.tsv"));
        l.topicVerbs.put(Language.ENGLISH, wordsByLemma("claim/topic-verbs-en.tsv"));
        l.otherSenses.put(Language.GERMAN, wordsByLemma("claim/other-senses-de.tsv"));
        l.otherSenses.put(Language.ENGLISH, wordsByLemma("claim/other-senses-en.tsv"));
        return l;
    }

    private void readCues(Language lang, String resource) {
        Map<String, List<Cue>> m = byVerb.computeIfAbsent(lang, k -> new HashMap<>());
        for (String[] f : rows(resource, 3)) {
            Cue c = new Cue(f[0], Cue.Kind.valueOf(f[1].toUpperCase(Locale.ROOT)), certainty(f[2]),
                    "confirmed".equals(f[2]));
            m.computeIfAbsent(c.verb(), k -> new ArrayList<>()).add(c);
        }
    }

    private static Certainty certainty(String s) {
        return "confirmed".equals(s) ? Certainty.REPORTED : Certainty.valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** Entries whose verb (without particle) is this lemma; particle verbs need their particle checked. */
    List<Cue> cues(Language lang, String lemma) {
        return byVerb.getOrDefault(lang, Map.of()).getOrDefault(lemma, List.of());
    }

    /**
     * Source nouns that end a German compound ("Polizeiangaben", "NASA-Angaben", "Behördenangaben"): the entries of the
     * compound's last part, or none. Only noun entries of at least five letters count, so that a short entry does not
     * match inside unrelated words.
     */
    List<Cue> compoundNounCues(Language lang, String lowerWord) {
        Map<String, List<Cue>> m = byVerb.getOrDefault(lang, Map.of());
        for (int k = 1; k + 5 <= lowerWord.length(); k++) {
            List<Cue> tail = m.get(lowerWord.substring(k).replaceFirst("^-", ""));
            if (tail != null && tail.stream().allMatch(c -> c.kind() == Cue.Kind.NOUN)) {
                return tail;
            }
        }
        return List.of();
    }

    /**
     * True when the cue's second word is a separable particle, as the lexicon shows by listing the joined verb too
     * ("gehen aus" beside "ausgehen"); false for a verb with the preposition it governs ("sprechen von").
     */
    boolean separable(Language lang, Cue cue) {
        return cue.particle() != null
                && byVerb.getOrDefault(lang, Map.of()).containsKey(cue.particle() + cue.verb());
    }

    /** True when the cue reports a statement only with a content clause or a quotation ("fügte … hinzu"). */
    boolean needsContent(Language lang, Cue cue) {
        return contentVerbs.get(lang).contains(cue.lemma());
    }

    /**
     * The words that introduce the topic of a cue verb that needs one ("von", "über" for "sprechen"), or null when the
     * cue needs none: without one of them the verb states nothing ("sprach mit seiner Frau").
     */
    java.util.Set<String> topicWords(Language lang, Cue cue) {
        return topicVerbs.get(lang).get(cue.lemma());
    }

    /** True when the word ends like an object that gives the cue a sense that states nothing ("Todesopfer"). */
    boolean otherSense(Language lang, Cue cue, String lowerWord) {
        java.util.Set<String> endings = otherSenses.get(lang).get(cue.lemma());
        return endings != null && endings.stream().anyMatch(lowerWord::endsWith);
    }

    /** Rows of lemma, ";"-separated words and example: the words by lemma. */
    private static Map<String, java.util.Set<String>> wordsByLemma(String resource) {
        Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (String[] f : rows(resource, 3)) {
            out.put(f[0], java.util.Set.of(f[1].split(";")));
        }
        return Map.copyOf(out);
    }

    private static java.util.Set<String> lemmas(String resource) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String[] f : rows(resource, 2)) {
            out.add(f[0]);
        }
        return java.util.Set.copyOf(out);
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            String[] f = line.text().split("\t");
            if (f.length != columns) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected " + columns
                        + " tab-separated columns");
            }
            out.add(f);
        }
        return out;
    }
}
