/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.query.Page;

/**
 * Writes answers: objects and records as JSON (record components in snake case: {@code articleId} is
 * {@code article_id}), and lists as JSON ({@code {"total", "offset", "limit", "items": [...]}}) or, with
 * {@code format=csv}, as CSV with a header row. CSV cells that a spreadsheet would run as a formula are quoted with a
 * leading apostrophe, since article text ends up in them.
 */
public final class Respond {
    static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));
    public static final String JSON_TYPE = "application/json; charset=utf-8";
    public static final String CSV_TYPE = "text/csv; charset=utf-8";

    private Respond() {}

    /** An object as JSON (a {@code format} other than json is refused: this answer has no CSV). */
    public static void json(Context ctx, Object body) {
        format(ctx, false);
        write(ctx, body);
    }

    /** An error body, whatever the request asked for. */
    public static void error(Context ctx, Object body) {
        write(ctx, body);
    }

    /**
     * An object that is no list, as JSON, or with {@code format=csv} as the CSV of {@code csv} (its rows: the
     * object flattened to one table).
     */
    public static <R extends Record> void object(Context ctx, String name, Object body, List<R> csv, Class<R> type) {
        if (format(ctx, true)) {
            csv(ctx, name, Table.of(csv, type));
        } else {
            write(ctx, body);
        }
    }

    /** A page of records as JSON or, when asked for, CSV named after {@code name}. */
    public static <R extends Record> void page(Context ctx, String name, Page<R> page, Class<R> type) {
        if (format(ctx, true)) {
            csv(ctx, name, Table.of(page.items(), type));
        } else {
            write(ctx, asJson(page));
        }
    }

    /** A whole list of records. */
    public static <R extends Record> void list(Context ctx, String name, List<R> rows, Class<R> type) {
        page(ctx, name, Page.whole(rows), type);
    }

    public static Map<String, Object> asJson(Page<?> p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", p.total());
        m.put("offset", p.offset());
        m.put("limit", p.limit());
        m.put("items", p.items());
        return m;
    }

    /** True for CSV; refuses a format other than json and csv, or csv where only JSON is offered. */
    private static boolean format(Context ctx, boolean csvOffered) {
        String format = Params.text(ctx, "format");
        if (format == null || "json".equals(format)) {
            return false;
        }
        if ("csv".equals(format) && csvOffered) {
            return true;
        }
        throw ApiException.badParameter("format", csvOffered ? "must be json or csv, not '" + format + "'"
                : "this answer is JSON only, not '" + format + "'");
    }

    private static void write(Context ctx, Object body) {
        try {
            ctx.contentType(JSON_TYPE).result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void csv(Context ctx, String name, Table t) {
        ctx.contentType(CSV_TYPE).header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .result(csv(t));
    }

    static String csv(Table t) {
        StringBuilder sb = new StringBuilder();
        line(sb, t.columns().stream().map(c -> (Object) c).toList());
        for (List<Object> r : t.rows()) {
            line(sb, r);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v instanceof Double d ? String.format(Locale.ROOT, "%s", d) : v.toString();
        }
        String s;
        if (v instanceof String str) {
            s = str;
        } else {
            try {
                s = JSON.writeValueAsString(v);
            } catch (JsonProcessingException e) {
                s = v.toString();
            }
        }
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
