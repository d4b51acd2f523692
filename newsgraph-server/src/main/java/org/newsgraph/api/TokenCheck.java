/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Write endpoints need the server's token ({@code Authorization: Bearer TOKEN}). Without a configured token they are
 * switched off (403); a missing or wrong token is 401. Compared in constant time.
 */
final class TokenCheck {
    private final byte[] token;

    TokenCheck(String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    void require(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "writes_disabled", "write endpoints are off: start the server with a token "
                    + "(--token-file FILE or the NEWSGRAPH_TOKEN environment variable)");
        }
        String h = ctx.header("Authorization");
        String given = h != null && h.startsWith("Bearer ") ? h.substring(7).strip() : null;
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "unauthorized", "a valid token is needed (Authorization: Bearer TOKEN)");
        }
    }
}
