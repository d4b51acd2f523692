/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.Objects;

/** One block of article body text; headings inside the body are kept as such. */
public record Paragraph(Kind kind, String text) {
    /** What kind of block this is. */
    public enum Kind { PARAGRAPH, HEADING, QUOTE, LIST_ITEM }

    public Paragraph {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Paragraph of(String text) {
        return new Paragraph(Kind.PARAGRAPH, text);
    }

    public static Paragraph heading(String text) {
        return new Paragraph(Kind.HEADING, text);
    }
}
