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
import org.newsgraph.model.Sentence;
import org.newsgraph.nlp.DependencyTree;

/**
 * Pass "coordination": needs complete drafts (source, target, place); adds a draft for each party coordinated with a
 * draft's target ("erkannte Luhansk und Donezk an", also an elliptical conjunct with its own year: "die Krim 2014 …,
 * sondern 2022 auch Luhansk") or source ("Moskau und Pjöngjang dementierten"), and for a joint act one for each
 * co-agent ("The US, Russia and Switzerland met": each with each other). A new draft's arguments are resolved by the
 * same passes the first went through ({@code arguments}), and it is kept when it names another party. Drafts of
 * groups and settled drafts are left as they are.
 */
final class CoordinationPass implements SentencePass {
    private final List<SentencePass> arguments;

    /** {@code arguments}: the passes that resolve a new draft's heads to actors, place and all, in order. */
    CoordinationPass(List<SentencePass> arguments) {
        this.arguments = List.copyOf(arguments);
    }

    @Override
    public String name() {
        return "coordination";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.COMPLETE);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.CONJUNCTS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(d);
            if (!d.roles().settled() && d.heads().group().isEmpty()) {
                targetConjuncts(cx, d, out);
                sourceConjuncts(cx, d, out);
            }
        }
        return out;
    }

    /** "erkannte Luhansk und Donezk an": the same source against each party coordinated with the target. */
    private void targetConjuncts(EventContext cx, Draft first, List<Draft> out) {
        Draft.Roles r = first.roles();
        if (r.target() == null || r.target().start() < 0) {
            return;
        }
        DependencyTree tree = cx.tree();
        int th = ArgumentResolver.tokenAt(tree.sentence(), r.target().start());
        for (int[] c : Coordination.conjuncts(tree, th, first.token())) {
            Draft.Head conjunct = new Draft.Head(c[0], "conjunct");
            Draft more = resolve(cx, first, List.of(sourceHead(first)), List.of(conjunct), null);
            if (more != null && more.roles().target() != null
                    && !more.roles().target().entity().equals(r.target().entity())) {
                out.add(more.withStatement(more.statement().withAnchor(c[0], c[1])));
            }
        }
    }

    /**
     * "Moskau und Pjöngjang dementierten": each party coordinated with the source does the act too; in a joint act
     * ("The US, Russia and Switzerland met") each party with each other.
     */
    private void sourceConjuncts(EventContext cx, Draft first, List<Draft> out) {
        Draft.Roles r = first.roles();
        if (r.sourceHead() < 0) {
            return;
        }
        DependencyTree tree = cx.tree();
        List<Integer> parties = new ArrayList<>(r.coAgents());
        parties.add(r.sourceHead());
        List<Draft.Head> partyHeads = parties.stream().map(x -> new Draft.Head(x, "co-agent")).toList();
        int mention = ArgumentResolver.tokenAt(tree.sentence(), r.source().start());
        for (int c : Coordination.sourceConjuncts(tree, r.sourceHead(), mention)) {
            if (r.target() != null && inside(tree, c, r.target()) && !r.joint()) {
                continue; // "A und B trafen sich": B is the target, not a second source
            }
            List<Draft.Head> targets = r.joint() ? partyHeads : first.heads().targets();
            Draft more = resolve(cx, first, List.of(new Draft.Head(c, "conjunct")), targets, parties);
            if (more != null && !more.roles().source().entity().equals(r.source().entity())) {
                out.add(more);
            }
        }
        if (r.joint()) {
            for (int c : r.coAgents()) {
                Draft more = resolve(cx, first, List.of(sourceHead(first)), List.of(new Draft.Head(c, "co-agent")),
                        parties);
                if (more != null && more.roles().target() != null
                        && !more.roles().target().entity().equals(r.target().entity())) {
                    out.add(more);
                }
            }
        }
    }

    /** A new draft of the same predicate with these heads, resolved by the argument passes, or null if none is left. */
    private Draft resolve(EventContext cx, Draft first, List<Draft.Head> sources, List<Draft.Head> targets,
            List<Integer> parties) {
        Draft fresh = Draft.of(first.token(), first.predicate())
                .withHeads(new Draft.Heads(sources, targets, parties, List.of()));
        List<Draft> resolved = EventPasses.run(arguments, cx, List.of(fresh));
        return resolved.isEmpty() ? null : resolved.get(0);
    }

    /** The head the first draft's source came from, with its rule. */
    private static Draft.Head sourceHead(Draft first) {
        return new Draft.Head(first.roles().sourceHead(), first.trace().rule("source"));
    }

    private static boolean inside(DependencyTree t, int head, ActorRefs.Ref r) {
        Sentence s = t.sentence();
        int tok = ArgumentResolver.tokenAt(s, r.start());
        return tok >= 0 && t.dominates(head, tok);
    }
}
