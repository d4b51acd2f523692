/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.extraction;

/**
 * One benchmark page, read into memory before timing starts.
 *
 * @param id   the dataset's key for the page (file name or hash)
 * @param url  the page's URL when the dataset gives it, or {@code null}
 * @param html the page's bytes, decompressed
 */
public record Page(String id, String url, byte[] html) {}
