/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.link.ArticleSetting;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Actors a reader supplies where the sentence names none (word lists in {@code event/words-*.tsv}):
 * <ul>
 *   <li>{@code they}: "they" (German "sie" with a plural verb) as subject is the state or organisation that did the
 *       latest act before ("Police arrested a man. They released him."), else the latest one named before it;</li>
 *   <li>{@code speaker}: "I" or "we" as subject inside what a linked speaker says is that speaker ("'We will not
 *       give up the city,' the mayor said");</li>
 *   <li>{@code continued}: an act of force in the passive without its doer continues the doer of the act of force
 *       in this or the sentence before ("Hunderte wurden festgenommen. Andere wurden gefoltert.");</li>
 *   <li>{@code state-act}: an arrest, charge, expulsion, curfew or crackdown ({@link Cameo#stateAct}) whose doer is not named ("was arrested on Friday", "after his arrest") is the
 *       state's: the state of the place the sentence names, else the state the article is set in;</li>
 *   <li>{@code people}: unnamed people acted upon ("arrested a 36-year-old man", "killed three people", "released
 *       him") are people of that state too, as CAMEO codes civilians by their country.</li>
 * </ul>
 * Thread-safe.
 */
final class ImplicitActors {
    private static final Set<String> PLURAL = Words.of("plural-pronouns");
    private static final Set<String> PLURAL_VERB_ENDINGS = Words.of(Language.GERMAN, "plural-verb-forms");
    private static final Set<String> PEOPLE = Words.of("people-nouns");
    private static final Set<String> OBJECT_PRONOUNS = Words.of("person-object-pronouns");
    private static final Set<String> FIRST_PERSON = Words.of("first-person-pronouns");
    private static final Set<String> QUANTIFIERS = Words.of("people-quantifiers");
    private final ActorRegistry registry;

    ImplicitActors(ActorRegistry registry) {
        this.registry = registry;
    }

    /** A resolved actor and the rule that supplied it. */
    record Found(ActorRefs.Ref actor, String rule) {}

    /** The source of a draft none of whose heads names an actor, or null. */
    Found source(EventContext cx, Draft d) {
        DependencyTree t = cx.tree();
        for (Draft.Head h : d.heads().sources()) {
            if (h.token() >= 0 && pluralPronoun(t, h.token())) {
                ActorRefs.Ref r = antecedentOfThey(cx, t.sentence().tokens().get(h.token()));
                return r == null ? null : new Found(r, "they");
            }
        }
        for (Draft.Head h : d.heads().sources()) {
            if (h.token() >= 0 && t.relation(h.token()).startsWith("nsubj")) {
                Token tok = t.sentence().tokens().get(h.token());
                if (FIRST_PERSON.contains(tok.word().toLowerCase(Locale.ROOT))) {
                    ActorRefs.Ref speaker = speakerAround(cx, tok);
                    return speaker == null ? null : new Found(speaker, "speaker");
                }
            }
        }
        boolean passive = d.heads().sources().stream().anyMatch(h -> h.token() >= 0 && agentless(t, h))
                || d.heads().targets().stream().anyMatch(h -> h.rule().startsWith("passive"))
                || !t.children(d.token(), "aux:pass").isEmpty();
        if (actsOnPeople(d.predicate()) && !d.predicate().noun() && passive
                && d.heads().sources().stream().allMatch(h -> h.token() < 0 || agentless(t, h))) {
            // "Hunderte wurden festgenommen. Andere wurden gefoltert.": a passive act of force without its doer
            // continues the doer of the act of force just before
            ActorRefs.Ref doer = continuedDoer(cx, t.sentence().tokens().get(d.token()));
            if (doer != null) {
                return new Found(doer, "continued");
            }
        }
        if (stateAct(d.predicate()) && d.heads().sources().stream().allMatch(h -> h.token() < 0 || agentless(t, h))) {
            ActorRefs.Ref state = state(cx, t.sentence().tokens().get(d.token()));
            return state == null ? null : new Found(state, "state-act");
        }
        return null;
    }

    /**
     * The target of an act on people when its target phrase names no actor: an unnamed person or group, or a pronoun
     * for one; null otherwise.
     */
    Found target(EventContext cx, Draft d) {
        if (!actsOnPeople(d.predicate())) {
            return null;
        }
        DependencyTree t = cx.tree();
        for (Draft.Head h : d.heads().targets()) {
            if (h.token() < 0) {
                continue;
            }
            Token head = t.sentence().tokens().get(h.token());
            String word = head.word().toLowerCase(Locale.ROOT);
            // an arrest or expulsion (CAMEO 173, 174) is done to people: "337 suspected users were arrested"
            String code = d.predicate().cameo();
            boolean arrest = code.startsWith("173") || code.startsWith("174");
            boolean commonNoun = arrest && head.pos() != null
                    && (head.pos().equals("NNS") || head.pos().equals("NN") || head.pos().equals("NOUN"))
                    && !h.rule().startsWith("prep");
            if (peopleWord(head) || OBJECT_PRONOUNS.contains(word) || commonNoun) {
                ActorRefs.Ref state = state(cx, head);
                return state == null ? null : new Found(state, "people");
            }
        }
        return null;
    }

    /**
     * The speaker of the claim whose content holds {@code pronoun} ("'We will not give up the city,' the mayor said":
     * we is the mayor), when the speaker is linked to an actor; else null.
     */
    private static ActorRefs.Ref speakerAround(EventContext cx, Token pronoun) {
        for (org.newsgraph.model.Claim c : cx.claims()) {
            if (c.speaker() == null || c.speaker().entity() == null || c.contentParts() == null) {
                continue;
            }
            for (org.newsgraph.model.Span part : c.contentParts()) {
                if (part.start() <= pronoun.start() && pronoun.end() <= part.end()) {
                    String e = c.speaker().entity();
                    EntityType type = e.startsWith("country:") ? EntityType.COUNTRY
                            : e.contains("person:") ? EntityType.PERSON : EntityType.ORGANIZATION;
                    return at(pronoun, e, type);
                }
            }
        }
        return null;
    }

    /** The source of the latest act of force in this or the sentence before, at {@code at}'s words; or null. */
    private ActorRefs.Ref continuedDoer(EventContext cx, Token at) {
        Event e = latest(cx, 1, x -> (x.type() == org.newsgraph.model.PloverType.ASSAULT
                || x.type() == org.newsgraph.model.PloverType.COERCE) && x.source().entity() != null);
        return e == null ? null : at(at, e.source().entity(), typeOf(e.source().entity()));
    }

    /** The latest earlier event with a source, at most {@code reach} sentences back, that passes the test; or null. */
    private static Event latest(EventContext cx, int reach, java.util.function.Predicate<Event> test) {
        int sentence = cx.tree().sentence().index();
        List<Event> earlier = cx.earlier();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i);
            if (e.evidence().sentence() < sentence - reach) {
                break;
            }
            if (e.source() != null && test.test(e)) {
                return e;
            }
        }
        return null;
    }

    /** Whether the sentence has a word for people the actor rules can resolve ("Andere wurden festgenommen"). */
    static boolean namesPeople(Sentence s) {
        for (Token t : s.tokens()) {
            if (peopleWord(t) || PLURAL.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A word for unnamed people: "Demonstranten", "a man", "others", "andere". */
    private static boolean peopleWord(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        String lemma = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
        return PEOPLE.contains(w) || PEOPLE.contains(lemma) || QUANTIFIERS.contains(w);
    }

    static boolean actsOnPeople(Predicate p) {
        return switch (p.type()) {
            case COERCE, ASSAULT -> true;
            case CONCEDE -> p.cameo().startsWith("084");
            default -> false;
        };
    }

    static boolean stateAct(Predicate p) {
        return Cameo.stateAct(p.cameo());
    }

    /** A source head that is no doer: the passive subject the parser offered, or nothing of a noun's own. */
    private static boolean agentless(DependencyTree t, Draft.Head h) {
        return t.relation(h.token()).startsWith("nsubj:pass") || h.rule().startsWith("clause-subject");
    }

    private static boolean pluralPronoun(DependencyTree t, int h) {
        Token tok = t.sentence().tokens().get(h);
        String w = tok.word().toLowerCase(Locale.ROOT);
        if (!PLURAL.contains(w) || !t.relation(h).startsWith("nsubj")) {
            return false;
        }
        if (!w.equals("sie")) {
            return true;
        }
        // German "sie" is "they" only with a plural verb ("sie haben", "sie nahmen … fest")
        int v = t.head(h);
        for (int k : v < 0 ? List.<Integer>of() : withAuxiliaries(t, v)) {
            String form = t.sentence().tokens().get(k).word().toLowerCase(Locale.GERMAN);
            if (PLURAL_VERB_ENDINGS.stream().anyMatch(form::endsWith)) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> withAuxiliaries(DependencyTree t, int v) {
        List<Integer> out = new ArrayList<>(t.children(v, "aux"));
        out.addAll(t.children(v, "aux:pass"));
        out.add(v);
        return out;
    }

    /**
     * What "they" stands for: the source of the latest event of the two sentences before if it is no person, else the
     * latest state, organisation or group named before it in this or the two sentences before.
     */
    private ActorRefs.Ref antecedentOfThey(EventContext cx, Token pronoun) {
        int sentence = cx.tree().sentence().index();
        Event doer = latest(cx, 2, e -> !e.source().entity().startsWith("person:")
                && !e.source().entity().startsWith("other:person:"));
        if (doer != null) {
            return at(pronoun, doer.source().entity(), typeOf(doer.source().entity()));
        }
        int from = cx.text().sentences().get(Math.max(0, sentence - 2)).start();
        ActorRefs.Ref last = null;
        for (ActorRefs.Ref r : cx.refs().within(from, pronoun.start())) {
            if (r.type() == EntityType.COUNTRY || r.type() == EntityType.ORGANIZATION || r.type() == EntityType.GROUP) {
                last = r;
            }
        }
        return last == null ? null : at(pronoun, last.entity(), last.type());
    }

    private EntityType typeOf(String entity) {
        return registry.get(entity).map(org.newsgraph.link.Actor::type)
                .orElse(entity.startsWith("country:") ? EntityType.COUNTRY : EntityType.ORGANIZATION);
    }

    /**
     * The state of the sentence: the state of the first place it names, else the state the article is set in; as a
     * derived reference at {@code at}'s words.
     */
    private ActorRefs.Ref state(EventContext cx, Token at) {
        Sentence s = cx.tree().sentence();
        String country = null;
        for (ActorRefs.Ref r : cx.refs().within(s.start(), s.end())) {
            if (r.type() == EntityType.LOCATION) {
                country = ArticleSetting.stateOf(r.entity(), registry);
                if (country != null) {
                    break;
                }
            }
        }
        if (country == null) {
            List<ArticleSetting.Mentioned> mentions = new ArrayList<>();
            cx.refs().all().forEach(r -> mentions.add(new ArticleSetting.Mentioned(r.entity(), r.type(),
                    cx.text().text().roleAt(r.start()) == ArticleText.Role.TITLE)));
            country = ArticleSetting.of(mentions, registry);
        }
        return country == null ? null : new ActorRefs.Ref(at.start(), at.end(), "country:" + country,
                EntityType.COUNTRY, true, at.word());
    }

    private static ActorRefs.Ref at(Token t, String entity, EntityType type) {
        return new ActorRefs.Ref(t.start(), t.end(), entity, type, true, t.word());
    }
}
