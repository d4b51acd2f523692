/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;

class SpeakerLinkerTest {
    private static Entity entity(String id, EntityType type, String doc, String word, String method) {
        int at = doc.indexOf(word);
        return new Entity(id, type, word, Map.of(), List.of(new Mention(0, at, at + word.length(), word, method, 1)));
    }

    @Test
    void aStateBodySpeaksForTheState() {
        String doc = "the Israeli government said";
        List<Entity> e = List.of(entity("country:ISR", EntityType.COUNTRY, doc, "Israeli", "gazetteer:adjective"));
        assertEquals("country:ISR", SpeakerLinker.link(Language.ENGLISH, doc, 0, 22, e).entity());
        String de = "das russische Außenministerium teilte mit";
        List<Entity> ru = List.of(entity("country:RUS", EntityType.COUNTRY, de, "russische", "gazetteer:adjective"));
        assertEquals("country:RUS", SpeakerLinker.link(Language.GERMAN, de, 0, 30, ru).entity());
    }

    @Test
    void aDerivedWordAloneNamesNobody() {
        String doc = "die chinesische Botschafterin sagte";
        List<Entity> e = List.of(entity("country:CHN", EntityType.COUNTRY, doc, "chinesische", "gazetteer:adjective"));
        assertNull(SpeakerLinker.link(Language.GERMAN, doc, 0, 29, e).entity());
    }

    @Test
    void aNamedPersonWinsOverTheCountry() {
        String doc = "der chinesische Vizepremier Liu Guozhong sagte";
        List<Entity> e = List.of(entity("country:CHN", EntityType.COUNTRY, doc, "chinesische", "gazetteer:adjective"),
                entity("person:liu-guozhong", EntityType.PERSON, doc, "Liu Guozhong", "registry"));
        assertEquals("person:liu-guozhong", SpeakerLinker.link(Language.GERMAN, doc, 0, 40, e).entity());
    }

    @Test
    void aSpokespersonWithANameIsThatPersonSpeakingForAnother() {
        String doc = "Merkel's spokesperson, Steffen Seibert, said";
        List<Entity> e = List.of(entity("person:angela-merkel", EntityType.PERSON, doc, "Merkel", "registry"),
                entity("person:steffen-seibert", EntityType.PERSON, doc, "Steffen Seibert", "ner"));
        SpeakerLinker.Link link = SpeakerLinker.link(Language.ENGLISH, doc, 0, 38, e);
        assertEquals("person:steffen-seibert", link.entity());
        assertEquals("person:angela-merkel", link.speaksFor());
    }

    @Test
    void anUnnamedSpokespersonSpeaksAsTheOneSpokenFor() {
        String doc = "Ein Sprecher des Kreml sagte";
        List<Entity> e = List.of(entity("country:RUS", EntityType.COUNTRY, doc, "Kreml", "gazetteer:seat"));
        SpeakerLinker.Link link = SpeakerLinker.link(Language.GERMAN, doc, 0, 22, e);
        assertEquals("country:RUS", link.entity());
        assertNull(link.speaksFor());
    }

    @Test
    void aRelativeIsNotTheOneNamed() {
        String doc = "Dunn's mother said";
        List<Entity> e = List.of(entity("person:harry-dunn", EntityType.PERSON, doc, "Dunn", "coref"));
        assertNull(SpeakerLinker.link(Language.ENGLISH, doc, 0, 13, e).entity());
        String de = "Die Anwältin des Opfers, Eva Ritter, sagte";
        List<Entity> r = List.of(entity("person:eva-ritter", EntityType.PERSON, de, "Eva Ritter", "ner"));
        assertEquals("person:eva-ritter", SpeakerLinker.link(Language.GERMAN, de, 0, 35, r).entity());
    }

    @Test
    void aStateNamedInTheGenitiveBeforeItsBodySpeaks() {
        String de = "Kenias Regierung teilte mit";
        List<Entity> ke = List.of(entity("country:KEN", EntityType.COUNTRY, de, "Kenias", "gazetteer"));
        assertEquals("country:KEN", SpeakerLinker.link(Language.GERMAN, de, 0, 16, ke).entity());
        String doc = "China's commerce ministry said";
        List<Entity> cn = List.of(entity("country:CHN", EntityType.COUNTRY, doc, "China", "gazetteer"));
        assertEquals("country:CHN", SpeakerLinker.link(Language.ENGLISH, doc, 0, 25, cn).entity());
    }

    @Test
    void aPersonInAppositionToAStateBodySpeaksNotTheState() {
        String doc = "The chief of Canada's border police, Anna Lee, said";
        List<Entity> e = List.of(entity("country:CAN", EntityType.COUNTRY, doc, "Canada", "gazetteer"),
                entity("person:anna-lee", EntityType.PERSON, doc, "Anna Lee", "ner"));
        assertEquals("person:anna-lee", SpeakerLinker.link(Language.ENGLISH, doc, 0, 45, e).entity());
    }
}
