/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Writes result-set columns as JSON fields, keeping SQL nulls as JSON nulls. */
final class JsonFields {
    private JsonFields() {}

    static void string(JsonGenerator g, String field, ResultSet rs, String column) throws IOException, SQLException {
        g.writeStringField(field, rs.getString(column));
    }

    static void integer(JsonGenerator g, String field, ResultSet rs, String column) throws IOException, SQLException {
        long v = rs.getLong(column);
        if (rs.wasNull()) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }

    static void decimal(JsonGenerator g, String field, ResultSet rs, String column) throws IOException, SQLException {
        double v = rs.getDouble(column);
        if (rs.wasNull()) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }

    /** An argument object ({@code entity}, {@code text}, offsets when known), or null when it has neither. */
    static void argument(JsonGenerator g, String field, ResultSet rs, String prefix, boolean offsets)
            throws IOException, SQLException {
        String entity = rs.getString(prefix + "_entity");
        String text = rs.getString(prefix + "_text");
        if (entity == null && text == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("entity", entity);
        g.writeStringField("text", text);
        if (offsets) {
            long start = rs.getLong(prefix + "_start");
            if (!rs.wasNull()) {
                g.writeNumberField("start", start);
                g.writeNumberField("end", rs.getLong(prefix + "_end"));
            }
        }
        g.writeEndObject();
    }

    static void evidence(JsonGenerator g, ResultSet rs) throws IOException, SQLException {
        g.writeObjectFieldStart("evidence");
        integer(g, "sentence", rs, "evidence_sentence");
        integer(g, "start", rs, "evidence_start");
        integer(g, "end", rs, "evidence_end");
        string(g, "text", rs, "evidence_text");
        g.writeEndObject();
    }

    /** A JSON array stored as text (authors, actors, languages), written as an array. */
    static void rawArray(JsonGenerator g, String field, String json) throws IOException {
        g.writeFieldName(field);
        g.writeRawValue(json == null ? "[]" : json);
    }

    /** The gazetteer place of an event or cluster ({@code place, place_en, place_de, place_country, latitude,
     * longitude} columns), or null. */
    static void place(JsonGenerator g, ResultSet rs) throws IOException, SQLException {
        if (rs.getString("place") == null) {
            g.writeNullField("place");
            return;
        }
        g.writeObjectFieldStart("place");
        string(g, "id", rs, "place");
        string(g, "name", rs, "place_en");
        string(g, "name_de", rs, "place_de");
        string(g, "country", rs, "place_country");
        decimal(g, "latitude", rs, "latitude");
        decimal(g, "longitude", rs, "longitude");
        g.writeEndObject();
    }
}
