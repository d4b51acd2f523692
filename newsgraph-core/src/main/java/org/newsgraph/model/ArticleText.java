/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The single text of an article that every offset indexes: kicker, title, lead and body blocks in that order, one
 * block per line-separated paragraph (blocks are joined by a blank line so that sentence splitting never merges them).
 *
 * @param text  the full text
 * @param parts where each block lies in {@code text}
 */
public record ArticleText(String text, List<Part> parts) {
    public static final String SEPARATOR = "\n\n";

    /** One block of the text and its role. */
    public record Part(Role role, int start, int end) {}

    /** The role of a block. */
    public enum Role { KICKER, TITLE, LEAD, PARAGRAPH, HEADING, QUOTE, LIST_ITEM }

    public ArticleText {
        parts = List.copyOf(parts);
    }

    /** Lays out the article's blocks into one text. */
    public static ArticleText of(Article a) {
        StringBuilder sb = new StringBuilder();
        List<Part> parts = new ArrayList<>();
        add(sb, parts, Role.KICKER, a.kicker());
        add(sb, parts, Role.TITLE, a.title());
        add(sb, parts, Role.LEAD, a.lead());
        for (Paragraph p : a.body()) {
            add(sb, parts, Role.valueOf(p.kind().name()), p.text());
        }
        return new ArticleText(sb.toString(), parts);
    }

    private static void add(StringBuilder sb, List<Part> parts, Role role, String block) {
        if (block == null || block.isBlank()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(SEPARATOR);
        }
        String b = block.strip();
        parts.add(new Part(role, sb.length(), sb.length() + b.length()));
        sb.append(b);
    }

    /** The role of the block containing {@code offset}, or {@code null} for separators. */
    public Role roleAt(int offset) {
        for (Part p : parts) {
            if (offset >= p.start() && offset < p.end()) {
                return p.role();
            }
        }
        return null;
    }
}
