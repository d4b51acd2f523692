/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Language;

/** Lint for the predicate lexicons: codes, target slots and conditions that the coder understands. */
class PredicateLexiconTest {
    private static final PredicateLexicon LEXICON = PredicateLexicon.load();
    private static final ObjectClasses CLASSES = ObjectClasses.load();
    private static final Set<String> SLOTS = Set.of("obj", "iobj", "subjpass", "gen", "poss", "of", "clause", "purpose", "if");

    @Test
    void everyEntryIsWellFormed() {
        for (Language lang : Language.values()) {
            assertFalse(LEXICON.all(lang).isEmpty(), lang.toString());
            for (Predicate p : LEXICON.all(lang)) {
                assertTrue(p.cameo().matches("\\d{3,4}"), p.toString());
                for (String slot : p.targets()) {
                    assertTrue(SLOTS.contains(slot) || slot.matches("prep:\\p{L}+"), "slot " + slot + " of " + p);
                }
                for (String condition : p.conditions()) {
                    String req = condition.startsWith("!") ? condition.substring(1) : condition;
                    assertTrue(req.matches("prep:\\p{L}+(:[a-z]+)?|control|obj:[a-z]+"), "condition " + req + " of " + p);
                    String cls = req.startsWith("obj:") ? req.substring(4)
                            : req.matches("prep:\\p{L}+:[a-z]+") ? req.substring(req.lastIndexOf(':') + 1) : null;
                    if (cls != null) {
                        assertTrue(CLASSES.known(cls), "object class " + cls + " of " + p);
                    }
                }
                assertTrue(!p.guests() || p.noun(), "only nouns name guests: " + p);
            }
        }
    }

    @Test
    void conditionalReadingsComeFirst() {
        Predicate first = LEXICON.lookup(Language.ENGLISH, "send").get(0);
        assertTrue(first.conditional(), first.toString());
    }

    @Test
    void irregularAndRegularGermanFormsFindTheirInfinitive() {
        assertEquals("empfangen", LEXICON.germanInfinitive("empfing"));
        assertEquals("laden", LEXICON.germanInfinitive("lud"));
        assertEquals("unterzeichnen", LEXICON.germanInfinitive("unterzeichneten"));
        assertEquals("verhandeln", LEXICON.germanInfinitive("verhandelte"));
        assertEquals(null, LEXICON.germanInfinitive("haus"));
    }
}
