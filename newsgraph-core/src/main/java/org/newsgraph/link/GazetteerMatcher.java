/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Finds registry names in the text: exact surface forms that start at a token and end at a token boundary, or at a
 * hyphen inside a compound ("UNO-Sanktionen" mentions the UN). Longest match wins; matches do not overlap. Where one
 * form names both a government seat and a place ("Pyongyang"), a locative preposition before it selects the place.
 */
final class GazetteerMatcher {
    /** Prepositions after which a capital is the place ("in Moskau", "auf Kiew vorrücken", "nach Berlin reisen"). */
    private static final Set<String> LOCATIVE = Set.of("in", "im", "nach", "bei", "nahe", "zu", "zum", "zur", "auf",
            "richtung", "at", "to", "near", "into", "via", "outside", "around", "towards", "toward");
    /** Verbs whose object is a place when it is a capital ("nahmen Kabul ein", "captured Kherson"). */
    private static final Set<String> PLACE_VERBS = Set.of("einnehmen", "erobern", "besetzen", "bombardieren",
            "beschießen", "angreifen", "erreichen", "verlassen", "evakuieren", "belagern", "besuchen", "visit", "capture", "seize", "enter",
            "reach", "leave", "bomb", "shell", "attack", "evacuate", "storm", "besiege", "occupy");
    private final Map<String, List<SurfaceForm>> byHead = new HashMap<>();
    private final ActorRegistry registry;

    GazetteerMatcher(ActorRegistry registry) {
        this.registry = registry;
        registry.allForms().forEach((form, list) ->
                byHead.computeIfAbsent(head(form), k -> new ArrayList<>()).addAll(list));
        byHead.values().forEach(l -> l.sort((a, b) -> b.form().length() - a.form().length()));
    }

    /** The form's first word: up to a space or a hyphen (the German tokenizer splits "Gaidar-Instituts"). */
    private static String head(String form) {
        int end = form.length();
        int sp = form.indexOf(' ');
        int dash = form.indexOf('-', 1);
        if (sp > 0) {
            end = sp;
        }
        if (dash > 0 && dash < end) {
            end = dash;
        }
        return form.substring(0, end);
    }

    List<Candidate> find(AnnotatedText text) {
        String doc = text.text().text();
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> toks = s.tokens();
            int i = 0;
            while (i < toks.size()) {
                Candidate c = matchAt(text, doc, s, i);
                if (c == null) {
                    i++;
                } else {
                    out.add(c);
                    i = c.last() + 1;
                }
            }
        }
        return out;
    }

    private Candidate matchAt(AnnotatedText text, String doc, Sentence s, int i) {
        Token t = s.tokens().get(i);
        String tokText = doc.substring(t.start(), t.end());
        List<SurfaceForm> options = new ArrayList<>(byHead.getOrDefault(tokText, List.of()));
        for (int h = tokText.indexOf('-'); h > 0; h = tokText.indexOf('-', h + 1)) {
            options.addAll(byHead.getOrDefault(tokText.substring(0, h), List.of()));
        }
        for (SurfaceForm f : options) {
            if (!f.appliesTo(text.language()) || !doc.startsWith(f.form(), t.start())) {
                continue;
            }
            int end = t.start() + f.form().length();
            int last = tokenEndingAt(s, i, end);
            boolean compound = false;
            if (last < 0) {
                last = compoundTokenAt(doc, s, i, end);
                compound = last >= 0;
            } else if (end + 1 < doc.length() && doc.charAt(end) == '-' && Character.isUpperCase(doc.charAt(end + 1))) {
                compound = true; // "UNO-Sanktionen" split by the tokenizer: still the first part of a compound
            }
            if (last < 0) {
                continue;
            }
            SurfaceForm chosen = choose(f, s, i, text.language());
            Actor a = registry.get(chosen.actorId()).orElseThrow();
            String method = "gazetteer:" + (compound ? "compound" : chosen.kind().name().toLowerCase(Locale.ROOT));
            double conf = chosen.kind() == SurfaceForm.Kind.NAME ? 0.9 : 0.75;
            return new Candidate(s.index(), i, last, t.start(), end, doc.substring(t.start(), end), a.type(),
                    a.id(), method, conf);
        }
        return null;
    }

    /** Among actors sharing this exact form, a seat after a locative preposition yields to the place. */
    private SurfaceForm choose(SurfaceForm f, Sentence s, int i, org.newsgraph.model.Language lang) {
        List<SurfaceForm> same = registry.forms(f.form()).stream().filter(x -> x.appliesTo(lang)).toList();
        if (same.size() == 1) {
            return f;
        }
        boolean locative = i > 0 && LOCATIVE.contains(s.tokens().get(i - 1).word().toLowerCase(Locale.ROOT))
                || placeVerbBefore(s, i);
        SurfaceForm seat = null;
        SurfaceForm place = null;
        SurfaceForm name = null;
        for (SurfaceForm o : same) {
            Actor a = registry.get(o.actorId()).orElseThrow();
            if (o.kind() == SurfaceForm.Kind.SEAT && seat == null) {
                seat = o;
            } else if (o.kind() == SurfaceForm.Kind.NAME && a.type() == org.newsgraph.model.EntityType.LOCATION
                    && place == null) {
                place = o;
            } else if (o.kind() == SurfaceForm.Kind.NAME && name == null) {
                name = o;
            }
        }
        if (seat != null && place != null) {
            return locative ? place : seat;
        }
        return name != null ? name : same.get(0);
    }

    /** A verb of taking, leaving or attacking places next to the name ("nahmen Kabul ein", "Pyongyang verlassen"). */
    private static boolean placeVerbBefore(Sentence s, int i) {
        List<Token> toks = s.tokens();
        if (i + 1 < toks.size() && PLACE_VERBS.contains(toks.get(i + 1).lemma())) {
            return true; // German verb-final: "… Pyongyang verlassen"
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            Token t = toks.get(k);
            String lemma = t.lemma();
            if (PLACE_VERBS.contains(lemma)) {
                return true;
            }
            // separable verbs whose particle follows the object: "nahmen … ein", "griffen … an"
            if (("nehmen".equals(lemma) || "greifen".equals(lemma)) && i + 1 < toks.size()) {
                for (int j = i + 1; j < toks.size(); j++) {
                    String w = toks.get(j).word().toLowerCase(Locale.ROOT);
                    if (w.equals("ein") || w.equals("an")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int tokenEndingAt(Sentence s, int from, int end) {
        for (int k = from; k < s.tokens().size(); k++) {
            Token t = s.tokens().get(k);
            if (t.end() == end) {
                return k;
            }
            if (t.end() > end) {
                return -1;
            }
        }
        return -1;
    }

    /** The token containing {@code end} when the match stops at a hyphen before a capitalised compound part. */
    private static int compoundTokenAt(String doc, Sentence s, int from, int end) {
        if (end + 1 >= doc.length() || doc.charAt(end) != '-' || !Character.isUpperCase(doc.charAt(end + 1))) {
            return -1;
        }
        for (int k = from; k < s.tokens().size(); k++) {
            Token t = s.tokens().get(k);
            if (t.start() < end && end < t.end()) {
                return k;
            }
        }
        return -1;
    }
}
