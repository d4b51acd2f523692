/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;

/** The registry's line format: fields, lists, dates, and errors that name file and line. */
class RegistryFileTest {
    private static final String PUTIN = "person:vladimir-putin | type=PERSON | country=RUS | cameo=RUSGOV "
            + "| de=Wladimir Putin; Putin | en=Vladimir Putin | role=head-of-state/RUS/2000-05-07/2008-05-07 "
            + "| role=leader/RUS/1999/ | role=head-of-government/RUS/2008-05/2012-05 | note=unverified";

    @Test
    void parsesFieldsListsAndRoles() {
        Actor a = RegistryFile.parse("f", 1, PUTIN);
        assertEquals("person:vladimir-putin", a.id());
        assertEquals(EntityType.PERSON, a.type());
        assertEquals("RUS", a.country());
        assertEquals(List.of("Wladimir Putin", "Putin"), a.names().get(Language.GERMAN).labels());
        assertEquals("Vladimir Putin", a.label(Language.ENGLISH));
        assertEquals("unverified", a.note());
        assertEquals(new Role("head-of-state", "RUS", LocalDate.of(2000, 5, 7), LocalDate.of(2008, 5, 7)),
                a.roles().get(0));
        assertEquals(new Role("leader", "RUS", LocalDate.of(1999, 1, 1), null), a.roles().get(1));
        assertEquals(new Role("head-of-government", "RUS", LocalDate.of(2008, 5, 1), LocalDate.of(2012, 5, 31)),
                a.roles().get(2), "a month runs from its first to its last day");
    }

    @Test
    void formatIsTheInverseOfParse() {
        Actor a = RegistryFile.parse("f", 1, PUTIN);
        assertEquals(a, RegistryFile.parse("f", 1, RegistryFile.format(a)));
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        String text = "# comment\n\n" + PUTIN + "\n  \n";
        assertEquals(1, RegistryFile.read("f", new java.io.ByteArrayInputStream(text.getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).size());
    }

    @Test
    void errorsNameFileLineAndProblem() {
        assertMessage("x.actors:3: unknown key 'lable'", "country:XYZ | type=COUNTRY | lable=Xy");
        assertMessage("x.actors:3: bad actor id 'Putin'", "Putin | type=PERSON");
        assertMessage("x.actors:3: actor person:a has no type", "person:a | en=A");
        assertMessage("x.actors:3: bad date '2000-13-01'", "person:a | type=PERSON | role=leader/RUS/2000-13-01/");
        assertMessage("x.actors:3: role must be office/COUNTRY/from/to", "person:a | type=PERSON | role=leader/RUS");
        assertMessage("x.actors:3: expected key=value", "person:a | type=PERSON | Putin");
    }

    private static void assertMessage(String expected, String line) {
        RegistryFile.FormatException e = assertThrows(RegistryFile.FormatException.class,
                () -> RegistryFile.parse("x.actors", 3, line));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
