/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes answers: JSON objects, and tables as JSON ({@code {"total", "offset", "limit", "items": [...]}}) or, with
 * {@code format=csv}, as CSV with a header row. CSV cells that a spreadsheet would run as a formula are quoted with a
 * leading apostrophe, since article text ends up in them.
 */
public final class Respond {
    static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    public static final String JSON_TYPE = "application/json; charset=utf-8";
    public static final String CSV_TYPE = "text/csv; charset=utf-8";

    private Respond() {}

    public static void json(Context ctx, Object body) {
        try {
            ctx.contentType(JSON_TYPE).result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A table as JSON or, when asked for, CSV named after {@code name}. */
    public static void table(Context ctx, String name, Table t) {
        String format = Params.text(ctx, "format");
        if (format == null || "json".equals(format)) {
            json(ctx, asJson(t));
        } else if ("csv".equals(format)) {
            ctx.contentType(CSV_TYPE).header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                    .result(csv(t));
        } else {
            throw ApiException.badParameter("format", "must be json or csv, not '" + format + "'");
        }
    }

    public static Map<String, Object> asJson(Table t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", t.total());
        m.put("offset", t.offset());
        m.put("limit", t.limit());
        m.put("items", items(t));
        return m;
    }

    /** The rows as objects keyed by column name. */
    public static List<Map<String, Object>> items(Table t) {
        return t.rows().stream().map(r -> {
            Map<String, Object> o = new LinkedHashMap<>();
            for (int i = 0; i < t.columns().size(); i++) {
                o.put(t.columns().get(i), r.get(i));
            }
            return o;
        }).toList();
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
