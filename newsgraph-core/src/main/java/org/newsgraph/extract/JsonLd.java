/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema.org objects in a page's JSON-LD scripts, flattened out of arrays, {@code @graph} and nesting, with the
 * news article among them. Malformed scripts are skipped: JSON-LD is a hint, never a reason to fail a page.
 */
final class JsonLd {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final int MAX_NESTING = 6;

    private final List<JsonNode> objects;
    private final JsonNode article;
    private final JsonNode webPage;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
        this.article = pick(objects);
        this.webPage = objects.stream().filter(o -> hasType(o, "WebPage")).findFirst().orElse(null);
    }

    static JsonLd parse(List<String> scripts) {
        List<JsonNode> objects = new ArrayList<>();
        for (String s : scripts) {
            String t = s.strip();
            if (t.startsWith("//<![CDATA[") || t.startsWith("<![CDATA[")) {
                t = t.substring(t.indexOf("[CDATA[") + 7).replace("//]]>", "").replace("]]>", "");
            }
            try (JsonParser p = JSON.createParser(t)) {
                JsonNode root = JSON.readTree(p);
                collect(root, objects, 0);
            } catch (IOException | RuntimeException e) {
                // a broken script is skipped; the other sources of metadata remain
            }
        }
        return new JsonLd(objects);
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > MAX_NESTING) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            node.fields().forEachRemaining(f -> {
                if (f.getValue().isContainerNode() && !f.getKey().equals("author")
                        && !f.getKey().equals("publisher")) {
                    collect(f.getValue(), out, depth + 1);
                }
            });
        }
    }

    /** The news article: the first object of an article type, preferring one with a headline or date. */
    private static JsonNode pick(List<JsonNode> objects) {
        JsonNode any = null;
        for (JsonNode o : objects) {
            if (isArticle(o)) {
                if (o.has("headline") || o.has("datePublished")) {
                    return o;
                }
                if (any == null) {
                    any = o;
                }
            }
        }
        return any;
    }

    static boolean isArticle(JsonNode o) {
        for (String t : types(o)) {
            String l = t.toLowerCase(Locale.ROOT);
            if (l.endsWith("article") || l.contains("blogposting") || l.equals("report") || l.equals("reportage")) {
                return true;
            }
        }
        return false;
    }

    static boolean hasType(JsonNode o, String suffix) {
        return types(o).stream().anyMatch(t -> t.endsWith(suffix));
    }

    private static List<String> types(JsonNode o) {
        JsonNode t = o.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else {
            out.add(t.asText());
        }
        return out;
    }

    /** The news article object, or {@code null}. */
    JsonNode article() {
        return article;
    }

    /** The first {@code WebPage} object, or {@code null}. */
    JsonNode webPage() {
        return webPage;
    }

    List<JsonNode> objects() {
        return objects;
    }

    /** A text field of the article, or {@code null}. */
    String articleText(String field) {
        return text(article, field);
    }

    /** A field as text: a string, the first string of an array, or an object's {@code name}/{@code @value}. */
    static String text(JsonNode o, String field) {
        if (o == null) {
            return null;
        }
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            v = v.size() == 0 ? null : v.get(0);
        }
        if (v != null && v.isObject()) {
            v = v.has("name") ? v.get("name") : v.get("@value");
        }
        if (v == null || !v.isValueNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** The names of the article's authors (strings or objects with a name), in order. */
    List<String> authors() {
        List<String> out = new ArrayList<>();
        if (article == null) {
            return out;
        }
        JsonNode a = article.get("author");
        if (a == null) {
            a = article.get("creator");
        }
        if (a == null) {
            return out;
        }
        if (!a.isArray()) {
            addName(a, out);
        } else {
            a.forEach(x -> addName(x, out));
        }
        return out;
    }

    private static void addName(JsonNode n, List<String> out) {
        String name = n.isObject() ? (n.has("name") ? n.get("name").asText() : null) : n.asText();
        if (name != null && !name.isBlank()) {
            out.add(name.strip());
        }
    }

    /** True when the article declares itself (or a part of itself) not free to read. */
    boolean paywalled() {
        if (article == null) {
            return false;
        }
        if (notFree(article.get("isAccessibleForFree"))) {
            return true;
        }
        JsonNode parts = article.get("hasPart");
        if (parts == null) {
            return false;
        }
        if (parts.isArray()) {
            for (JsonNode p : parts) {
                if (notFree(p.get("isAccessibleForFree"))) {
                    return true;
                }
            }
            return false;
        }
        return notFree(parts.get("isAccessibleForFree"));
    }

    private static boolean notFree(JsonNode v) {
        return v != null && ("false".equalsIgnoreCase(v.asText().strip()) || (v.isBoolean() && !v.asBoolean()));
    }
}
