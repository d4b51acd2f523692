/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Claim;

/**
 * English reported speech on sentences of our own: content before a frame that goes on with its addressee, the
 * speaker of a participle ("adding that …"), and objects that are not reported clauses.
 */
class EnglishAttributionIT {
    private static final String TEXT = String.join("\n\n",
            "Harbour deal signed",
            "Nobody had been misled, the mayor told local radio, adding that the contract had been checked twice.",
            "The unions criticised the contract, while the port authority called it a milestone.",
            "The council admits two new members and changes its voting rules.");
    private static List<Claim> claims;

    @BeforeAll
    static void analyse() throws Exception {
        claims = OwnText.claims("harbour.txt", TEXT, "en");
    }

    private static Claim about(String content) {
        return OwnText.first(claims, t -> t.startsWith(content), "starting \"" + content + "\"");
    }

    @Test
    void contentBeforeAFrameWithItsAddressee() {
        Claim c = about("Nobody had been misled");
        assertEquals("told", c.cue());
        assertEquals("the mayor", c.speaker().text());
    }

    @Test
    void theParticipleSpeaksWithItsClausesSubject() {
        Claim c = about("that the contract had been checked");
        assertEquals("the mayor", c.speaker().text());
    }

    @Test
    void anObjectFollowedByAnotherClauseIsNotReportedSpeech() {
        assertTrue(claims.stream().noneMatch(c -> c.content().text().startsWith("the contract, while")),
                claims.toString());
    }

    @Test
    void aSecondVerbOfTheSubjectIsNotReportedSpeech() {
        assertTrue(claims.stream().noneMatch(c -> c.content().text().startsWith("two new members")),
                claims.toString());
    }
}
