/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;

/** Institution nouns linked to their state, on sentences the team wrote (and every example of the word list). */
class InstitutionNounsIT {
    private static List<Entity> link(String text, Language lang) {
        return LinkedText.link(text, lang);
    }

    /** The entity a mention with exactly these words is linked to, or null. */
    private static String linkOf(List<Entity> entities, String words) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.text().equals(words)) {
                    return e.id();
                }
            }
        }
        return null;
    }

    @Test
    void everyExampleLinksItsNounToAState() {
        InstitutionNouns nouns = InstitutionNouns.load(ActorRegistry.builtIn());
        List<String> failures = new ArrayList<>();
        for (InstitutionNouns.Entry e : nouns.entries()) {
            List<Entity> entities = link(e.example(), e.language());
            boolean linked = entities.stream().anyMatch(en -> en.id().startsWith("country:") && en.mentions().stream()
                    .anyMatch(m -> m.method().startsWith("institution:")
                            || e.forms().stream().anyMatch(f -> m.text().toLowerCase(Locale.ROOT)
                                    .endsWith(f.get(f.size() - 1)))));
            if (!linked) {
                failures.add(e.kind() + " (" + e.language() + "): " + e.example());
            }
        }
        assertTrue(failures.isEmpty(), "examples whose noun is not linked to a state: " + failures);
    }

    @Test
    void theSettingDecidesWhereNothingElseDoes() {
        List<Entity> en = link("Heavy rain fell on Santiago and Valparaíso, Chile, on Monday.\n"
                + "The police closed several roads.", Language.ENGLISH);
        assertEquals("country:CHL", linkOf(en, "police"));
    }

    @Test
    void theStateNamedWithTheNounWinsOverTheSetting() {
        List<Entity> en = link("Chile and Peru held talks in Santiago, Chile.\nThe court in Lima rejected the appeal.",
                Language.ENGLISH);
        assertEquals("country:PER", linkOf(en, "court"));
        List<Entity> de = link("Chile und Peru verhandelten in Santiago de Chile.\n"
                + "Danach nahm die peruanische Polizei zwei Männer fest.", Language.GERMAN);
        assertEquals("country:PER", linkOf(de, "Polizei"));
        List<Entity> genitive = link("Die Regierung in Berlin will die Polizei Österreichs beraten.",
                Language.GERMAN);
        assertEquals("country:AUT", linkOf(genitive, "Polizei"));
    }

    @Test
    void anEarlierNounOfTheSameKindNamedItsState() {
        List<Entity> en = link("France and Spain met in Madrid, Spain, in Spain's capital.\n"
                + "Earlier, the French government had protested.\nThe government later withdrew its ambassador.",
                Language.ENGLISH);
        List<String> govs = new ArrayList<>();
        for (Entity e : en) {
            for (Mention m : e.mentions()) {
                if (m.text().equals("government")) {
                    govs.add(e.id());
                }
            }
        }
        assertTrue(govs.stream().allMatch("country:FRA"::equals) && !govs.isEmpty(), govs.toString());
    }

    @Test
    void soldiersAreNeverLinkedFromTheSettingAlone() {
        List<Entity> en = link("The talks took place in Oslo, Norway.\nSoldiers guarded the building.",
                Language.ENGLISH);
        assertEquals(null, linkOf(en, "Soldiers"));
    }

    @Test
    void anAdjectiveIsNoInstitution() {
        List<Entity> en = link("Norway began military exercises near Tromsø, Norway.", Language.ENGLISH);
        assertEquals(null, linkOf(en, "military"));
    }
}
