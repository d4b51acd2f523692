/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.claim.Hedges;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventTime;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Language;
import org.newsgraph.model.Modality;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * The {@link EventCoder}: lexicon predicates on lemmas, arguments from the dependency tree resolved to actors, time,
 * modality, and certainty and attribution from the claim that contains the predicate. Precision first: an event needs
 * a source actor; one predicate yields at most one event. Thread-safe.
 */
public final class LexiconEventCoder implements EventCoder {
    private final PredicateLexicon lexicon = PredicateLexicon.load();
    private final Hedges hedges = new Hedges();
    private final ActorRegistry registry;

    public LexiconEventCoder(ActorRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Set<Integer> sentencesToParse(AnnotatedText text, List<Entity> entities) {
        ActorRefs refs = new ActorRefs(entities);
        Set<Integer> out = new HashSet<>();
        for (Sentence s : text.sentences()) {
            if (refs.any(s.start(), s.end()) && s.tokens().stream().anyMatch(t -> !candidates(text.language(), t).isEmpty())) {
                out.add(s.index());
            }
        }
        return out;
    }

    @Override
    public List<Event> code(AnnotatedText text, List<Entity> entities, List<Timex> timexes, List<Claim> claims) {
        ActorRefs refs = new ActorRefs(entities);
        LocalDate published = text.article().published();
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : text.sentences()) {
            DependencyTree tree = DependencyTree.of(s);
            if (tree == null) {
                continue;
            }
            List<Timex> sx = timexes.stream().filter(x -> x.sentence() == s.index()).toList();
            for (Token tok : s.tokens()) {
                for (Predicate pred : candidates(text.language(), tok)) {
                    if (!applies(tree, tok.index(), pred)) {
                        continue;
                    }
                    for (Event e : events(text, tree, tok, pred, refs, sx, claims, published)) {
                        if (seen.add(s.index() + "|" + e.type() + "|" + e.source().entity() + "|"
                                + (e.target() == null ? "" : e.target().entity()))) {
                            out.add(e.withId("e" + (out.size() + 1)));
                        }
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The events one predicate states: one per target, as coordinated targets are separate events ("erkannte die Krim
     * 2014 und 2022 Luhansk und Donezk an"); each target keeps the time expression nearest to it.
     */
    private List<Event> events(AnnotatedText text, DependencyTree tree, Token tok, Predicate pred, ActorRefs refs,
            List<Timex> sx, List<Claim> claims, LocalDate published) {
        int p = tok.index();
        List<Integer> ordered = SubjectOrder.sources(tree, ArgumentFinder.sources(tree, p, pred), p);
        List<Integer> targetHeads = new ArrayList<>();
        int displaced = SubjectOrder.displacedSubject(tree, ordered, p);
        if (displaced >= 0) {
            targetHeads.add(displaced);
        }
        targetHeads.addAll(ArgumentFinder.targets(tree, p, pred));
        List<Event> out = new ArrayList<>();
        Event first = event(text, tree, tok, pred, refs, sx, claims, published, ordered, targetHeads, -1);
        if (first == null) {
            return out;
        }
        out.add(first);
        if (first.target() != null && first.target().start() >= 0) {
            int th = ArgumentResolver.tokenAt(tree.sentence(), first.target().start());
            for (int c : conjuncts(tree, th)) {
                Event more = event(text, tree, tok, pred, refs, sx, claims, published, ordered, List.of(c), c);
                if (more != null && more.target() != null) {
                    out.add(more);
                }
            }
        }
        return out;
    }

    /** Coordinated phrases of the phrase containing token {@code tok} ("Luhansk und Donezk"). */
    private static List<Integer> conjuncts(DependencyTree t, int tok) {
        List<Integer> out = new ArrayList<>();
        if (tok < 0) {
            return out;
        }
        int h = tok;
        while (t.head(h) >= 0 && (t.is(h, "flat") || t.is(h, "amod") || t.is(h, "compound") || t.is(h, "det"))) {
            h = t.head(h);
        }
        collect(t, h, out);
        return out;
    }

    private static void collect(DependencyTree t, int h, List<Integer> out) {
        for (int c : t.children(h, "conj")) {
            out.add(c);
            collect(t, c, out);
        }
    }

    private Event event(AnnotatedText text, DependencyTree tree, Token tok, Predicate pred, ActorRefs refs,
            List<Timex> sx, List<Claim> claims, LocalDate published, List<Integer> ordered, List<Integer> targetHeads,
            int anchor) {
        Sentence s = tree.sentence();
        int p = tok.index();
        ActorRefs.Ref source = null;
        for (int h : ordered) {
            source = h < 0 ? compoundPrefix(tok, refs, text.text().text())
                    : ArgumentResolver.resolve(tree, h, refs, text);
            if (source != null) {
                break;
            }
        }
        if (source == null) {
            return null;
        }
        ActorRefs.Ref target = firstActor(tree, targetHeads, refs, source.entity(), text);
        ActorRefs.Ref location = null;
        if (pred.location() && target != null && target.type() == EntityType.LOCATION) {
            location = target;
            target = countryOf(target);
        }
        if (location == null) {
            ActorRefs.Ref place = firstActor(tree, ArgumentFinder.places(tree, p), refs, source.entity(), text);
            if (place != null && place.type() == EntityType.LOCATION) {
                location = place;
            }
        }
        if (target != null && target.entity().equals(source.entity())) {
            target = null;
        }
        Timex timex = EventTimes.timex(tree, p, sx, anchor >= 0 ? anchor : targetToken(s, target));
        Modality modality = ModalityFinder.of(tree, p, pred, timex, published);
        EventTime time = EventTimes.of(timex, modality == Modality.OCCURRED, published);
        Claim claim = enclosingClaim(claims, tok.start());
        Certainty certainty = claim != null ? claim.certainty() : hedged(text.language(), s);
        Attribution attribution = claim == null || claim.speaker() == null ? null
                : new Attribution(claim.speaker().entity(), claim.speaker().text(), claim.cue(), claim.id(), claim.inner());
        String cameo = Cameo.code(pred.cameo(), pred.type(), modality);
        double confidence = 0.6 + (target != null ? 0.1 : 0) + (source.derived() ? -0.1 : 0.1);
        return new Event("e0", pred.type(), cameo, pred.label(), argument(source), argument(target),
                argument(location), time, modality, certainty, attribution,
                new Evidence(s.index(), s.start(), s.end(), text.cover(s.start(), s.end())),
                Math.round(confidence * 100) / 100.0, "lexicon:" + pred.lemma() + (pred.noun() ? "/noun" : "/verb"));
    }

    private static int targetToken(Sentence s, ActorRefs.Ref target) {
        return target == null || target.start() < 0 ? -1 : ArgumentResolver.tokenAt(s, target.start());
    }

    /** Lexicon entries for a token: its lemma, its lower-cased form, or the last part of a hyphenated compound. */
    private List<Predicate> candidates(Language lang, Token t) {
        String pos = t.pos();
        boolean verb = pos.startsWith("VB") || "VERB".equals(pos) || ("ADJ".equals(pos) && lang == Language.GERMAN
                && lexicon.lookup(lang, t.lemma()).stream().anyMatch(pr -> !pr.noun()));
        boolean noun = pos.startsWith("NN") || "NOUN".equals(pos) || "PROPN".equals(pos);
        if (!verb && !noun) {
            return List.of();
        }
        List<Predicate> out = new ArrayList<>(lexicon.lookup(lang, t.lemma()));
        String lower = t.word().toLowerCase(lang.locale());
        if (!lower.equals(t.lemma())) {
            out.addAll(lexicon.lookup(lang, lower));
        }
        int dash = lower.lastIndexOf('-');
        if (noun && dash > 0 && dash < lower.length() - 1) {
            out.addAll(lexicon.lookup(lang, lower.substring(dash + 1)));
        }
        out.removeIf(pr -> pr.noun() != noun);
        return out;
    }

    private static boolean applies(DependencyTree t, int p, Predicate pred) {
        if (pred.particle() != null) {
            boolean found = false;
            for (int c : t.children(p)) {
                if (t.sentence().tokens().get(c).word().equalsIgnoreCase(pred.particle())) {
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        if (pred.requires() != null && pred.requires().startsWith("prep:")) {
            return ArgumentFinder.governs(t, p, pred.requires().substring(5));
        }
        return true;
    }

    private static ActorRefs.Ref firstActor(DependencyTree t, List<Integer> heads, ActorRefs refs, String not,
            AnnotatedText text) {
        for (int h : heads) {
            ActorRefs.Ref r = ArgumentResolver.resolve(t, h, refs, text);
            if (r != null && !r.entity().equals(not)) {
                return r;
            }
        }
        return null;
    }

    /** "UNO-Sanktionen", "US-Luftangriffe": the actor named in the compound's first part (in or before the token). */
    private static ActorRefs.Ref compoundPrefix(Token tok, ActorRefs refs, String doc) {
        for (ActorRefs.Ref r : refs.within(tok.start(), tok.end())) {
            if (r.start() == tok.start()) {
                return r;
            }
        }
        int from = Math.max(0, tok.start() - 40);
        for (ActorRefs.Ref r : refs.within(from, tok.start())) {
            if (r.end() == tok.start() - 1 && doc.charAt(r.end()) == '-') {
                return r;
            }
        }
        return null;
    }

    /** The country a place belongs to, as a target ("reist nach Wladiwostok": Russia). */
    private ActorRefs.Ref countryOf(ActorRefs.Ref place) {
        return registry.get(place.entity()).filter(a -> a.country() != null)
                .map(a -> new ActorRefs.Ref(-1, -1, "country:" + a.country(), EntityType.COUNTRY, true, null))
                .orElse(null);
    }

    private static Claim enclosingClaim(List<Claim> claims, int offset) {
        for (Claim c : claims) {
            for (Span part : c.contentParts()) {
                if (part.start() <= offset && offset < part.end()) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Hedges in the author's voice ("offenbar", "reportedly", "soll … haben") make an event hedged or speculated. */
    private Certainty hedged(Language lang, Sentence s) {
        Certainty found = null;
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Certainty c = hedges.of(lang, toks.get(i).word());
            String w = toks.get(i).word().toLowerCase(Locale.ROOT);
            if (c == null && lang == Language.GERMAN && (w.equals("soll") || w.equals("sollen")) && perfectAfter(toks, i)) {
                c = Certainty.HEDGED;
            }
            if (c != null && (found == null || c == Certainty.HEDGED)) {
                found = c;
            }
        }
        return found == null ? Certainty.ASSERTED : found;
    }

    private static boolean perfectAfter(List<Token> toks, int i) {
        for (int k = i + 1; k < toks.size(); k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("haben") || w.equals("sein")) {
                return true;
            }
        }
        return false;
    }

    private static Argument argument(ActorRefs.Ref r) {
        return r == null ? null : new Argument(r.entity(), r.text(), r.start(), r.end());
    }
}
