/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Named-entity spans from the tokens' NER labels. Person spans are repaired where the CRF glues names across common
 * nouns ("Kim Jong-uns Grossvater Kim Il-sung" gives two persons) or starts them with a noun ("Russlandtrip Kims").
 */
final class NerSpans {
    private NerSpans() {}

    static List<Candidate> find(AnnotatedText text) {
        List<Candidate> out = new ArrayList<>();
        Set<String> names = nameWords(text);
        for (Sentence s : text.sentences()) {
            List<Token> toks = s.tokens();
            int i = 0;
            while (i < toks.size()) {
                String label = toks.get(i).ner();
                if ("O".equals(label)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < toks.size() && label.equals(toks.get(j + 1).ner())) {
                    j++;
                }
                EntityType type = type(label);
                if (type == EntityType.OTHER && allLowerCase(toks, i, j)) {
                    // "russischen", "amerikanische": derived adjectives, not names (the registry links known ones)
                    i = j + 1;
                    continue;
                }
                if (type == EntityType.PERSON) {
                    splitPerson(text, s, i, j, names, out);
                } else {
                    out.add(candidate(text, s, i, j, type));
                }
                i = j + 1;
            }
        }
        return out;
    }

    /**
     * Splits a person span where the CRF ran a genitive name into a common noun: "Kim Jong-uns Grossvater Kim Il-sung"
     * gives "Kim Jong-uns" and "Kim Il-sung", "Raúls Trikotnummer" gives "Raúls", "Russlandtrip Kims" gives "Kims".
     * A word counts as a common noun only when it is tagged as one and is used nowhere in the article as a proper noun
     * (surnames such as "Schreiber" or "Kauf" are tagged as nouns too, but never next to a genitive).
     */
    private static void splitPerson(AnnotatedText text, Sentence s, int from, int to, Set<String> names,
            List<Candidate> out) {
        List<Token> toks = s.tokens();
        int start = from;
        for (int k = from; k <= to; k++) {
            boolean noun = isCommonNoun(toks.get(k), names);
            boolean afterGenitive = k > from && isGenitive(toks.get(k - 1));
            boolean beforeGenitive = k == from && k < to && isGenitive(toks.get(k + 1));
            if (noun && (afterGenitive || beforeGenitive)) {
                if (k > start) {
                    out.add(candidate(text, s, start, k - 1, EntityType.PERSON));
                }
                start = k + 1;
            }
        }
        if (start <= to) {
            out.add(candidate(text, s, start, to, EntityType.PERSON));
        }
    }

    /**
     * True when no word of the span starts with a capital letter ("deutsch-russische", "engl.", "°C"): derived
     * adjectives, abbreviations and units, not names.
     */
    private static boolean allLowerCase(List<Token> toks, int from, int to) {
        for (int k = from; k <= to; k++) {
            String w = toks.get(k).word();
            char c = w.charAt(0);
            if (Character.isUpperCase(c) && !(k > from && toks.get(k - 1).word().startsWith("°"))) {
                return false;
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGenitive(Token t) {
        String w = t.word();
        return w.length() > 2 && w.endsWith("s") && Character.isLowerCase(w.charAt(w.length() - 2));
    }

    private static boolean isCommonNoun(Token t, Set<String> names) {
        String pos = t.pos();
        // universal tags (German) and Penn tags (English)
        boolean noun = "NOUN".equals(pos) || "NN".equals(pos) || "NNS".equals(pos);
        return noun && Character.isUpperCase(t.word().charAt(0)) && !names.contains(t.word());
    }

    /** Words used as proper nouns somewhere in the article. */
    private static Set<String> nameWords(AnnotatedText text) {
        Set<String> out = new HashSet<>();
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                if ("PROPN".equals(t.pos()) || "NNP".equals(t.pos()) || "NNPS".equals(t.pos())) {
                    out.add(t.word());
                }
            }
        }
        return out;
    }

    static Candidate candidate(AnnotatedText text, Sentence s, int first, int last, EntityType type) {
        int start = s.tokens().get(first).start();
        int end = s.tokens().get(last).end();
        return new Candidate(s.index(), first, last, start, end, text.cover(start, end), type, null, "ner", 0.6);
    }

    static EntityType type(String nerLabel) {
        return switch (nerLabel) {
            case "PERSON", "I-PER", "B-PER", "PER" -> EntityType.PERSON;
            case "LOCATION", "I-LOC", "B-LOC", "LOC" -> EntityType.LOCATION;
            case "ORGANIZATION", "I-ORG", "B-ORG", "ORG" -> EntityType.ORGANIZATION;
            default -> EntityType.OTHER;
        };
    }
}
