/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSONL export: one JSON object per line with a {@code record} field: every article (in the article-record shape
 * the ingester reads, plus id, text and syndication group), then every event (the contract's event shape, its time
 * a day, month or year with its precision, plus {@code article}, {@code cluster}, the {@code states} its parties
 * belong to and its {@code place}), every claim, and every cluster with its counts, place and report ids. Rows are
 * streamed from the tables.
 */
final class JsonlExport {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonlExport() {}

    static void export(Connection db, Writer out, ExportProgress progress) throws IOException, SQLException {
        Rows.Counter n = new Rows.Counter(progress, Rows.count(db, "articles") + Rows.count(db, "events")
                + Rows.count(db, "claims") + Rows.count(db, "clusters"));
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            articles(db, g, n);
            events(db, g, n);
            claims(db, g, n);
            clusters(db, g, n);
            g.flush();
        }
        out.write('\n');
        out.flush();
    }

    private static void articles(Connection db, JsonGenerator g, Rows.Counter n) throws IOException, SQLException {
        String sql = "SELECT a.*, s.group_id, s.copies FROM articles a LEFT JOIN syndication s ON s.article_id = a.id "
                + "ORDER BY a.id";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                g.writeStartObject();
                g.writeStringField("record", "article");
                for (String f : List.of("id", "url", "canonical_url", "outlet", "language", "published",
                        "date_method", "modified", "kicker", "title", "lead")) {
                    JsonFields.string(g, f, rs, f);
                }
                JsonFields.rawArray(g, "authors", rs.getString("authors"));
                g.writeArrayFieldStart("body");
                for (String p : ArticleBody.paragraphs(rs.getString("text"), rs.getString("kicker"),
                        rs.getString("title"), rs.getString("lead"))) {
                    g.writeString(p);
                }
                g.writeEndArray();
                g.writeBooleanField("paywalled", rs.getBoolean("paywalled"));
                JsonFields.string(g, "extraction", rs, "extraction");
                JsonFields.string(g, "text", rs, "text");
                JsonFields.string(g, "syndication_group", rs, "group_id");
                JsonFields.integer(g, "copies", rs, "copies");
                JsonFields.string(g, "input", rs, "input");
                g.writeEndObject();
                n.step();
            }
        }
    }

    private static void events(Connection db, JsonGenerator g, Rows.Counter n) throws IOException, SQLException {
        String sql = "SELECT e.*, r.cluster_id, d.date, d.date_precision, d.source_state, d.target_state, d.place, "
                + "d.place_en, d.place_de, d.place_country, d.latitude, d.longitude FROM events e "
                + "LEFT JOIN cluster_reports r ON r.event_id = e.id LEFT JOIN event_details d ON d.event_id = e.id "
                + "ORDER BY e.id";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                g.writeStartObject();
                g.writeStringField("record", "event");
                JsonFields.string(g, "id", rs, "id");
                JsonFields.string(g, "article", rs, "article_id");
                JsonFields.string(g, "cluster", rs, "cluster_id");
                for (String f : List.of("type", "cameo", "label")) {
                    JsonFields.string(g, f, rs, f);
                }
                JsonFields.argument(g, "source", rs, "source", true);
                JsonFields.argument(g, "target", rs, "target", true);
                JsonFields.argument(g, "location", rs, "location", true);
                g.writeObjectFieldStart("time");
                JsonFields.string(g, "value", rs, "date");
                JsonFields.string(g, "precision", rs, "date_precision");
                JsonFields.string(g, "text", rs, "time_text");
                JsonFields.string(g, "method", rs, "time_method");
                g.writeEndObject();
                g.writeObjectFieldStart("states");
                JsonFields.string(g, "source", rs, "source_state");
                JsonFields.string(g, "target", rs, "target_state");
                g.writeEndObject();
                JsonFields.place(g, rs);
                JsonFields.string(g, "modality", rs, "modality");
                JsonFields.string(g, "certainty", rs, "certainty");
                attribution(g, rs);
                JsonFields.evidence(g, rs);
                JsonFields.decimal(g, "confidence", rs, "confidence");
                JsonFields.string(g, "method", rs, "method");
                g.writeEndObject();
                n.step();
            }
        }
    }

    private static void attribution(JsonGenerator g, ResultSet rs) throws IOException, SQLException {
        if (rs.getString("attribution_entity") == null && rs.getString("attribution_text") == null
                && rs.getString("attribution_cue") == null) {
            g.writeNullField("attribution");
            return;
        }
        g.writeObjectFieldStart("attribution");
        JsonFields.string(g, "entity", rs, "attribution_entity");
        JsonFields.string(g, "text", rs, "attribution_text");
        JsonFields.string(g, "cue", rs, "attribution_cue");
        JsonFields.string(g, "claim", rs, "attribution_claim");
        JsonFields.argument(g, "inner_source", rs, "attribution_inner", false);
        g.writeEndObject();
    }

    private static void claims(Connection db, JsonGenerator g, Rows.Counter n) throws IOException, SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM claims ORDER BY id")) {
            while (rs.next()) {
                g.writeStartObject();
                g.writeStringField("record", "claim");
                JsonFields.string(g, "id", rs, "id");
                JsonFields.string(g, "article", rs, "article_id");
                JsonFields.argument(g, "speaker", rs, "speaker", true);
                JsonFields.string(g, "cue", rs, "cue");
                g.writeObjectFieldStart("content");
                JsonFields.integer(g, "start", rs, "content_start");
                JsonFields.integer(g, "end", rs, "content_end");
                JsonFields.string(g, "text", rs, "content_text");
                g.writeEndObject();
                JsonFields.string(g, "kind", rs, "kind");
                JsonFields.string(g, "certainty", rs, "certainty");
                JsonFields.argument(g, "addressee", rs, "addressee", false);
                JsonFields.argument(g, "inner_source", rs, "inner", false);
                JsonFields.evidence(g, rs);
                JsonFields.decimal(g, "confidence", rs, "confidence");
                JsonFields.string(g, "method", rs, "method");
                g.writeEndObject();
                n.step();
            }
        }
    }

    private static void clusters(Connection db, JsonGenerator g, Rows.Counter n) throws IOException, SQLException {
        String sql = "SELECT c.*, r.event_id FROM clusters c LEFT JOIN cluster_reports r ON r.cluster_id = c.id "
                + "ORDER BY c.id, r.ordinal";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            boolean more = rs.next();
            while (more) {
                String id = rs.getString("id");
                g.writeStartObject();
                g.writeStringField("record", "cluster");
                g.writeStringField("id", id);
                for (String f : List.of("type", "cameo")) {
                    JsonFields.string(g, f, rs, f);
                }
                JsonFields.integer(g, "quad_class", rs, "quad_class");
                JsonFields.decimal(g, "score", rs, "score");
                JsonFields.string(g, "source", rs, "source");
                JsonFields.string(g, "target", rs, "target");
                JsonFields.rawArray(g, "actors", rs.getString("actors"));
                for (String f : List.of("time", "time_precision", "time_start", "time_end", "reported",
                        "source_state", "target_state", "modality")) {
                    JsonFields.string(g, f, rs, f);
                }
                JsonFields.place(g, rs);
                for (String f : List.of("reports", "articles", "outlets", "independent_sources")) {
                    JsonFields.integer(g, f, rs, f);
                }
                JsonFields.rawArray(g, "languages", rs.getString("languages"));
                List<String> reports = new ArrayList<>();
                do {
                    reports.add(rs.getString("event_id"));
                    more = rs.next();
                } while (more && id.equals(rs.getString("id")));
                g.writeArrayFieldStart("report_ids");
                for (String r : reports) {
                    g.writeString(r);
                }
                g.writeEndArray();
                g.writeEndObject();
                n.step();
            }
        }
    }
}
