/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Claim;
import org.newsgraph.model.RawDocument;
import org.newsgraph.nlp.ResourceLines;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipelines;

/**
 * The example of every row of the content-verb, topic-verb and other-sense lists ({@code claim/content-verbs-*.tsv},
 * {@code claim/topic-verbs-*.tsv}, {@code claim/other-senses-*.tsv}) makes no claim: a verb that reports only with
 * what was said, or only with a topic, says nothing in a sentence without it, nor in a sense that states nothing.
 */
class CueWordsIT {
    @Test
    void noExampleMakesAClaim() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String lang : List.of("de", "en")) {
            for (String list : List.of("content-verbs", "topic-verbs", "other-senses")) {
                for (ResourceLines.Line line : ResourceLines.read("claim/" + list + "-" + lang + ".tsv")) {
                    String[] f = line.text().split("\t");
                    String example = f[f.length - 1];
                    List<Claim> claims = claims(example, lang);
                    checked++;
                    if (!claims.isEmpty()) {
                        failures.add(list + "-" + lang + ":" + line.number() + " " + f[0] + ": " + claims.get(0)
                                .content().text() + " | " + example);
                    }
                }
            }
        }
        assertTrue(checked >= 8, "only " + checked + " rows read");
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " examples make a claim:\n"
                + String.join("\n", failures));
    }

    private static List<Claim> claims(String example, String lang) throws Exception {
        RawDocument doc = RawDocument.ofFile("example.txt", ("Notiz\n\n" + example).getBytes(StandardCharsets.UTF_8));
        return Pipelines.standard().analyze(doc, new InputHints(null, null, LocalDate.of(2026, 3, 2), lang)).claims();
    }
}
