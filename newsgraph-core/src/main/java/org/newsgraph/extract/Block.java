/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import org.newsgraph.model.Paragraph;

/**
 * One block of text as laid out on the page, before it is judged to be article text or furniture.
 *
 * @param kind      paragraph, heading, quote or list item
 * @param text      the text with whitespace collapsed
 * @param linkChars visible characters inside links
 * @param chars     visible characters
 */
record Block(Paragraph.Kind kind, String text, int linkChars, int chars) {
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    Paragraph toParagraph() {
        return new Paragraph(kind, text);
    }
}
