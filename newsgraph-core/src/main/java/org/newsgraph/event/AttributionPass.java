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
import org.newsgraph.claim.Hedges;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Pass "attribution": needs the final set of drafts; adds the claim whose content holds the predicate, and from it the
 * certainty and attribution (speaker, cue, inner source); outside claims the certainty comes from hedges in the
 * author's voice ("offenbar", "reportedly", "soll … haben" with a perfect infinitive).
 */
final class AttributionPass implements SentencePass {
    private static final Set<String> HEDGING_MODALS = Words.of("hedging-modals");
    private static final Set<String> PERFECT_INFINITIVES = Words.of("perfect-infinitives");
    private final Hedges hedges = new Hedges();

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.CONJUNCTS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.CLAIMS);
    }

    @Override
    public List<Draft> apply(EventContext cx, List<Draft> drafts) {
        Sentence s = cx.tree().sentence();
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Claim claim = enclosingClaim(cx.claims(), s.tokens().get(d.token()).start());
            Certainty certainty = claim != null ? claim.certainty() : hedged(cx.text().language(), s);
            Attribution attribution = claim == null || claim.speaker() == null ? null
                    : new Attribution(claim.speaker().entity(), claim.speaker().text(), claim.cue(), claim.id(),
                            claim.inner());
            out.add(d.withStatement(d.statement().withClaim(claim, certainty, attribution)));
        }
        return out;
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

    /** Hedges in the author's voice make an event hedged or speculated; a hedge wins over a speculation. */
    private Certainty hedged(Language lang, Sentence s) {
        Certainty found = null;
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Certainty c = hedges.of(lang, toks.get(i).word());
            String w = toks.get(i).word().toLowerCase(Locale.ROOT);
            if (c == null && lang == Language.GERMAN && HEDGING_MODALS.contains(w) && perfectAfter(toks, i)) {
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
            if (PERFECT_INFINITIVES.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
