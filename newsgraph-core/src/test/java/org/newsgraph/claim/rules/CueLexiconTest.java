/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.claim.Cue;
import org.newsgraph.model.Language;

class CueLexiconTest {
    private static final CueLexicon LEXICON = CueLexicon.load();

    private static Cue cue(String lemma) {
        String verb = lemma.substring(0, lemma.indexOf(' '));
        return LEXICON.cues(Language.GERMAN, verb).stream().filter(c -> c.lemma().equals(lemma)).findFirst()
                .orElseThrow(() -> new AssertionError("no cue " + lemma));
    }

    @Test
    void aParticleVerbListedJoinedHasASeparableParticle() {
        // "Das geht aus dem Urteil hervor": the "aus" of a prepositional phrase must not make "ausgehen"
        assertTrue(LEXICON.separable(Language.GERMAN, cue("gehen aus")));
        assertTrue(LEXICON.separable(Language.GERMAN, cue("nehmen an")));
        assertTrue(LEXICON.separable(Language.GERMAN, cue("teilen mit")));
    }

    @Test
    void aGovernedPrepositionIsNoParticle() {
        assertFalse(LEXICON.separable(Language.GERMAN, cue("sprechen von"))); // "sprach von einem Erfolg"
    }
}
