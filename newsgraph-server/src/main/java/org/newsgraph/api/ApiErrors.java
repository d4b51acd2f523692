/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.error.BadInputException;
import org.newsgraph.query.BusyException;
import org.newsgraph.query.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: {@code {"error": {"status", "code", "message"}}}, never a stack
 * trace. Refused requests keep their status and message; anything unexpected is logged and answered 500 with a
 * generic message.
 */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {}

    public static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> {
            ctx.status(e.status());
            Respond.error(ctx, body(e.status(), e.code(), e.getMessage()));
        });
        app.exception(NotFoundException.class, (e, ctx) -> {
            ctx.status(404);
            Respond.error(ctx, body(404, "not_found", e.getMessage()));
        });
        app.exception(BusyException.class, (e, ctx) -> {
            ctx.status(503);
            Respond.error(ctx, body(503, "busy", e.getMessage()));
        });
        app.exception(BadInputException.class, (e, ctx) -> {
            ctx.status(400);
            Respond.error(ctx, body(400, "bad_input", e.getMessage()));
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            ctx.status(e.getStatus());
            Respond.error(ctx, body(e.getStatus(), code(e.getStatus()), e.getMessage()));
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500);
            Respond.error(ctx, body(500, "internal", "internal error; the server log has the details"));
        });
        for (int status : new int[] {404, 405, 413, 431}) {
            app.error(status, ctx -> {
                if (ctx.result() == null || !String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
                    Respond.error(ctx, body(status, code(status), message(status, ctx.path())));
                }
            });
        }
    }

    public static Map<String, Object> body(int status, String code, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("status", status);
        e.put("code", code);
        e.put("message", message);
        return Map.of("error", e);
    }

    /** The error body as JSON text, for answers written outside Javalin; a generic message when none is given. */
    public static String json(int status, String message) {
        String m = message == null || message.isBlank() ? message(status, null) : message;
        try {
            return Respond.JSON.writeValueAsString(body(status, code(status), m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            case 503 -> "busy";
            default -> "http_" + status;
        };
    }

    private static String message(int status, String path) {
        return switch (status) {
            case 404 -> "no such page or endpoint: " + path;
            case 405 -> "method not allowed on " + path;
            case 400 -> "malformed HTTP request";
            case 413 -> "request body too large";
            case 414 -> "request URI too long";
            case 431 -> "request headers too large";
            default -> "request failed";
        };
    }
}
