/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Token;
import org.newsgraph.nlp.DependencyTree;

/**
 * Pass "actors": needs the source and target heads (and the parties of groups); adds the source and target actors. The
 * source is the first head that names an actor ({@link ArgumentResolver}, {@link Actors#actorOf}); its rule is that
 * head's. Without one, a joint act whose subject is "beide"/"both"/"they" is between the two parties of the latest
 * joint event ({@link Both}, settled); any other draft is dropped. The target is the first head that names another actor;
 * for a joint act ({@code sym}) the parties coordinated with the source are candidates too ({@code co-agent}), and
 * one of them as target makes the act joint. A named place as target stands for its country (kept for the place pass).
 * Where the sentence names no actor, {@link ImplicitActors} may supply one: "they" for the latest doer, the state for
 * an act only states do, the state's people for unnamed people acted upon.
 */
final class ActorsPass implements SentencePass {
    private final Actors actors;
    private final ImplicitActors implicit;

    ActorsPass(Actors actors, ImplicitActors implicit) {
        this.actors = actors;
        this.implicit = implicit;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.SOURCE_HEADS, Fact.TARGET_HEADS, Fact.GUESTS, Fact.GROUPS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.SOURCES, Fact.TARGETS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.roles().settled()) {
                out.add(d);
                continue;
            }
            Draft sourced = d.roles().source() != null ? d : source(cx, d);
            if (sourced != null) {
                out.add(sourced.roles().settled() ? sourced : target(cx, sourced));
            }
        }
        return out;
    }

    /** The draft with its source, a settled pair of "both", or null when no head names an actor. */
    private Draft source(EventContext cx, Draft d) {
        Token tok = cx.tree().sentence().tokens().get(d.token());
        for (Draft.Head h : d.heads().sources()) {
            ActorRefs.Ref r = h.token() < 0 ? Actors.compoundPrefix(tok, cx.refs(), cx.text().text().text())
                    : ArgumentResolver.resolve(cx.tree(), h.token(), cx.refs(), cx.text());
            ActorRefs.Ref a = r == null ? null : actors.actorOf(cx, r);
            if (a != null) {
                Draft.Roles roles = new Draft.Roles(r, a, h.token(), null, null, null, false, List.of(), false);
                return d.withRoles(roles).rule("source", h.rule());
            }
        }
        ActorRefs.Ref[] both = d.predicate().symmetric() ? Both.pair(cx, d.heads().sourceTokens()) : null;
        if (both == null) {
            ImplicitActors.Found f = implicit.source(cx, d);
            if (f == null) {
                return null;
            }
            int head = f.rule().equals("they") ? ArgumentResolver.tokenAt(cx.tree().sentence(), f.actor().start())
                    : Draft.NONE;
            Draft.Roles roles = new Draft.Roles(f.actor(), f.actor(), head, null, null, null, false, List.of(), false);
            return d.withRoles(roles).rule("source", f.rule());
        }
        ActorRefs.Ref place = actors.place(cx, d.token(), d.predicate(), both[0]);
        Draft.Roles roles = new Draft.Roles(both[0], both[0], Draft.NONE, both[1], null, place, false, List.of(), true);
        Draft out = d.withRoles(roles).rule("source", "both").rule("target", "both");
        return place == null ? out : out.rule("place", "phrase");
    }

    /** The draft with the first target head that names an actor other than the source. */
    private Draft target(EventContext cx, Draft d) {
        DependencyTree tree = cx.tree();
        Draft.Roles r = d.roles();
        List<Draft.Head> heads = new ArrayList<>(d.heads().targets());
        List<Integer> coAgents = new ArrayList<>();
        if (d.heads().parties() != null) {
            coAgents.addAll(d.heads().parties());
        } else if (d.predicate().symmetric() && r.sourceHead() >= 0) {
            // "Kim und Putin trafen sich", "Delegations from Moscow and Kyiv met": the other party is coordinated
            // with the source, inside the subject phrase
            int start = r.mention().start();
            int mention = start >= 0 ? ArgumentResolver.tokenAt(tree.sentence(), start) : -1;
            coAgents.addAll(Coordination.sourceConjuncts(tree, r.sourceHead(), mention));
            coAgents.forEach(c -> heads.add(new Draft.Head(c, "co-agent")));
        }
        ActorRefs.Ref actor = r.source();
        for (Draft.Head h : heads) {
            ActorRefs.Ref named = ArgumentResolver.resolve(tree, h.token(), cx.refs(), cx.text(), r.mention().entity());
            ActorRefs.Ref a = named == null ? null : actors.actorOf(cx, named);
            if (a != null && (!a.entity().equals(actor.entity()) || Actors.twoAgentsOfOneCountry(actor, a))) {
                Draft.Roles roles = new Draft.Roles(r.mention(), actor, r.sourceHead(), a, a == named ? null : named,
                        null, coAgents.contains(h.token()), coAgents, false);
                return d.withRoles(roles).rule("target", h.rule());
            }
        }
        ImplicitActors.Found f = implicit.target(cx, d);
        if (f != null && !f.actor().entity().equals(actor.entity()) || f != null && actor.derived()) {
            // "Police arrested a 36-year-old man": people of the state, acted on by the state's own organs too
            return d.withRoles(new Draft.Roles(r.mention(), actor, r.sourceHead(), f.actor(), null, null, false,
                    coAgents, false)).rule("target", f.rule());
        }
        return d.withRoles(new Draft.Roles(r.mention(), actor, r.sourceHead(), null, null, null, false, coAgents,
                false));
    }
}
