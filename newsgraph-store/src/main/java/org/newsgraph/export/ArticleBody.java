/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Recovers an article's body paragraphs from its stored text: the text lays out kicker, title, lead and body blocks
 * separated by blank lines, so the body is what follows the leading blocks.
 */
final class ArticleBody {
    private ArticleBody() {}

    static List<String> paragraphs(String text, String kicker, String title, String lead) {
        if (text == null) {
            return List.of();
        }
        int pos = 0;
        for (String block : new String[] {kicker, title, lead}) {
            if (block != null && !block.isBlank() && text.startsWith(block.strip(), pos)) {
                pos += block.strip().length();
                while (pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String p : text.substring(pos).split("\n\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}
