/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;

/**
 * The linker's rules for names, on sentences the team wrote: outlets by their web address, abbreviations of names the
 * registry does not know, a place as a surname, and a known surname as someone else's first name.
 */
class NameRulesIT {
    private static List<Entity> link(String text, Language lang) {
        return LinkedText.link(text, lang);
    }

    /** The entities of the mentions with exactly these words, in text order. */
    private static List<String> linksOf(List<Entity> entities, String words) {
        List<String> ids = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.text().equals(words)) {
                    ids.add(e.id());
                }
            }
        }
        return ids;
    }

    @Test
    void anOutletsWebAddressIsTheOutlet() {
        List<Entity> e = link("Wie faz.net am Montag berichtete, wurde die Brücke gesperrt.", Language.GERMAN);
        assertEquals(List.of("media:faz"), linksOf(e, "faz.net"));
    }

    /** The forum's id and the ids of the abbreviation's two mentions. */
    private static List<String> forumAnd(String abbreviation) {
        List<Entity> e = link("The Western Balkans Trade Forum (" + abbreviation + ") met in Skopje. The "
                + abbreviation + " said tariffs would fall.", Language.ENGLISH);
        List<String> full = linksOf(e, "Western Balkans Trade Forum");
        assertEquals(1, full.size(), e.toString());
        List<String> out = new ArrayList<>(full);
        out.addAll(linksOf(e, abbreviation));
        return out;
    }

    @Test
    void anAbbreviationOfAnUnknownNameIsThatName() {
        List<String> ids = forumAnd("WBTF");
        assertEquals(List.of(ids.get(0), ids.get(0), ids.get(0)), ids);
    }

    @Test
    void anAbbreviationWhoseLettersAreNotTheInitialsStaysItsOwnName() {
        List<String> ids = forumAnd("XQ");
        ids.subList(1, ids.size()).forEach(id -> assertNotEquals(ids.get(0), id));
    }

    @Test
    void aPlaceThatEndsAPersonsNameIsTheSurname() {
        List<Entity> e = link("Nikki Holland said the inquiry would go on.", Language.ENGLISH);
        assertEquals(List.of("other:person:nikki-holland"), linksOf(e, "Nikki Holland"));
        assertEquals(List.of(), linksOf(e, "Holland"));
    }

    @Test
    void aKnownSurnameThatStartsAPersonsNameIsAnotherPerson() {
        List<Entity> e = link("Der Jurist Erdoğan Teziç sagte, das Gesetz sei falsch. Recep Tayyip Erdoğan schwieg.",
                Language.GERMAN);
        assertEquals(List.of("other:person:erdogan-tezic"), linksOf(e, "Erdoğan Teziç"));
        assertEquals(List.of("person:recep-tayyip-erdogan"), linksOf(e, "Recep Tayyip Erdoğan"));
    }
}
