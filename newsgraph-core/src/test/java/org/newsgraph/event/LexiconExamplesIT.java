/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Event;
import org.newsgraph.model.Language;
import org.newsgraph.model.Paragraph;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;

/**
 * Every lexicon entry carries an example sentence the team wrote; the full pipeline codes each one, and the entry must
 * fire there: an event of its PLOVER type whose method names the entry's lemma and part of speech.
 */
class LexiconExamplesIT {
    private static final PredicateLexicon LEXICON = PredicateLexicon.load();

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyEntryFiresOnItsExample(Language lang) throws Exception {
        Pipeline pipeline = Pipelines.standard();
        String code = lang.code();
        InputHints hints = new InputHints(null, null, LocalDate.of(2024, 6, 3), code);
        List<String> failures = new ArrayList<>();
        List<Predicate> entries = LEXICON.all(lang);
        for (Predicate p : entries) {
            if (p.example() == null) {
                failures.add(p.where() + " " + p.lemma() + ": no example sentence");
                continue;
            }
            Article article = Article.builder().id("example").body(List.of(Paragraph.of(p.example())))
                    .language(code).published(LocalDate.of(2024, 6, 3), DateMethod.RECORD).build();
            List<Event> events = pipeline.analyze(article, p.where(), hints).events();
            String method = "lexicon:" + p.lemma() + (p.noun() ? "/noun" : "/verb");
            boolean fired = events.stream().anyMatch(e -> e.type() == p.type() && e.method().startsWith(method));
            if (!fired) {
                failures.add(String.format(Locale.ROOT, "%s %s %s (%s): \"%s\" gave %s", p.where(), p.lemma(),
                        p.type(), p.noun() ? "noun" : "verb", p.example(),
                        events.stream().map(e -> e.type() + "/" + e.method()).toList()));
            }
        }
        failures.forEach(System.out::println);
        assertTrue(failures.isEmpty(), failures.size() + " of " + entries.size() + " " + lang
                + " entries do not fire on their example; first: " + (failures.isEmpty() ? "" : failures.get(0)));
    }
}
