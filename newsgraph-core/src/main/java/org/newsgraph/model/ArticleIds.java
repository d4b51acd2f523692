/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Stable article identifiers: the same canonical URL, or without one the same text, always gives the same id. */
public final class ArticleIds {
    private ArticleIds() {}

    /** 16 hex digits of SHA-256 over the canonical URL (or URL), else over the whitespace-normalised text. */
    public static String of(Article a) {
        String key = a.canonicalUrl() != null ? a.canonicalUrl() : a.url();
        if (key != null && !key.isBlank()) {
            return hash("url:" + key.trim());
        }
        return hash("text:" + contentKey(a));
    }

    /** The whitespace- and case-normalised text used for content hashing. */
    public static String contentKey(Article a) {
        return ArticleText.of(a).text().replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /** 16 hex digits of SHA-256 over the UTF-8 bytes of the key. */
    public static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
