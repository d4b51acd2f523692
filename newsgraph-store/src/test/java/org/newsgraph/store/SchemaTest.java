/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaTest {
    @Test
    void columnsAreReadOffTheDdl() {
        List<Schema.Column> articles = Schema.columns("articles");
        assertEquals(19, articles.size());
        assertEquals(new Schema.Column("id", "VARCHAR"), articles.get(0));
        assertEquals(new Schema.Column("published", "DATE"), articles.get(5));
        assertEquals(new Schema.Column("paywalled", "BOOLEAN"), articles.get(12));
        assertEquals(35, Schema.columns("events").size());
        assertEquals(23, Schema.columns("claims").size());
        assertEquals(List.of(new Schema.Column("cluster_id", "VARCHAR"), new Schema.Column("ordinal", "INTEGER"),
                new Schema.Column("event_id", "VARCHAR"), new Schema.Column("article_id", "VARCHAR")),
                Schema.columns("cluster_reports"));
        assertThrows(IllegalArgumentException.class, () -> Schema.columns("nope"));
    }

    @Test
    void analysisRowsHaveOneValuePerColumn() {
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        AnalysisRows.emit(MeetingFixture.analyses().get(4), "in.json",
                (table, values) -> rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values));
        // the fixture has no timexes; every other evidence table gets rows, in the order of Schema.EVIDENCE
        assertEquals(Schema.EVIDENCE.stream().filter(t -> !t.equals("timexes")).toList(), List.copyOf(rows.keySet()));
        rows.forEach((table, list) -> list.forEach(v -> assertEquals(Schema.columns(table).size(), v.length,
                table)));
        assertEquals(1, rows.get("articles").size());
        assertEquals(1, rows.get("signatures").size());
        assertEquals(2, rows.get("events").size());
    }
}
