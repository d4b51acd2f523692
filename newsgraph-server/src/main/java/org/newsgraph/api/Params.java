/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Language;
import org.newsgraph.model.PloverType;
import org.newsgraph.query.Filters;
import org.newsgraph.query.Level;
import org.newsgraph.store.Period;

/**
 * Reads and validates query parameters; a bad value fails with a 400 that names the parameter and says what is
 * allowed. Every default lives here.
 */
public final class Params {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_OFFSET = 100_000;
    static final int MAX_TEXT = 500;
    private static final Set<String> LANGUAGES = Set.of("de", "en");
    private static final Set<String> TYPES = Arrays.stream(PloverType.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> CERTAINTIES = Arrays.stream(Certainty.values())
            .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private Params() {}

    /** The list filters; {@code language} is the articles' language (the reader's is {@code lang}). */
    public static Filters filters(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badParameter("to", "before 'from' (" + from + ")");
        }
        return new Filters(from, to, oneOf(ctx, "language", LANGUAGES, false), text(ctx, "outlet"),
                text(ctx, "actor"), oneOf(ctx, "type", TYPES, true), oneOf(ctx, "certainty", CERTAINTIES, false));
    }

    /**
     * The reader's language, in which actors and places are named: {@code lang} ({@code en} or {@code de}), else the
     * first supported language of the request's {@code Accept-Language}, else English.
     */
    public static Language language(Context ctx) {
        String v = text(ctx, "lang");
        if (v != null) {
            return Language.fromCode(v).filter(l -> v.length() == 2)
                    .orElseThrow(() -> ApiException.badParameter("lang", "must be en or de, not '" + v + "'"));
        }
        return accepted(ctx.header("Accept-Language"));
    }

    /** The first language of an Accept-Language header that Newsgraph names actors in, by weight; else English. */
    static Language accepted(String header) {
        if (header == null || header.isBlank()) {
            return Language.ENGLISH;
        }
        Language best = Language.ENGLISH;
        double weight = -1;
        for (String part : header.split(",")) {
            String[] f = part.strip().split(";");
            double q = 1;
            for (int i = 1; i < f.length; i++) {
                String p = f[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            java.util.Optional<Language> l = Language.fromCode(f[0]);
            if (l.isPresent() && q > weight) {
                best = l.get();
                weight = q;
            }
        }
        return best;
    }

    /** {@code level}: {@code state} or {@code actor}, else {@code fallback} (which may be null: the reader decides). */
    public static Level level(Context ctx, Level fallback) {
        String v = text(ctx, "level");
        if (v == null) {
            return fallback;
        }
        return Level.of(v).orElseThrow(() -> ApiException.badParameter("level", "must be state or actor, not '" + v
                + "'"));
    }

    public static int limit(Context ctx) {
        return integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    public static int offset(Context ctx) {
        return integer(ctx, "offset", 0, 0, MAX_OFFSET);
    }

    public static Period period(Context ctx, Period fallback) {
        String v = text(ctx, "period");
        if (v == null) {
            return fallback;
        }
        for (Period p : Period.values()) {
            if (p.wireName().equals(v.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw ApiException.badParameter("period", "must be day, week or month, not '" + v + "'");
    }

    /** A required free-text parameter. */
    public static String required(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            throw ApiException.badParameter(name, "required");
        }
        return v;
    }

    /** A trimmed text parameter of bounded length, or {@code null} when absent or blank. */
    public static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw ApiException.badParameter(name, "longer than " + MAX_TEXT + " characters");
        }
        return v.strip();
    }

    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiException.badParameter(name, "must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "not a whole number: '" + v + "'");
        }
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "not a day (YYYY-MM-DD): '" + v + "'");
        }
    }

    private static String oneOf(Context ctx, String name, Set<String> allowed, boolean upper) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        String norm = upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
        if (!allowed.contains(norm)) {
            throw ApiException.badParameter(name, "must be one of " + allowed.stream().sorted()
                    .collect(Collectors.joining(", ")) + ", not '" + v + "'");
        }
        return norm;
    }
}
