/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.newsgraph.api.ApiErrors;
import org.newsgraph.api.Respond;

/**
 * Requests that Jetty refuses before they reach the API (headers or URI too large, malformed HTTP) get the API's
 * JSON error body too, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Respond.JSON_TYPE);
        return ByteBuffer.wrap(ApiErrors.json(status, reason).getBytes(StandardCharsets.UTF_8));
    }
}
