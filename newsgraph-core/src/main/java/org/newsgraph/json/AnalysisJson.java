/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Article;
import org.newsgraph.model.Attribution;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/**
 * Writes an {@link Analysis} as a {@code newsgraph.analysis/1} document. Field names and value spellings are the
 * contract's; unknown values are written as {@code null}. Thread-safe.
 */
public final class AnalysisJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private AnalysisJson() {}

    public static String toJson(Analysis a, boolean pretty) {
        StringWriter w = new StringWriter();
        write(a, w, pretty);
        return w.toString();
    }

    public static void write(Analysis a, Writer out, boolean pretty) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            g.writeStringField("schema", Analysis.SCHEMA);
            article(g, a.article(), a.annotated().text().text());
            g.writeArrayFieldStart("sentences");
            for (Sentence s : a.annotated().sentences()) {
                g.writeStartObject();
                g.writeNumberField("index", s.index());
                g.writeNumberField("start", s.start());
                g.writeNumberField("end", s.end());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("entities");
            for (Entity e : a.entities()) {
                entity(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("timexes");
            for (Timex t : a.timexes()) {
                timex(g, t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Event e : a.events()) {
                event(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("claims");
            for (Claim c : a.claims()) {
                claim(g, c);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void article(JsonGenerator g, Article a, String text) throws IOException {
        g.writeObjectFieldStart("article");
        g.writeStringField("id", a.id());
        g.writeStringField("url", a.url());
        g.writeStringField("canonical_url", a.canonicalUrl());
        g.writeStringField("outlet", a.outlet());
        g.writeStringField("language", a.language());
        g.writeStringField("published", a.published() == null ? null : a.published().toString());
        g.writeStringField("date_method", a.dateMethod().wireName());
        g.writeStringField("modified", a.modified() == null ? null : a.modified().toString());
        g.writeStringField("kicker", a.kicker());
        g.writeStringField("title", a.title());
        g.writeStringField("lead", a.lead());
        g.writeArrayFieldStart("authors");
        for (String s : a.authors()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeBooleanField("paywalled", a.paywalled());
        g.writeStringField("extraction", a.extraction());
        if (!a.warnings().isEmpty()) {
            g.writeArrayFieldStart("warnings");
            for (String s : a.warnings()) {
                g.writeString(s);
            }
            g.writeEndArray();
        }
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    static void entity(JsonGenerator g, Entity e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        g.writeStringField("label", e.label());
        g.writeObjectFieldStart("codes");
        for (Map.Entry<String, String> c : e.codes().entrySet()) {
            g.writeStringField(c.getKey(), c.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("mentions");
        for (Mention m : e.mentions()) {
            g.writeStartObject();
            g.writeNumberField("sentence", m.sentence());
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeStringField("text", m.text());
            g.writeStringField("method", m.method());
            g.writeNumberField("confidence", m.confidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void timex(JsonGenerator g, Timex t) throws IOException {
        g.writeStartObject();
        g.writeNumberField("sentence", t.sentence());
        g.writeNumberField("start", t.start());
        g.writeNumberField("end", t.end());
        g.writeStringField("text", t.text());
        g.writeStringField("type", t.type());
        g.writeStringField("value", t.value());
        g.writeStringField("method", t.method());
        g.writeEndObject();
    }

    static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        g.writeStringField("cameo", e.cameo());
        g.writeStringField("label", e.label());
        argument(g, "source", e.source());
        argument(g, "target", e.target());
        argument(g, "location", e.location());
        g.writeObjectFieldStart("time");
        g.writeStringField("value", e.time().value());
        g.writeStringField("text", e.time().text());
        g.writeStringField("method", e.time().method().wireName());
        g.writeEndObject();
        g.writeStringField("modality", e.modality().wireName());
        g.writeStringField("certainty", e.certainty().wireName());
        attribution(g, e.attribution());
        evidence(g, e.evidence());
        g.writeNumberField("confidence", e.confidence());
        g.writeStringField("method", e.method());
        g.writeEndObject();
    }

    static void claim(JsonGenerator g, Claim c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        argument(g, "speaker", c.speaker());
        g.writeStringField("cue", c.cue());
        spans(g, "cue_spans", c.cueSpans());
        span(g, "content", c.content());
        if (c.contentParts().size() > 1) {
            spans(g, "content_parts", c.contentParts());
        }
        g.writeStringField("kind", c.kind().wireName());
        g.writeStringField("certainty", c.certainty().wireName());
        g.writeBooleanField("confirmation", c.confirmation());
        argument(g, "addressee", c.addressee());
        argument(g, "inner_source", c.inner());
        argument(g, "speaks_for", c.speaksFor());
        evidence(g, c.evidence());
        g.writeNumberField("confidence", c.confidence());
        g.writeStringField("method", c.method());
        g.writeEndObject();
    }

    static void span(JsonGenerator g, String field, Span s) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("text", s.text());
        g.writeEndObject();
    }

    static void spans(JsonGenerator g, String field, List<Span> spans) throws IOException {
        g.writeArrayFieldStart(field);
        for (Span s : spans) {
            g.writeStartObject();
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeStringField("text", s.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void argument(JsonGenerator g, String field, Argument a) throws IOException {
        if (a == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("entity", a.entity());
        g.writeStringField("text", a.text());
        if (a.start() >= 0) {
            g.writeNumberField("start", a.start());
            g.writeNumberField("end", a.end());
        }
        g.writeEndObject();
    }

    static void attribution(JsonGenerator g, Attribution a) throws IOException {
        if (a == null) {
            g.writeNullField("attribution");
            return;
        }
        g.writeObjectFieldStart("attribution");
        g.writeStringField("entity", a.entity());
        g.writeStringField("text", a.text());
        g.writeStringField("cue", a.cue());
        g.writeStringField("claim", a.claim());
        argument(g, "inner_source", a.inner());
        g.writeEndObject();
    }

    static void evidence(JsonGenerator g, Evidence e) throws IOException {
        g.writeObjectFieldStart("evidence");
        g.writeNumberField("sentence", e.sentence());
        g.writeNumberField("start", e.start());
        g.writeNumberField("end", e.end());
        g.writeStringField("text", e.text());
        g.writeEndObject();
    }
}
