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
import org.newsgraph.claim.Hedges;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Claim;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventTime;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Language;
import org.newsgraph.model.Modality;
import org.newsgraph.model.PloverType;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Builds the events one predicate occurrence states: arguments resolved to actors, place, time, mood, certainty and
 * attribution. Coordinated sources ("Moskau und Pjöngjang weisen zurück") and targets ("erkannte Luhansk und Donezk
 * an") give one event each. Thread-safe.
 */
final class EventAssembler {
    private final ActorRegistry registry;
    private final Hedges hedges = new Hedges();

    EventAssembler(ActorRegistry registry) {
        this.registry = registry;
    }

    List<Event> events(EventContext cx, Token tok, Predicate pred) {
        DependencyTree tree = cx.tree();
        int p = tok.index();
        if (pred.guests()) {
            return guests(cx, tok, pred);
        }
        if (reflexiveObject(tree, p)) {
            return List.of(); // "Iraq had attacked themselves": no one else is acted on
        }
        List<Integer> ordered = new ArrayList<>(SubjectOrder.sources(tree, ArgumentFinder.sources(tree, p, pred), p));
        if (cx.text().language() == Language.GERMAN && !pred.noun()) {
            ordered = SubjectOrder.inanimateSubject(tree, ordered, p, h -> {
                ActorRefs.Ref r = ArgumentResolver.resolve(tree, h, cx.refs(), cx.text());
                return r != null && actorOf(cx, r) != null;
            });
        }
        List<Integer> targetHeads = new ArrayList<>();
        int displaced = SubjectOrder.displacedSubject(tree, ordered, p);
        if (displaced >= 0) {
            targetHeads.add(displaced);
        }
        int[] split = Coordination.adjacentNames(cx, ordered);
        if (split == null && !pred.noun()) {
            split = Coordination.gluedObject(cx, p, ordered);
        }
        if (split != null) {
            ordered.add(0, split[0]);
            targetHeads.add(0, split[1]);
        }
        targetHeads.addAll(ArgumentFinder.targets(tree, p, pred));
        if (pred.reversed()) {
            // "received weapons from the government": the giver is the source, the receiver the target
            List<Integer> receivers = ordered.stream().filter(h -> h >= 0).toList();
            ordered = new ArrayList<>(ArgumentFinder.targets(tree, p, pred));
            targetHeads = new ArrayList<>(receivers);
        }
        List<ActorRefs.Ref> group = group(cx, ordered);
        if (!group.isEmpty()) {
            return groupEvents(cx, tok, pred, group, targetHeads);
        }
        List<Event> out = new ArrayList<>();
        Arguments first = arguments(cx, tok, pred, ordered, targetHeads, null);
        if (first == null) {
            return out;
        }
        Event e = event(cx, tok, pred, first, -1, -1);
        if (e == null) {
            return out;
        }
        out.add(e);
        if (first.target() != null && first.target().start() >= 0) {
            int th = ArgumentResolver.tokenAt(tree.sentence(), first.target().start());
            for (int[] c : Coordination.conjuncts(tree, th, p)) {
                Arguments more = arguments(cx, tok, pred, List.of(first.sourceHead()), List.of(c[0]), null);
                if (more != null && more.target() != null && !more.target().entity().equals(first.target().entity())) {
                    add(out, event(cx, tok, pred, more, c[0], c[1]));
                }
            }
        }
        if (first.sourceHead() >= 0) {
            List<Integer> parties = new ArrayList<>(first.coAgents());
            parties.add(first.sourceHead());
            int mention = ArgumentResolver.tokenAt(tree.sentence(), first.source().start());
            for (int c : Coordination.sourceConjuncts(tree, first.sourceHead(), mention)) {
                if (first.target() != null && inside(tree, c, first.target()) && !first.joint()) {
                    continue; // "A und B trafen sich": B is the target, not a second source
                }
                // "The US, Russia and Switzerland met": each party with each other
                List<Integer> heads = first.joint() ? parties : targetHeads;
                Arguments more = arguments(cx, tok, pred, List.of(c), heads, parties);
                if (more != null && !more.source().entity().equals(first.source().entity())) {
                    add(out, event(cx, tok, pred, more, -1, -1));
                }
            }
            if (first.joint()) {
                for (int c : first.coAgents()) {
                    Arguments more = arguments(cx, tok, pred, List.of(first.sourceHead()), List.of(c), parties);
                    if (more != null && more.target() != null && !more.target().entity().equals(first.target().entity())) {
                        add(out, event(cx, tok, pred, more, -1, -1));
                    }
                }
            }
        }
        return out;
    }

    /** The parties a counted plural subject stands for ("the three governments"), unless an actor comes first. */
    private List<ActorRefs.Ref> group(EventContext cx, List<Integer> sourceHeads) {
        for (int h : sourceHeads) {
            if (h < 0) {
                continue;
            }
            List<ActorRefs.Ref> members = Groups.members(cx, h);
            if (!members.isEmpty()) {
                return members;
            }
            ActorRefs.Ref r = ArgumentResolver.resolve(cx.tree(), h, cx.refs(), cx.text());
            if (r != null && actorOf(cx, r) != null) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * One event for each party of a group; a reciprocal act without a target of its own ("the two countries had
     * exchanged strikes") is each party's against the others.
     */
    private List<Event> groupEvents(EventContext cx, Token tok, Predicate pred, List<ActorRefs.Ref> group,
            List<Integer> targetHeads) {
        List<Event> out = new ArrayList<>();
        boolean reciprocal = Groups.reciprocal(cx.tree(), tok.index());
        for (ActorRefs.Ref m : group) {
            Arguments a = withSource(cx, tok, pred, m, -1, targetHeads, null);
            if (a.target() != null || !reciprocal) {
                add(out, event(cx, tok, pred, a, -1, -1));
                continue;
            }
            for (ActorRefs.Ref o : group) {
                if (!o.entity().equals(m.entity())) {
                    add(out, event(cx, tok, pred, new Arguments(a.source(), -1, o, a.location(), false, List.of()), -1, -1));
                }
            }
        }
        return out;
    }

    /** One visit for each person named among the guests; the host is the country of the place of the occasion. */
    private List<Event> guests(EventContext cx, Token tok, Predicate pred) {
        DependencyTree tree = cx.tree();
        Sentence s = tree.sentence();
        List<Event> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int h : ArgumentFinder.sources(tree, tok.index(), pred)) {
            int[] span = tree.span(h);
            for (ActorRefs.Ref r : cx.refs().within(s.tokens().get(span[0]).start(), s.tokens().get(span[1]).end())) {
                if (r.type() != EntityType.PERSON || seen.contains(r.entity())) {
                    continue;
                }
                seen.add(r.entity());
                ActorRefs.Ref place = place(cx, tok.index(), pred, r);
                if (place == null) {
                    place = Setting.previous(cx, this::country);
                }
                ActorRefs.Ref host = place == null ? null : countryOf(place);
                if (host != null && !host.entity().equals("country:" + country(r.entity()))) {
                    add(out, event(cx, tok, pred, new Arguments(r, h, host, place, false, List.of()), -1, -1));
                }
            }
        }
        return out;
    }

    private static boolean reflexiveObject(DependencyTree t, int p) {
        for (int c : t.children(p)) {
            String w = t.sentence().tokens().get(c).word().toLowerCase(Locale.ROOT);
            if (ArgumentFinder.objectLike(t, c) && (w.endsWith("self") || w.endsWith("selves"))) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Event> out, Event e) {
        if (e != null) {
            out.add(e);
        }
    }

    private static boolean inside(DependencyTree t, int head, ActorRefs.Ref r) {
        int tok = ArgumentResolver.tokenAt(t.sentence(), r.start());
        return tok >= 0 && t.dominates(head, tok);
    }

    /** The resolved source (with the head it came from), target and place of one event, or null without a source. */
    private record Arguments(ActorRefs.Ref source, int sourceHead, ActorRefs.Ref target, ActorRefs.Ref location,
            boolean joint, List<Integer> coAgents) {}

    /**
     * Resolves source, target and place; {@code parties}, when given, are the heads of a joint subject ("The US,
     * Russia and Switzerland met") among which the target is a co-agent.
     */
    private Arguments arguments(EventContext cx, Token tok, Predicate pred, List<Integer> sourceHeads,
            List<Integer> targetHeads, List<Integer> parties) {
        DependencyTree tree = cx.tree();
        ActorRefs.Ref source = null;
        int sourceHead = -1;
        for (int h : sourceHeads) {
            ActorRefs.Ref r = h < 0 ? compoundPrefix(tok, cx.refs(), cx.text().text().text())
                    : ArgumentResolver.resolve(tree, h, cx.refs(), cx.text());
            if (r != null && actorOf(cx, r) != null) {
                source = r;
                sourceHead = h;
                break;
            }
        }
        if (source == null) {
            ActorRefs.Ref[] both = pred.symmetric() ? Both.pair(cx, sourceHeads) : null;
            return both == null ? null
                    : new Arguments(both[0], -1, both[1], place(cx, tok.index(), pred, both[0]), false, List.of());
        }
        return withSource(cx, tok, pred, source, sourceHead, targetHeads, parties);
    }

    /** Target and place for a resolved source. */
    private Arguments withSource(EventContext cx, Token tok, Predicate pred, ActorRefs.Ref source, int sourceHead,
            List<Integer> targetHeads, List<Integer> parties) {
        DependencyTree tree = cx.tree();
        List<Integer> heads = new ArrayList<>(targetHeads);
        List<Integer> coAgents = new ArrayList<>();
        if (parties != null) {
            coAgents.addAll(parties);
        } else if (pred.symmetric() && sourceHead >= 0) {
            // "Kim und Putin trafen sich", "Delegations from Moscow and Kyiv met": the other party is coordinated
            // with the source, inside the subject phrase
            int mention = source.start() >= 0 ? ArgumentResolver.tokenAt(tree.sentence(), source.start()) : -1;
            coAgents.addAll(Coordination.sourceConjuncts(tree, sourceHead, mention));
            heads.addAll(coAgents);
        }
        ActorRefs.Ref placeTarget = null;
        ActorRefs.Ref target = null;
        boolean joint = false;
        ActorRefs.Ref actor = actorOf(cx, source);
        for (int h : heads) {
            ActorRefs.Ref r = ArgumentResolver.resolve(tree, h, cx.refs(), cx.text(), source.entity());
            ActorRefs.Ref a = r == null ? null : actorOf(cx, r);
            if (a != null && (!a.entity().equals(actor.entity()) || twoAgentsOfOneCountry(actor, a))) {
                target = a;
                placeTarget = a == r ? null : r;
                joint = coAgents.contains(h);
                break;
            }
        }
        if (target == null && (pred.type() == PloverType.ACCUSE || pred.type() == PloverType.REJECT)) {
            target = EventAnaphora.doerOfObject(cx, tok.index(), actor, r -> actorOf(cx, r));
        }
        if (target == null) {
            target = EventAnaphora.earlierTarget(cx, tok.index(), pred, actor);
        }
        if (target == null) {
            target = EventAnaphora.attacker(cx, pred, actor);
        }
        ActorRefs.Ref location = placeTarget != null && placeTarget.type() == EntityType.LOCATION ? placeTarget
                : place(cx, tok.index(), pred, source);
        if (target == null && pred.location() && location == null && !pred.free()) {
            location = Setting.previous(cx, this::country); // "Zum Jubiläum … in Pyongyang. … Gäste …"
        }
        if (target == null && pred.location() && location != null) {
            target = countryOf(location); // "protest in Beijing", "exercises in Alaska": the place's country
        }
        if (location != null && location.type() == EntityType.COUNTRY) {
            location = null; // "hit factories in Iran": the country is the target; a location is a place within it
        }
        // "Putin reiste nach Russland zurück": a visit to one's own country is no dyad (conflicts within one are)
        boolean visit = pred.location() || pred.type() == PloverType.CONSULT;
        if (target != null && visit && sameCountry(actor, target) && !twoAgentsOfOneCountry(actor, target)) {
            target = null;
        }
        return new Arguments(actor, sourceHead, target, location, joint && target != null, coAgents);
    }

    /**
     * The actor an argument stands for, or null for a place that is no actor (a continent): a city or site stands for
     * its country ("struck the sites at Fordow": Iran), a state institution or a government spokesperson for the
     * state ("die Staatsduma", "the PLA", "Kremlsprecher Peskow"); regions, people and other organisations stand for
     * themselves.
     */
    ActorRefs.Ref actorOf(EventContext cx, ActorRefs.Ref r) {
        java.util.Optional<org.newsgraph.link.Actor> a = registry.get(r.entity());
        String country = a.map(org.newsgraph.link.Actor::country).filter(c -> c != null && c.matches("[A-Z]{3}"))
                .orElse(null);
        if (country == null) {
            // a continent, or a place the registry does not know ("Rio de Janeiro"), is where, not who
            boolean placeOnly = r.type() == EntityType.LOCATION && a.map(x -> x.iso3() == null).orElse(true);
            return placeOnly ? null : r;
        }
        boolean place = r.type() == EntityType.LOCATION && r.entity().startsWith("location:");
        String cameo = a.get().cameo();
        boolean stateOrgan = r.type() == EntityType.ORGANIZATION && cameo != null
                && cameo.matches("[A-Z]{3}(GOV|MIL|LEG|SPY|JUD|COP).*");
        boolean spokesperson = r.type() == EntityType.PERSON && Spokespeople.is(cx, r.entity());
        if (!place && !stateOrgan && !spokesperson) {
            return r;
        }
        return new ActorRefs.Ref(r.start(), r.end(), "country:" + country, EntityType.COUNTRY, r.derived(), r.text());
    }

    /** "Georgian demonstrators … the Georgian government": two groups named by one country's adjective. */
    private static boolean twoAgentsOfOneCountry(ActorRefs.Ref a, ActorRefs.Ref b) {
        return a.derived() && b.derived() && a.start() != b.start();
    }

    /**
     * The place the predicate names ("in Wladiwostok"); for predicates of place also a country named as the place
     * ("hit missile factories … in Iran").
     */
    private ActorRefs.Ref place(EventContext cx, int p, Predicate pred, ActorRefs.Ref source) {
        DependencyTree tree = cx.tree();
        List<Integer> heads = new ArrayList<>(ArgumentFinder.places(tree, p));
        int verb = pred.noun() ? ArgumentFinder.governingVerb(tree, p) : -1;
        if (verb >= 0) {
            heads.addAll(ArgumentFinder.places(tree, verb));
        }
        for (int h : heads) {
            ActorRefs.Ref r = ArgumentResolver.resolve(tree, h, cx.refs(), cx.text());
            boolean place = r != null && (r.type() == EntityType.LOCATION
                    || pred.location() && r.type() == EntityType.COUNTRY && !r.derived());
            if (place && !r.entity().equals(source.entity())) {
                return r;
            }
        }
        return null;
    }

    /**
     * One event; {@code anchor} is the token its time is sought near (a coordinated target), {@code scope} the head of
     * an elliptical conjunct whose own date wins ("… die Krim 2014 anerkannt hat, sondern 2022 auch Luhansk …").
     */
    private Event event(EventContext cx, Token tok, Predicate pred, Arguments args, int anchor, int scope) {
        if (args.target() == null && !pred.free()) {
            return null; // precision first: an event needs whom it is done to, unless the predicate stands alone
        }
        DependencyTree tree = cx.tree();
        Sentence s = tree.sentence();
        int p = tok.index();
        Timex timex = EventTimes.timex(tree, p, cx.timexes(), anchor >= 0 ? anchor : targetToken(s, args.target()), scope);
        Claim claim = enclosingClaim(cx.claims(), tok.start());
        int say = Speech.verbOf(tree, pred.noun() && ArgumentFinder.governingVerb(tree, p) >= 0
                ? ArgumentFinder.governingVerb(tree, p) : p);
        boolean sourceSpeaks = claim != null && claim.speaker() != null
                && args.source().entity().equals(claim.speaker().entity()) || saidBySource(cx, say, args.source());
        Mood mood = ModalityFinder.of(tree, p, pred, timex, cx.published(), claim != null || say >= 0, sourceSpeaks);
        EventTime time = EventTimes.of(timex, mood.modality(), cx.published());
        Certainty certainty = claim != null ? claim.certainty() : hedged(cx.text().language(), s);
        Attribution attribution = claim == null || claim.speaker() == null ? null
                : new Attribution(claim.speaker().entity(), claim.speaker().text(), claim.cue(), claim.id(), claim.inner());
        Predicate coded = StateProtest.retype(tree, pred, args.sourceHead(), args.source());
        String cameo = Cameo.code(coded.cameo(), coded.type(), mood);
        double confidence = 0.6 + (args.target() != null ? 0.1 : 0) + (args.source().derived() ? -0.1 : 0.1);
        return new Event("e0", coded.type(), cameo, coded.label(), argument(args.source()), argument(args.target()),
                argument(args.location()), time, mood.modality(), certainty, attribution,
                new Evidence(s.index(), s.start(), s.end(), cx.text().cover(s.start(), s.end())),
                Math.round(confidence * 100) / 100.0, "lexicon:" + pred.lemma() + (pred.noun() ? "/noun" : "/verb")
                        + (Duplicates.additive(tree, p) ? Duplicates.ALSO : "") + (args.joint() ? "+joint" : ""));
    }

    /** The verb of saying has the event's source as its subject ("Israel announced it would free …"). */
    private static boolean saidBySource(EventContext cx, int say, ActorRefs.Ref source) {
        if (say < 0) {
            return false;
        }
        for (int s : ArgumentFinder.subjects(cx.tree(), say)) {
            ActorRefs.Ref r = ArgumentResolver.resolve(cx.tree(), s, cx.refs(), cx.text());
            if (r != null && r.entity().equals(source.entity())) {
                return true;
            }
        }
        return false;
    }

    private static int targetToken(Sentence s, ActorRefs.Ref target) {
        return target == null || target.start() < 0 ? -1 : ArgumentResolver.tokenAt(s, target.start());
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
        if (place.type() == EntityType.COUNTRY) {
            return place;
        }
        String c = country(place.entity());
        return c == null ? null : new ActorRefs.Ref(-1, -1, "country:" + c, EntityType.COUNTRY, true, null);
    }

    private boolean sameCountry(ActorRefs.Ref a, ActorRefs.Ref b) {
        String ca = country(a.entity());
        return ca != null && ca.equals(country(b.entity())) && (a.type() == EntityType.COUNTRY
                || b.type() == EntityType.COUNTRY || b.type() == EntityType.LOCATION);
    }

    private String country(String entity) {
        return registry.get(entity).map(a -> a.iso3() != null ? a.iso3() : a.country()).orElse(null);
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

    /** The event argument for a resolved actor reference, or null. */
    static Argument argument(ActorRefs.Ref r) {
        return r == null ? null : new Argument(r.entity(), r.text(), r.start(), r.end());
    }
}
