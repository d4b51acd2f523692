/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Claim;

/**
 * One claim per statement per article: a headline (or kicker) that restates a claim of the body gives way to it,
 * and so does a headline that only reports a speech act, whose content would be the headline itself; of two claims
 * with the same content the one with a cue and a speaker stays.
 */
final class Duplicates {
    private Duplicates() {}

    /** The claims without duplicates, renumbered "c1", "c2", … in their order. */
    static List<Claim> remove(AnnotatedText text, List<Claim> claims) {
        List<Claim> kept = new ArrayList<>();
        for (Claim c : claims) {
            if (headline(text, c) && (c.method().startsWith(Draft.SPEECH_ACT) || restated(text, c, claims))) {
                continue;
            }
            Claim same = kept.stream().filter(k -> k.content().start() == c.content().start()
                    && k.content().end() == c.content().end()).findFirst().orElse(null);
            if (same != null) {
                if (weight(c) > weight(same)) {
                    kept.set(kept.indexOf(same), c);
                }
                continue;
            }
            kept.add(c);
        }
        List<Claim> out = new ArrayList<>(kept.size());
        for (Claim c : kept) {
            out.add(c.withId("c" + (out.size() + 1)));
        }
        return out;
    }

    private static int weight(Claim c) {
        return (c.cue() != null ? 2 : 0) + (c.speaker() != null ? 1 : 0);
    }

    /** True when the claim's evidence starts in the title or the kicker. */
    private static boolean headline(AnnotatedText text, Claim c) {
        for (ArticleText.Part p : text.text().parts()) {
            if (c.evidence().start() >= p.start() && c.evidence().start() < p.end()) {
                return p.role() == ArticleText.Role.TITLE || p.role() == ArticleText.Role.KICKER;
            }
        }
        return false;
    }

    /** True when a claim outside the headlines has the same speaker (the same actor, or the same words). */
    private static boolean restated(AnnotatedText text, Claim c, List<Claim> all) {
        if (c.speaker() == null) {
            return false;
        }
        for (Claim o : all) {
            if (o == c || o.speaker() == null || headline(text, o)) {
                continue;
            }
            boolean sameActor = c.speaker().entity() != null && Objects.equals(c.speaker().entity(), o.speaker().entity());
            boolean sameWords = c.speaker().text().toLowerCase(Locale.ROOT).equals(o.speaker().text()
                    .toLowerCase(Locale.ROOT));
            if (sameActor || sameWords) {
                return true;
            }
        }
        return false;
    }
}
