/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Pronouns as arguments: he/she/er/sie/ihn for the nearest person named before (never the one named by
 * {@code notEntity}, the clause's own subject), German "dieser" as subject for the person last named, "it" for the
 * country or organisation that says it, "ihnen"/"them" for the object of the coordinated verb before, and a relative
 * pronoun for the noun its clause modifies (after a copula, for the copula's subject).
 */
final class Pronouns {
    private static final Set<String> RELATIVE = Words.of("relative-pronouns");
    private static final Set<String> PERSONAL = Words.of("personal-pronouns");
    /** "it" for the country or organisation that says it. */
    private static final Set<String> SPEAKER = Words.of("speaker-pronouns");
    /** "ihnen", "them" for the object of the coordinated verb before. */
    private static final Set<String> PLURAL_OBJECT = Words.of("plural-object-pronouns");
    /** "dieser" as subject for the person last named. */
    private static final Set<String> DEMONSTRATIVE = Words.of("demonstratives");

    private Pronouns() {}

    /** Whether the head is a pronoun this class resolves ({@link #referent}) rather than a phrase with a name. */
    static boolean refers(DependencyTree t, int h) {
        Token ht = t.sentence().tokens().get(h);
        String word = ht.word().toLowerCase(Locale.ROOT);
        boolean pron = "PRON".equals(ht.pos()) || "PRP".equals(ht.pos());
        // "hatte dieser … verhandelt": the demonstrative as subject is the person last named
        boolean demonstrative = DEMONSTRATIVE.contains(word) && t.relation(h).startsWith("nsubj");
        return demonstrative || pron && (PERSONAL.contains(word) || SPEAKER.contains(word)
                || PLURAL_OBJECT.contains(word));
    }

    /** What the pronoun at {@code h} stands for, or null ({@link #refers} must hold). */
    static ActorRefs.Ref referent(DependencyTree t, int h, ActorRefs refs, AnnotatedText text, String notEntity) {
        Sentence s = t.sentence();
        Token ht = s.tokens().get(h);
        String word = ht.word().toLowerCase(Locale.ROOT);
        boolean pron = "PRON".equals(ht.pos()) || "PRP".equals(ht.pos());
        boolean demonstrative = DEMONSTRATIVE.contains(word) && t.relation(h).startsWith("nsubj");
        if (pron && PERSONAL.contains(word) || demonstrative) {
            return pronoun(text, s, ht, refs, notEntity);
        }
        if (pron && SPEAKER.contains(word)) {
            return speakerOf(t, h, refs, text);
        }
        return coordinatedObject(t, h, refs, text);
    }

    /**
     * "hat die Emirate verklagt und wirft ihnen vor", "sued the Emirates and accused them": a plural object pronoun in
     * the second of two coordinated verbs stands for the first verb's object.
     */
    private static ActorRefs.Ref coordinatedObject(DependencyTree t, int pron, ActorRefs refs, AnnotatedText text) {
        int verb = t.head(pron);
        if (verb < 0 || !t.is(verb, "conj") || t.head(verb) < 0) {
            return null;
        }
        for (int o : t.children(t.head(verb))) {
            if (Syntax.objectLike(t, o)) {
                ActorRefs.Ref r = ArgumentResolver.resolve(t, o, refs, text);
                if (r != null) {
                    Token p = t.sentence().tokens().get(pron);
                    return new ActorRefs.Ref(p.start(), p.end(), r.entity(), r.type(), false, p.word());
                }
            }
        }
        return null;
    }

    /**
     * "Interpol has said it will send a team", "Israel announced it would free": "it" as the subject of what a
     * country or organisation says stands for the speaker.
     */
    private static ActorRefs.Ref speakerOf(DependencyTree t, int pron, ActorRefs refs, AnnotatedText text) {
        int clause = t.head(pron);
        if (clause < 0 || !t.relation(pron).startsWith("nsubj")) {
            return null;
        }
        int say = Speech.verbOf(t, clause);
        if (say < 0) {
            return null;
        }
        for (int s : Syntax.subjects(t, say)) {
            ActorRefs.Ref r = ArgumentResolver.resolve(t, s, refs, text);
            if (r != null && r.type() != EntityType.PERSON) {
                Token p = t.sentence().tokens().get(pron);
                return new ActorRefs.Ref(p.start(), p.end(), r.entity(), r.type(), false, p.word());
            }
        }
        return null;
    }

    /** A personal pronoun refers to the nearest person named before it in this or the previous two sentences. */
    private static ActorRefs.Ref pronoun(AnnotatedText text, Sentence s, Token pronoun, ActorRefs refs,
            String notEntity) {
        for (Token earlier : s.tokens()) {
            if (earlier.start() >= pronoun.start()) {
                break;
            }
            if (earlier.word().equalsIgnoreCase(pronoun.word())) {
                return pronoun(text, s, earlier, refs, notEntity); // "Er traf X, er traf Y": both the same person
            }
        }
        int from = text.sentences().get(Math.max(0, s.index() - 2)).start();
        ActorRefs.Ref last = null;
        for (ActorRefs.Ref r : refs.within(from, pronoun.start())) {
            if (r.type() == EntityType.PERSON && !r.entity().equals(notEntity)) {
                last = r;
            }
        }
        return last == null ? null : new ActorRefs.Ref(pronoun.start(), pronoun.end(), last.entity(), last.type(),
                false, pronoun.word());
    }

    /** A relative pronoun stands for the noun its clause modifies; a copula's predicate noun for the subject. */
    static int antecedent(DependencyTree t, int head) {
        Token tok = t.sentence().tokens().get(head);
        if (!RELATIVE.contains(tok.word().toLowerCase(Locale.ROOT)) || !"PRON".equals(tok.pos()) && !tok.pos().startsWith("W")) {
            return head;
        }
        int clause = t.head(head);
        if (clause < 0 || !t.is(clause, "acl")) {
            return head;
        }
        int noun = t.head(clause);
        if (noun < 0) {
            return head;
        }
        // "Die Sowjetunion war das erste Land, das …", "Syrien ist einer der wenigen Staaten, der …"
        for (int x = noun, up = 0; x >= 0 && up < 2; x = t.is(x, "nmod") ? t.head(x) : -1, up++) {
            if (!t.children(x, "cop").isEmpty()) {
                for (int c : t.children(x, "nsubj")) {
                    return c;
                }
            }
        }
        return noun;
    }

}
