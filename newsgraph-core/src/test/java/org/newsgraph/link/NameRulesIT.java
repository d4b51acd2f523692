/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Paragraph;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;

/**
 * The linker's rules for names, on sentences the team wrote: outlets by their web address, abbreviations of names the
 * registry does not know, a place as a surname, and a known surname as someone else's first name.
 */
class NameRulesIT {
    private static final Pipeline PIPELINE = Pipelines.standard();

    private static List<Entity> link(String text, Language lang) {
        List<Paragraph> body = new ArrayList<>();
        for (String p : text.split("\n")) {
            body.add(Paragraph.of(p));
        }
        Article a = Article.builder().body(body).language(lang.code()).published(LocalDate.of(2024, 6, 3),
                DateMethod.RECORD).extraction("test").build();
        AnnotatedText t = PIPELINE.annotator().annotate(a, lang);
        return PIPELINE.linker().link(t);
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

    @Test
    void anAbbreviationOfAnUnknownNameIsThatName() {
        List<Entity> e = link("The Western Balkans Trade Forum (WBTF) met in Skopje. The WBTF said tariffs would fall.",
                Language.ENGLISH);
        List<String> full = linksOf(e, "Western Balkans Trade Forum");
        assertEquals(1, full.size(), e.toString());
        assertEquals(List.of(full.get(0), full.get(0)), linksOf(e, "WBTF"));
    }

    @Test
    void anAbbreviationWhoseLettersAreNotTheInitialsStaysItsOwnName() {
        List<Entity> e = link("The Western Balkans Trade Forum (XQ) met in Skopje. XQ said tariffs would fall.",
                Language.ENGLISH);
        List<String> full = linksOf(e, "Western Balkans Trade Forum");
        assertEquals(1, full.size(), e.toString());
        linksOf(e, "XQ").forEach(id -> assertNotEquals(full.get(0), id));
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
