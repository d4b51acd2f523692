/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.link.Actor;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * What the actor registry says about the mentions the passes resolve: which actor a mention stands for as the doer
 * or target of an event, a place's country, the place a predicate names. Immutable and thread-safe.
 */
final class Actors {
    private final ActorRegistry registry;

    Actors(ActorRegistry registry) {
        this.registry = registry;
    }

    /**
     * The actor a mention stands for, or null for a place that is no actor (a continent): a city or site stands for
     * its country ("struck the sites at Fordow": Iran), a state institution or a government spokesperson for the
     * state ("die Staatsduma", "the PLA", "Kremlsprecher Peskow"); regions, people and other organisations stand for
     * themselves.
     */
    ActorRefs.Ref actorOf(EventContext cx, ActorRefs.Ref r) {
        Optional<Actor> a = registry.get(r.entity());
        String country = a.map(Actor::country).filter(c -> c != null && c.matches("[A-Z]{3}")).orElse(null);
        if (country == null && r.type() == EntityType.PERSON && a.isEmpty()) {
            // a spokesperson the registry does not know speaks for the state the office phrase names
            String state = Spokespeople.stateOf(cx.text(), cx.refs(), r.entity());
            if (state != null) {
                return new ActorRefs.Ref(r.start(), r.end(), state, EntityType.COUNTRY, r.derived(), r.text());
            }
        }
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

    /** The actor the phrase at {@code head} names, or null when it names none or only a place. */
    ActorRefs.Ref actorAt(EventContext cx, int head) {
        ActorRefs.Ref r = ArgumentResolver.resolve(cx.tree(), head, cx.refs(), cx.text());
        return r == null ? null : actorOf(cx, r);
    }

    /** The ISO code of an entity's country (its own for a country), or null. */
    String country(String entity) {
        return registry.get(entity).map(a -> a.iso3() != null ? a.iso3() : a.country()).orElse(null);
    }

    /** The country a place belongs to, as a target ("reist nach Wladiwostok": Russia), or null. */
    ActorRefs.Ref countryOf(ActorRefs.Ref place) {
        if (place.type() == EntityType.COUNTRY) {
            return place;
        }
        String c = country(place.entity());
        return c == null ? null : new ActorRefs.Ref(-1, -1, "country:" + c, EntityType.COUNTRY, true, null);
    }

    /** Both lie in one country, and one of them is that country or a place in it. */
    boolean sameCountry(ActorRefs.Ref a, ActorRefs.Ref b) {
        String ca = country(a.entity());
        return ca != null && ca.equals(country(b.entity())) && (a.type() == EntityType.COUNTRY
                || b.type() == EntityType.COUNTRY || b.type() == EntityType.LOCATION);
    }

    /** "Georgian demonstrators … the Georgian government": two groups named by one country's adjective. */
    static boolean twoAgentsOfOneCountry(ActorRefs.Ref a, ActorRefs.Ref b) {
        return a.derived() && b.derived() && a.start() != b.start();
    }

    /**
     * The place the predicate at {@code p} names ("in Wladiwostok"), also in the phrases of the verb a nominal
     * predicate belongs to; for predicates of place also a country named as the place ("hit missile factories … in Iran"). Never
     * the source itself.
     */
    ActorRefs.Ref place(EventContext cx, int p, Predicate pred, ActorRefs.Ref source) {
        DependencyTree tree = cx.tree();
        List<Integer> heads = new ArrayList<>(Syntax.places(tree, p));
        int verb = pred.noun() ? Syntax.governingVerb(tree, p) : -1;
        if (verb >= 0) {
            heads.addAll(Syntax.places(tree, verb));
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

    /** "UNO-Sanktionen", "US-Luftangriffe": the actor named in the compound's first part (in or before the token). */
    static ActorRefs.Ref compoundPrefix(Token tok, ActorRefs refs, String doc) {
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
}
