/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Document-level coreference for names: a short form ("Kim", "Putins") refers to a full name of the same article
 * ("Kim Jong-un", "Wladimir Putin"). Among several full names sharing the short form, the most often named wins, then
 * the nearest preceding one, then the first following one (a headline often names a person before the text does).
 * Short forms the NER missed are found by sweeping the tokens for them.
 */
final class Coreference {
    private static final Set<String> PRONOUNS = Set.of("He", "It", "We", "Us", "Er", "Es", "Sie", "Wir", "Ihr");

    private Coreference() {}

    static List<Candidate> resolve(AnnotatedText text, List<Candidate> input) {
        List<Candidate> cands = new ArrayList<>(input);
        cands.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Map<String, List<Candidate>> fullByKey = fullNamesByShortForm(cands, text.language());
        cands.addAll(sweep(text, cands, fullByKey));
        cands.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            out.add(c.actorId() != null ? c : resolveOne(c, cands, fullByKey, text.language()));
        }
        return out;
    }

    /** Full person names (two or more tokens) indexed by their short forms. */
    private static Map<String, List<Candidate>> fullNamesByShortForm(List<Candidate> cands, Language lang) {
        Map<String, List<Candidate>> m = new HashMap<>();
        for (Candidate c : cands) {
            if (c.type() != EntityType.PERSON || c.tokens() < 2 || c.method().startsWith("role")) {
                continue;
            }
            String[] words = stripGenitive(c.text(), lang).split("\\s+");
            if (words.length < 2) {
                continue;
            }
            for (String key : shortForms(words)) {
                m.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        return m;
    }

    /**
     * The family name: the first word when it is short (East Asian order, "Kim", "Xi"), else the last word; never a
     * word that is also a pronoun at the start of a sentence ("He Lifeng" is not every "He").
     */
    static Set<String> shortForms(String[] words) {
        Set<String> keys = new LinkedHashSet<>();
        String first = words[0];
        String last = words[words.length - 1];
        if (PRONOUNS.contains(first)) {
            return keys;
        }
        if (first.length() <= 3 && Character.isUpperCase(first.charAt(0))) {
            keys.add(first);
        } else if (last.length() >= 3 && Character.isUpperCase(last.charAt(0))) {
            keys.add(last);
        }
        return keys;
    }

    private static Candidate resolveOne(Candidate c, List<Candidate> all, Map<String, List<Candidate>> fullByKey,
            Language lang) {
        String bare = stripGenitive(c.text(), lang);
        // a genitive or repeated form of another candidate ("Russlandtrip Kims" was split to "Kims")
        for (Candidate o : all) {
            if (o != c && o.actorId() != null && !o.method().startsWith("role")
                    && (o.text().equals(bare) || o.text().equals(c.text()))) {
                return c.link(o.actorId(), o.type(), "coref", 0.7);
            }
        }
        if (c.type() != EntityType.PERSON || bare.contains(" ")) {
            return c;
        }
        List<Candidate> options = fullByKey.get(bare);
        if (options == null || options.isEmpty()) {
            return c;
        }
        Candidate best = pick(c, options);
        return best.actorId() == null ? c : c.link(best.actorId(), EntityType.PERSON, "coref", 0.7);
    }

    /** The most often named full name; ties go to the nearest preceding one, then the first following one. */
    private static Candidate pick(Candidate c, List<Candidate> options) {
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate o : options) {
            counts.merge(identity(o), 1, Integer::sum);
        }
        Candidate best = null;
        for (Candidate o : options) {
            if (best == null) {
                best = o;
                continue;
            }
            int cb = counts.get(identity(best));
            int co = counts.get(identity(o));
            if (co > cb || (co == cb && o.start() < c.start() && o.start() > best.start())
                    || (co == cb && best.start() > c.start() && o.start() < best.start())) {
                best = o;
            }
        }
        return best;
    }

    private static String identity(Candidate c) {
        return c.actorId() != null ? c.actorId() : c.text();
    }

    /** Tokens equal to a known short form (or its German genitive) that no candidate covers yet. */
    private static List<Candidate> sweep(AnnotatedText text, List<Candidate> cands,
            Map<String, List<Candidate>> fullByKey) {
        List<Candidate> out = new ArrayList<>();
        String doc = text.text().text();
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                String w = doc.substring(t.start(), t.end());
                String bare = stripGenitive(w, text.language());
                if (!fullByKey.containsKey(bare) || coveredBy(cands, t.start(), t.end())) {
                    continue;
                }
                out.add(new Candidate(s.index(), t.index(), t.index(), t.start(), t.end(), w, EntityType.PERSON, null,
                        "coref", 0.6));
            }
        }
        return out;
    }

    private static boolean coveredBy(List<Candidate> cands, int start, int end) {
        for (Candidate c : cands) {
            if (c.start() < end && start < c.end()) {
                return true;
            }
        }
        return false;
    }

    /** German genitive "-s" removed ("Putins" gives "Putin", "Kim Jong-uns" gives "Kim Jong-un"). */
    static String stripGenitive(String s, Language lang) {
        if (lang == Language.GERMAN && s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")
                && Character.isLowerCase(s.charAt(s.length() - 2))) {
            return s.substring(0, s.length() - 1);
        }
        if (lang == Language.ENGLISH && (s.endsWith("'s") || s.endsWith("’s"))) {
            return s.substring(0, s.length() - 2);
        }
        return s;
    }
}
