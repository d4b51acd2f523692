/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * "Britain, France and Germany triggered … The three governments accuse Tehran", "Iran launched missiles at Israel …
 * the two countries had exchanged strikes": a counted plural of states as an argument stands for the parties named
 * together just before (a list of exactly that many actors in this or the two sentences before), and "two" also for
 * the two sides of the latest event between states.
 */
final class Groups {
    private static final Set<String> NOUNS = Words.of("state-nouns");
    private static final Set<String> RECIPROCAL = Words.of("reciprocal-verbs");
    /** "gegenseitig", "einander"; English "each other" is two words, matched below. */
    private static final Set<String> RECIPROCAL_WORDS = Words.of("reciprocal-words");
    private static final Map<String, Integer> NUMBERS = numbers();
    /** What may stand between two members of a list: a comma, "and", "und", "sowie", an article. */
    private static final Pattern LINK = Pattern.compile("\\s*(," + alternatives(",?\\s+", "list-conjunctions")
            + ")?\\s+((" + alternatives("", "list-articles").substring(1) + ")\\s+)?", Pattern.CASE_INSENSITIVE);

    private Groups() {}

    private static Map<String, Integer> numbers() {
        Map<String, Integer> out = new HashMap<>();
        Words.pairs("counted-numbers").forEach((w, n) -> out.put(w, Integer.valueOf(n)));
        return Map.copyOf(out);
    }

    /** "|PREFIXword1|PREFIXword2…" for a word list, each word quoted. */
    private static String alternatives(String prefix, String list) {
        StringBuilder sb = new StringBuilder();
        for (String w : Words.of(list)) {
            sb.append('|').append(prefix).append(Pattern.quote(w));
        }
        return sb.toString();
    }

    /**
     * Whether the sentence has a counted plural of states ("the two countries", "die beiden Länder"), read from the
     * words alone, so that a sentence naming no actor is still parsed.
     */
    static boolean mentioned(Sentence s) {
        List<Token> toks = s.tokens();
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (NUMBERS.containsKey(toks.get(i).word().toLowerCase(Locale.ROOT)) && isStateNoun(toks.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The members a counted plural at {@code head} stands for, or an empty list. */
    static List<ActorRefs.Ref> members(EventContext cx, int head) {
        int n = count(cx.tree(), head);
        if (n < 2) {
            return List.of();
        }
        int here = cx.tree().sentence().index();
        int phraseStart = cx.tree().sentence().tokens().get(cx.tree().span(head)[0]).start();
        for (int k = here; k >= Math.max(0, here - 2); k--) {
            Sentence s = cx.text().sentences().get(k);
            int end = k == here ? phraseStart : s.end();
            List<ActorRefs.Ref> run = lastList(cx, cx.refs().within(s.start(), end), n);
            if (run != null) {
                return run;
            }
        }
        return n == 2 ? latestDyad(cx, here) : List.of();
    }

    /** The number a plural state noun is counted with ("the three governments", "die beiden Länder"), else 0. */
    private static int count(DependencyTree t, int head) {
        if (head < 0) {
            return 0;
        }
        if (!isStateNoun(t.sentence().tokens().get(head))) {
            return 0;
        }
        for (int c : t.children(head)) {
            Integer n = NUMBERS.get(t.sentence().tokens().get(c).word().toLowerCase(Locale.ROOT));
            if (n != null && c < head) {
                return n;
            }
        }
        return 0;
    }

    /** "country", "Regierung", "Seiten": a noun for a state or a party, by lemma or word. */
    private static boolean isStateNoun(Token tok) {
        return NOUNS.contains(tok.lemma().toLowerCase(Locale.ROOT)) || NOUNS.contains(tok.word().toLowerCase(Locale.ROOT));
    }

    /** The last list of exactly {@code n} distinct states or organisations named one after another. */
    private static List<ActorRefs.Ref> lastList(EventContext cx, List<ActorRefs.Ref> refs, int n) {
        String doc = cx.text().text().text();
        List<ActorRefs.Ref> found = null;
        List<ActorRefs.Ref> run = new ArrayList<>();
        for (ActorRefs.Ref r : refs) {
            boolean member = !r.derived() && (r.type() == EntityType.COUNTRY || r.type() == EntityType.ORGANIZATION);
            boolean linked = !run.isEmpty() && LINK.matcher(doc.substring(run.get(run.size() - 1).end(), r.start())).matches();
            if (!member || !linked) {
                found = run.size() == n ? List.copyOf(run) : found;
                run.clear();
            }
            if (member && run.stream().noneMatch(x -> x.entity().equals(r.entity()))) {
                run.add(r);
            }
        }
        return run.size() == n ? List.copyOf(run) : found;
    }

    /** The source and target of the latest event between two states in the last three sentences. */
    private static List<ActorRefs.Ref> latestDyad(EventContext cx, int here) {
        for (int k = cx.earlier().size() - 1; k >= 0; k--) {
            Event e = cx.earlier().get(k);
            if (e.evidence().sentence() < here - 3) {
                break;
            }
            if (e.target() != null && e.source().entity().startsWith("country:")
                    && e.target().entity().startsWith("country:")) {
                return List.of(ref(e.source().entity(), e.source().text()), ref(e.target().entity(), e.target().text()));
            }
        }
        return List.of();
    }

    /** "exchanged strikes", "tauschten … aus", "each other", "gegenseitig": an act the parties do to one another. */
    static boolean reciprocal(DependencyTree t, int p) {
        int verb = t.sentence().tokens().get(p).pos().startsWith("V") ? p : Syntax.governingVerb(t, p);
        for (int x : new int[] {p, verb}) {
            if (x >= 0 && RECIPROCAL.contains(t.sentence().tokens().get(x).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        List<Token> toks = t.sentence().tokens();
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).word().toLowerCase(Locale.ROOT);
            boolean eachOther = w.equals("each") && i + 1 < toks.size()
                    && toks.get(i + 1).word().toLowerCase(Locale.ROOT).startsWith("other");
            if (RECIPROCAL_WORDS.contains(w) || eachOther) {
                return true;
            }
        }
        return false;
    }

    private static ActorRefs.Ref ref(String entity, String text) {
        return new ActorRefs.Ref(-1, -1, entity, EntityType.COUNTRY, false, text);
    }
}
