/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.RawDocument;

/**
 * Reads an article record: one JSON object with the optional fields {@code url, outlet, published, language, kicker,
 * title, lead, body (or text), authors}; unknown fields are ignored, but some text is required. A string body is split
 * into paragraphs at blank lines (or line breaks when there is no blank line); an array body is taken as paragraphs.
 * Thread-safe.
 */
public final class ArticleRecordReader implements ArticleReader {
    static final String METHOD = "article-record";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Article read(RawDocument doc) throws BadInputException {
        String json = TextDecoding.decodeUtf8(doc.name(), doc.bytes());
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // a limit exceeded (nesting deeper than Jackson's 1,000 levels, a string over 20 M characters) has no
            // location
            JsonLocation at = e.getLocation();
            throw new BadInputException(doc.name(), "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
        return read(doc.name(), node, doc.url());
    }

    /** Reads one record already parsed from JSON; {@code name} is used in error messages. */
    public Article read(String name, JsonNode node, String fetchedUrl) throws BadInputException {
        if (node == null || !node.isObject()) {
            throw new BadInputException(name, "expected a JSON object (an article record)");
        }
        Article.Builder b = Article.builder().extraction(METHOD);
        b.url(text(node, "url") != null ? text(node, "url") : fetchedUrl);
        b.outlet(text(node, "outlet"));
        b.language(text(node, "language"));
        b.kicker(text(node, "kicker"));
        b.title(text(node, "title"));
        b.lead(text(node, "lead"));
        String published = text(node, "published");
        if (published != null) {
            b.published(parseDate(name, published), DateMethod.RECORD);
        }
        b.body(body(node.has("body") ? node.get("body") : node.get("text")));
        List<String> authors = new ArrayList<>();
        JsonNode a = node.get("authors");
        if (a != null && a.isArray()) {
            a.forEach(x -> {
                if (x.isTextual() && !x.asText().isBlank()) {
                    authors.add(x.asText().strip());
                }
            });
        }
        b.authors(authors);
        Article article = b.build();
        if (article.isEmpty()) {
            throw new BadInputException(name, "article record has no text (title, lead, body or text)");
        }
        return article;
    }

    private List<Paragraph> body(JsonNode body) {
        List<Paragraph> out = new ArrayList<>();
        if (body == null || body.isNull()) {
            return out;
        }
        if (body.isArray()) {
            body.forEach(p -> {
                if (p.isTextual() && !p.asText().isBlank()) {
                    out.add(Paragraph.of(p.asText().strip()));
                }
            });
            return out;
        }
        for (String block : PlainTextReader.blocks(body.asText())) {
            out.add(Paragraph.of(block));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    /** Parses an ISO date or date-time ("2023-09-11", "2023-09-11T08:30:00+02:00"). */
    static LocalDate parseDate(String name, String s) throws BadInputException {
        try {
            if (s.length() <= 10) {
                return LocalDate.parse(s);
            }
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s.substring(0, 10));
            } catch (DateTimeParseException | StringIndexOutOfBoundsException e2) {
                throw new BadInputException(name, "field 'published' is not an ISO date: \"" + s + "\"");
            }
        }
    }
}
