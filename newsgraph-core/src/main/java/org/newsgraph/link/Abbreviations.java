/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Short forms an article defines: a known name followed by a bracketed capital-letter abbreviation ("die Rapid Support
 * Forces (RSF)") makes that abbreviation, in the rest of the article, a mention of the same actor, even where the
 * registry keeps it ambiguous on its own ("RSF" is also Reporters Without Borders). A name the registry does not know
 * defines its abbreviation too when the abbreviation's letters are initials of its words, in order ("the Western
 * Balkans Trade Forum (WBTF)"): later mentions of "WBTF" are then the same unknown body, not a second one.
 */
final class Abbreviations {
    private Abbreviations() {}

    static List<Candidate> resolve(AnnotatedText text, List<Candidate> cands) {
        Map<String, Candidate> defined = definitions(text, cands);
        if (defined.isEmpty()) {
            return cands;
        }
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            Candidate full = defined.get(c.text());
            boolean unknown = c.actorId() == null || c.actorId().startsWith("other:");
            out.add(full != null && unknown && c.start() > full.start()
                    ? c.link(full.actorId(), full.type(), "abbreviation", 0.8) : c);
        }
        String doc = text.text().text();
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                Candidate full = defined.get(doc.substring(t.start(), t.end()));
                boolean free = out.stream().noneMatch(o -> o.start() < t.end() && t.start() < o.end());
                if (full != null && t.start() > full.end() && free) {
                    out.add(new Candidate(s.index(), t.index(), t.index(), t.start(), t.end(), t.word(), full.type(),
                            full.actorId(), "abbreviation", 0.8));
                }
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** Abbreviations in brackets right after a registry name or an unknown name they spell, with that name. */
    private static Map<String, Candidate> definitions(AnnotatedText text, List<Candidate> cands) {
        Map<String, Candidate> out = new HashMap<>();
        for (Candidate c : cands) {
            if (c.actorId() == null || c.tokens() < 2) {
                continue;
            }
            List<Token> toks = text.sentences().get(c.sentence()).tokens();
            int k = c.last() + 1;
            boolean bracketed = k + 2 < toks.size() && isOpen(toks.get(k)) && isClose(toks.get(k + 2));
            if (!bracketed || !abbreviation(toks.get(k + 1).word())) {
                continue;
            }
            boolean unknown = c.actorId().startsWith("other:");
            if (!unknown || c.type() != EntityType.PERSON
                    && initialsSpell(toks.subList(c.first(), c.last() + 1), toks.get(k + 1).word())) {
                out.putIfAbsent(toks.get(k + 1).word(), c);
            }
        }
        return out;
    }

    /** True when the abbreviation's letters are the first letters of some of the name's words, in order. */
    static boolean initialsSpell(List<Token> name, String abbreviation) {
        int i = 0;
        for (Token t : name) {
            String w = t.word();
            if (i < abbreviation.length() && !w.isEmpty()
                    && Character.toUpperCase(w.charAt(0)) == abbreviation.charAt(i)) {
                i++;
            }
        }
        return i == abbreviation.length();
    }

    private static boolean abbreviation(String w) {
        return w.length() >= 2 && w.length() <= 6
                && w.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))
                && Character.isUpperCase(w.charAt(0));
    }

    private static boolean isOpen(Token t) {
        return t.word().equals("(") || t.word().equals("-LRB-");
    }

    private static boolean isClose(Token t) {
        return t.word().equals(")") || t.word().equals("-RRB-");
    }
}
