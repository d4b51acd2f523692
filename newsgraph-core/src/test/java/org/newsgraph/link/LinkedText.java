/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Language;
import org.newsgraph.model.Paragraph;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;

/** Text the tests wrote, annotated and linked by the standard pipeline (one paragraph per line). */
final class LinkedText {
    private static final Pipeline PIPELINE = Pipelines.standard();

    private LinkedText() {}

    static List<Entity> link(String text, Language lang) {
        List<Paragraph> body = new ArrayList<>();
        for (String p : text.split("\n")) {
            body.add(Paragraph.of(p));
        }
        Article a = Article.builder().body(body).language(lang.code()).published(LocalDate.of(2024, 6, 3),
                DateMethod.RECORD).extraction("test").build();
        AnnotatedText t = PIPELINE.annotator().annotate(a, lang);
        return PIPELINE.linker().link(t);
    }
}
