/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.newsgraph.model.Claim;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipelines;

/** Claims of a short text the tests wrote themselves, run through the standard pipeline. */
final class OwnText {
    private OwnText() {}

    /** The claims of the text (title, blank line, paragraphs), printed for the test log. */
    static List<Claim> claims(String name, String text, String language) throws Exception {
        RawDocument doc = RawDocument.ofFile(name, text.getBytes(StandardCharsets.UTF_8));
        List<Claim> claims = Pipelines.standard()
                .analyze(doc, new InputHints(null, null, LocalDate.of(2026, 3, 2), language)).claims();
        claims.forEach(System.out::println);
        return claims;
    }

    /** The first claim whose content passes the test, or an assertion error naming {@code what}. */
    static Claim first(List<Claim> claims, Predicate<String> content, String what) {
        return claims.stream().filter(c -> content.test(c.content().text())).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + what + " among " + claims));
    }
}
