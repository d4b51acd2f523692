/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

/**
 * A request the API refuses: an HTTP status, a stable machine-readable code ({@code bad_parameter},
 * {@code not_found}, …) and a one-line message that names the offending input. Mapped to a JSON error body in one
 * place ({@link ApiErrors}).
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException badParameter(String name, String problem) {
        return new ApiException(400, "bad_parameter", "parameter '" + name + "': " + problem);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
