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
import org.newsgraph.nlp.DependencyTree;

/**
 * Pass "targets": needs the source heads; adds the candidate target heads, best first ({@link TargetHeads}: the
 * lexicon's slots, then phrases the parser hung elsewhere). Before them come a subject the sources pass put behind an
 * object ({@code displaced-subject}) and the second of two names the parser glued together ({@link GluedNames}: the
 * first becomes the source). An entry flagged {@code rev} swaps the two ("received weapons from X": X gives); a
 * reflexive object ("attacked themselves") leaves no one acted on and drops the draft.
 */
final class TargetsPass implements SentencePass {
    private static final Set<String> REFLEXIVE_ENDINGS = Words.of("reflexive-endings");

    @Override
    public String name() {
        return "targets";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.SOURCE_HEADS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.TARGET_HEADS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.predicate().guests()) {
                out.add(d); // guests are the visitors; the guests pass finds whom they visit
            } else if (!reflexiveObject(cx.tree(), d.token())) {
                out.add(d.withHeads(heads(cx, d)));
            }
        }
        return out;
    }

    private static Draft.Heads heads(EventContext cx, Draft d) {
        DependencyTree tree = cx.tree();
        Predicate pred = d.predicate();
        int p = d.token();
        List<Draft.Head> sources = new ArrayList<>(d.heads().sources());
        List<Draft.Head> targets = new ArrayList<>();
        List<Integer> ordered = d.heads().sourceTokens();
        int displaced = SubjectOrder.displacedSubject(tree, ordered, p);
        if (displaced >= 0) {
            targets.add(new Draft.Head(displaced, "displaced-subject"));
        }
        int[] split = GluedNames.adjacentNames(cx, ordered);
        String rule = "adjacent-names";
        if (split == null && !pred.noun()) {
            split = GluedNames.gluedObject(cx, p, ordered);
            rule = "glued-object";
        }
        if (split != null) {
            sources.add(0, new Draft.Head(split[0], rule));
            targets.add(0, new Draft.Head(split[1], rule));
        }
        targets.addAll(TargetHeads.of(tree, p, pred));
        if (pred.reversed()) {
            // "received weapons from the government": the giver is the source, the receiver the target
            List<Draft.Head> receivers = sources.stream().filter(h -> h.token() >= 0).toList();
            sources = TargetHeads.of(tree, p, pred);
            targets = receivers;
        }
        return new Draft.Heads(sources, targets, d.heads().parties(), d.heads().group());
    }

    /** "Iraq had attacked themselves": an object that ends in "self" or "selves". */
    private static boolean reflexiveObject(DependencyTree t, int p) {
        for (int c : t.children(p)) {
            String w = t.sentence().tokens().get(c).word().toLowerCase(Locale.ROOT);
            if (Syntax.objectLike(t, c) && REFLEXIVE_ENDINGS.stream().anyMatch(w::endsWith)) {
                return true;
            }
        }
        return false;
    }
}
