/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.RawDocument;

/**
 * Regression test for the fuzzing finding "a JSON record nested deeper than Jackson's 1,000 levels ends in a
 * NullPointerException": the limit's exception has no location. Now a typed error naming the record and the limit.
 */
class RecordLimitsTest {
    @Test
    void aRecordOverJacksonsNestingLimitIsATypedError() {
        for (String json : new String[] {"[".repeat(100_000) + "]".repeat(100_000),
            "{\"title\": \"deep\", \"body\": " + "{\"a\": ".repeat(2_000) + "1" + "}".repeat(2_000) + "}"}) {
            BadInputException e = assertThrows(BadInputException.class, () -> new ArticleRecordReader().read(
                    RawDocument.ofFile("deep.json", json.getBytes(StandardCharsets.UTF_8))));
            assertTrue(e.getMessage().startsWith("deep.json: malformed JSON: ") && e.getMessage().contains("1000"),
                    e.getMessage());
        }
    }
}
