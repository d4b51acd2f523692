/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * A repair for a known parser error: in German verb-final subordinate clauses with two noun phrases before the verb
 * ("wonach die russische Armee Nordkorea … abkaufe"), the parser sometimes labels the first as object and the second
 * as subject. German puts the subject first in this position unless the object is a pronoun, so a full-noun object
 * (or a relative pronoun opening its clause: "das erste Land, das die DVRK anerkannte") that precedes the subject is
 * tried as the source first. Main clauses are left alone: there the verb comes second and any phrase may come first.
 */
final class SubjectOrder {
    private static final Set<String> SUBORDINATORS = Words.of("subordinators");

    private SubjectOrder() {}

    /**
     * The object to try as the source before the parser's subject in a German verb-final clause, or
     * {@link Draft#NONE}.
     */
    static int objectFirst(DependencyTree t, int p) {
        int subj = -1;
        for (int c : t.children(p)) {
            if (t.relation(c).equals("nsubj")) {
                subj = c;
            }
        }
        if (subj < 0 || subj > p || !verbFinalClause(t, p)) {
            return Draft.NONE;
        }
        for (int c : t.children(p)) {
            boolean object = t.relation(c).equals("obj") || t.is(c, "iobj");
            String pos = t.sentence().tokens().get(c).pos();
            boolean relativeFirst = "PRON".equals(pos) && t.is(p, "acl") && c == firstWord(t, p);
            if (object && c < subj && (!"PRON".equals(pos) || relativeFirst)) {
                return c;
            }
        }
        return Draft.NONE;
    }

    /**
     * "Moskau hat das Abkommen … aufgekündigt", parsed with "Abkommen" as subject: when the parser's subject names
     * no actor, a name it labelled object that opens the clause is tried as the source ({@code isActor} tells); returns
     * that object, or {@link Draft#NONE}.
     */
    static int actorObject(DependencyTree t, int p, IntPredicate isActor) {
        int subj = -1;
        for (int c : t.children(p)) {
            if (t.relation(c).equals("nsubj")) {
                subj = c;
            }
        }
        if (subj < 0 || isActor.test(subj)) {
            return Draft.NONE;
        }
        for (int c : t.children(p)) {
            boolean object = t.relation(c).equals("obj") || t.is(c, "iobj");
            if (object && c < subj && t.span(c)[0] == firstWord(t, t.root()) && isActor.test(c)) {
                return c;
            }
        }
        return Draft.NONE;
    }

    /**
     * A German subordinate clause: a relative or content clause, or one opened by a subordinating conjunction, whose
     * verb comes after its arguments.
     */
    static boolean verbFinalClause(DependencyTree t, int p) {
        List<Token> toks = t.sentence().tokens();
        boolean subordinate = t.is(p, "acl") || t.is(p, "ccomp") || t.is(p, "advcl") || t.is(p, "csubj");
        for (int c : t.children(p)) {
            if (t.is(c, "mark") && SUBORDINATORS.contains(toks.get(c).word().toLowerCase(Locale.ROOT))) {
                subordinate = true;
            }
        }
        int first = firstWord(t, p);
        if (SUBORDINATORS.contains(toks.get(first).word().toLowerCase(Locale.ROOT))) {
            subordinate = true;
        }
        String pos = toks.get(p).pos();
        // the German tagger sometimes takes a clause-final participle for an adjective ("…, das die DVRK anerkannte")
        return subordinate && ("VERB".equals(pos) || "ADJ".equals(pos) || "AUX".equals(pos));
    }

    private static int firstWord(DependencyTree t, int p) {
        int[] span = t.span(p);
        int k = span[0];
        while (k < span[1] && "PUNCT".equals(t.sentence().tokens().get(k).pos())) {
            k++;
        }
        return k;
    }

    /** The parser's subject, when an object was put before it (it is then the likelier target), or -1. */
    static int displacedSubject(DependencyTree t, List<Integer> ordered, int p) {
        if (ordered.isEmpty() || ordered.get(0) < 0 || t.relation(ordered.get(0)).equals("nsubj")) {
            return -1;
        }
        for (int c : t.children(p)) {
            if (t.relation(c).equals("nsubj")) {
                return c;
            }
        }
        return -1;
    }
}
