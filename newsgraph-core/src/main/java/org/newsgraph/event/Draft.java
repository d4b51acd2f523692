/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Event;
import org.newsgraph.model.Timex;

/**
 * One event as the passes build it: the predicate occurrence it comes from, the candidate heads of its arguments, the
 * resolved actors, what is said about it, the rules that decided it, and finally the {@link Event}. Immutable: a pass
 * returns new drafts ({@code with…}); a part a pass has not filled yet is null or {@link #NONE}.
 *
 * @param token     the predicate's token in its sentence
 * @param predicate the lexicon entry found there
 * @param heads     candidate heads of source and target (from the sources and targets passes)
 * @param roles     the resolved source, target and place
 * @param statement time, claim, certainty, attribution and mood
 * @param trace     the rules that decided it, for its method
 * @param event     the event, once the event pass has built it
 */
record Draft(int token, Predicate predicate, Heads heads, Roles roles, Statement statement, Trace trace, Event event) {
    /** Marks a part of a draft that no pass has filled. */
    static final int NONE = -1;

    /** A candidate head token and the rule that proposed it ("subject", "obj", "prep:gegen"). */
    record Head(int token, String rule) {}

    /**
     * Candidate heads, best first; a source head of -1 stands for the actor in the predicate's own compound
     * ("US-Luftangriffe"). {@code parties}: the heads of a joint subject a coordinated draft belongs to, or null;
     * {@code group}: the parties a counted plural stands for, when the draft is one of them.
     */
    record Heads(List<Head> sources, List<Head> targets, List<Integer> parties, List<ActorRefs.Ref> group) {
        static final Heads EMPTY = new Heads(List.of(), List.of(), null, List.of());

        Heads {
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
            parties = parties == null ? null : List.copyOf(parties);
            group = List.copyOf(group);
        }

        /** The source head tokens, in order. */
        List<Integer> sourceTokens() {
            return sources.stream().map(Head::token).toList();
        }
    }

    /**
     * The resolved arguments: {@code mention} is the source as named (a spokesperson, a city), {@code source} the actor
     * it stands for (the state); {@code placeTarget} the named place when the target is its country; {@code joint}
     * when the target is a co-agent of a joint act; {@code settled} when one rule decided all of them together (guests,
     * "both"), so that the passes which resolve arguments one by one leave them alone.
     */
    record Roles(ActorRefs.Ref mention, ActorRefs.Ref source, int sourceHead, ActorRefs.Ref target,
            ActorRefs.Ref placeTarget, ActorRefs.Ref location, boolean joint, List<Integer> coAgents, boolean settled) {
        static final Roles EMPTY = new Roles(null, null, NONE, null, null, null, false, List.of(), false);

        Roles {
            coAgents = List.copyOf(coAgents);
        }

        Roles withSource(ActorRefs.Ref s) {
            return new Roles(mention, s, sourceHead, target, placeTarget, location, joint, coAgents, settled);
        }

        Roles withTarget(ActorRefs.Ref t) {
            return new Roles(mention, source, sourceHead, t, placeTarget, location, joint, coAgents, settled);
        }

        Roles withLocation(ActorRefs.Ref l) {
            return new Roles(mention, source, sourceHead, target, placeTarget, l, joint, coAgents, settled);
        }

        Roles withJoint(boolean j) {
            return new Roles(mention, source, sourceHead, target, placeTarget, location, j, coAgents, settled);
        }
    }

    /**
     * What is said about the event: {@code anchor} the token its time is sought near (a coordinated target) and
     * {@code scope} the head of an elliptical conjunct whose own date wins, or {@link #NONE}; the date expression, the
     * claim it stands in, certainty and attribution, the entry as finally coded (a state's protest is a complaint),
     * the mood and CAMEO code, and whether it is marked as an additional act ("also", "zudem").
     */
    record Statement(int anchor, int scope, Timex timex, Claim claim, Certainty certainty, Attribution attribution,
            Predicate coded, Mood mood, String cameo, boolean also) {
        static final Statement EMPTY = new Statement(NONE, NONE, null, null, null, null, null, null, null, false);

        Statement withAnchor(int a, int s) {
            return new Statement(a, s, timex, claim, certainty, attribution, coded, mood, cameo, also);
        }

        Statement withTimex(Timex t) {
            return new Statement(anchor, scope, t, claim, certainty, attribution, coded, mood, cameo, also);
        }

        Statement withClaim(Claim c, Certainty ce, Attribution a) {
            return new Statement(anchor, scope, timex, c, ce, a, coded, mood, cameo, also);
        }

        Statement withCoded(Predicate p) {
            return new Statement(anchor, scope, timex, claim, certainty, attribution, p, mood, cameo, also);
        }

        Statement withMood(Mood m, String code) {
            return new Statement(anchor, scope, timex, claim, certainty, attribution, coded, m, code, also);
        }

        Statement withAlso(boolean a) {
            return new Statement(anchor, scope, timex, claim, certainty, attribution, coded, mood, cameo, a);
        }
    }

    /** The rules that decided a draft, by what they decided ("source" → "subject"), in the order first set. */
    record Trace(List<String> keys, List<String> rules) {
        static final Trace EMPTY = new Trace(List.of(), List.of());

        Trace {
            keys = List.copyOf(keys);
            rules = List.copyOf(rules);
        }

        /** This trace with {@code key} decided by {@code rule} (replacing an earlier rule for it). */
        Trace with(String key, String rule) {
            List<String> k = new ArrayList<>(keys);
            List<String> r = new ArrayList<>(rules);
            int i = k.indexOf(key);
            if (i >= 0) {
                r.set(i, rule);
            } else {
                k.add(key);
                r.add(rule);
            }
            return new Trace(k, r);
        }

        /** This trace without a rule for {@code key} (what it decided was undone). */
        Trace without(String key) {
            int i = keys.indexOf(key);
            if (i < 0) {
                return this;
            }
            List<String> k = new ArrayList<>(keys);
            List<String> r = new ArrayList<>(rules);
            k.remove(i);
            r.remove(i);
            return new Trace(k, r);
        }

        /** The rule that decided {@code key}, or null. */
        String rule(String key) {
            int i = keys.indexOf(key);
            return i < 0 ? null : rules.get(i);
        }

        /** ";source=subject;target=obj": the form the method string carries (see docs/events.md). */
        String format() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < keys.size(); i++) {
                sb.append(';').append(keys.get(i)).append('=').append(rules.get(i));
            }
            return sb.toString();
        }
    }

    /** A new draft for a predicate occurrence, with nothing else known. */
    static Draft of(int token, Predicate predicate) {
        return new Draft(token, predicate, Heads.EMPTY, Roles.EMPTY, Statement.EMPTY, Trace.EMPTY, null);
    }

    Draft withHeads(Heads h) {
        return new Draft(token, predicate, h, roles, statement, trace, event);
    }

    Draft withRoles(Roles r) {
        return new Draft(token, predicate, heads, r, statement, trace, event);
    }

    Draft withStatement(Statement s) {
        return new Draft(token, predicate, heads, roles, s, trace, event);
    }

    Draft withEvent(Event e) {
        return new Draft(token, predicate, heads, roles, statement, trace, e);
    }

    /** This draft with {@code key} decided by {@code rule}. */
    Draft rule(String key, String rule) {
        return new Draft(token, predicate, heads, roles, statement, trace.with(key, rule), event);
    }

    /** This draft without a rule for {@code key}. */
    Draft unrule(String key) {
        return new Draft(token, predicate, heads, roles, statement, trace.without(key), event);
    }
}
