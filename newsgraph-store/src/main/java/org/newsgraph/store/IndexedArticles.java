/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;

/** Builds {@link IndexedArticle}s from analyses (at ingest) and from table rows (when re-indexing). */
final class IndexedArticles {
    private IndexedArticles() {}

    static IndexedArticle of(Analysis a) {
        List<int[]> sentences = new ArrayList<>();
        for (Sentence s : a.annotated().sentences()) {
            sentences.add(new int[] {s.start(), s.end()});
        }
        Set<String> actors = new TreeSet<>();
        Map<Integer, Set<String>> bySentence = new HashMap<>();
        for (Entity e : a.entities()) {
            actors.add(e.id());
            for (Mention m : e.mentions()) {
                bySentence.computeIfAbsent(m.sentence(), k -> new TreeSet<>()).add(e.id());
            }
        }
        return new IndexedArticle(a.article().id(), a.article().language(), a.article().outlet(),
                a.article().published(), a.article().title(), a.annotated().text().text(), sentences, actors,
                bySentence);
    }

    /** Mutable collector for one article read back from the tables. */
    static final class Builder {
        final String id;
        final String language;
        final String outlet;
        final LocalDate published;
        final String title;
        final String text;
        final List<int[]> sentences = new ArrayList<>();
        final Set<String> actors = new TreeSet<>();
        final Map<Integer, Set<String>> bySentence = new HashMap<>();

        Builder(String id, String language, String outlet, LocalDate published, String title, String text) {
            this.id = id;
            this.language = language;
            this.outlet = outlet;
            this.published = published;
            this.title = title;
            this.text = text;
        }

        void mention(int sentence, String actor) {
            actors.add(actor);
            bySentence.computeIfAbsent(sentence, k -> new TreeSet<>()).add(actor);
        }

        IndexedArticle build() {
            return new IndexedArticle(id, language, outlet, published, title, text, sentences, actors, bySentence);
        }
    }
}
