/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.model.Event;

/** The pass list is checked when the coder is assembled, and every event's method names the rules that made it. */
class EventPassesTest {
    /** A sentence pass that requires and adds what it is told and changes nothing. */
    private record Stub(String name, Set<Fact> requires, Set<Fact> adds) implements SentencePass {
        @Override
        public List<Draft> apply(EventContext cx, List<Draft> drafts) {
            return drafts;
        }
    }

    @Test
    void theCodersOwnPassesAreInOrder() {
        List<String> names = new LexiconEventCoder(ActorRegistry.builtIn()).passNames();
        assertEquals("predicates", names.get(0));
        assertEquals("number", names.get(names.size() - 1));
        assertTrue(names.indexOf("sources") < names.indexOf("targets"), names.toString());
    }

    @Test
    void aPassWhoseRequirementNoEarlierPassAddsIsAnErrorAtStartUp() {
        List<EventPass> passes = List.of(new Stub("predicates", Set.of(), Set.of(Fact.PREDICATES)),
                new Stub("needs-targets", Set.of(Fact.TARGET_HEADS), Set.of()),
                new Stub("targets", Set.of(Fact.PREDICATES), Set.of(Fact.TARGET_HEADS)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new EventPasses(passes));
        assertTrue(e.getMessage().contains("needs-targets") && e.getMessage().contains("TARGET_HEADS"), e.getMessage());
    }

    @Test
    void passNamesAreUniqueAndSentencePassesComeFirst() {
        Stub a = new Stub("a", Set.of(), Set.of());
        assertThrows(IllegalStateException.class, () -> new EventPasses(List.of(a, a)));
        assertThrows(IllegalStateException.class, () -> new EventPasses(List.of(new NumberPass(), a)));
    }

    @Test
    void theMethodNamesTheEntryTheRulesAndTheSuffixes() {
        // "Delegations from Moscow and Kyiv met in Istanbul on Friday …"
        Event joint = Fixture.load("joint").events().get(0);
        assertEquals("lexicon:meet/verb;source=subject;target=co-agent;place=phrase+joint", joint.method());
        // "Putin reportedly demanded that Ukraine withdraw …"
        Event demand = Fixture.load("demand").events().get(0);
        assertEquals("lexicon:demand/verb;source=subject;target=clause", demand.method());
    }
}
