/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.model.Paragraph;

/**
 * Turns the blocks of the chosen body elements into the article's lead and body: drops furniture lines, link lists,
 * the repeated headline, byline and date lines before the text begins, and headings or site chrome left dangling at
 * the end. The first remaining paragraph is the lead.
 */
final class BodyAssembler {
    /** The lead (or {@code null}) and the body paragraphs. */
    record Body(String lead, List<Paragraph> paragraphs) {
        boolean isEmpty() {
            return lead == null && paragraphs.isEmpty();
        }

        int chars() {
            int n = lead == null ? 0 : lead.length();
            for (Paragraph p : paragraphs) {
                n += p.text().length();
            }
            return n;
        }
    }

    private static final Pattern BYLINE = Pattern.compile("^(?:by|von|from|text|fotos?|photos?|autor(?:in)?|"
            + "updated|aktualisiert|published|veröffentlicht|stand|posted|erschienen)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Escaped markup shown as text ("&lt;img src=...&gt;"), left by broken pages. */
    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^>]*)?/?>");
    private static final int SHORT_CHARS = 90;
    private static final int LIST_LINK_DENSITY_CHARS = 300;
    private static final double MAX_LINK_DENSITY = 0.5;

    private BodyAssembler() {}

    /** Lead and body from the body's blocks; {@code lead} is a standfirst found outside them, or {@code null}. */
    static Body assemble(String lead, List<Block> blocks, PageMetadata meta) {
        List<Block> kept = new ArrayList<>();
        String title = norm(meta.title());
        String kicker = norm(meta.kicker());
        for (Block b : blocks) {
            if (keep(b, title, kicker)) {
                kept.add(b);
            }
        }
        dropLeadingBylines(kept, meta);
        dropTrailing(kept);
        if (lead != null && !kept.isEmpty() && norm(kept.get(0).text()).equals(norm(lead))) {
            kept.remove(0);
        }
        List<Paragraph> body = new ArrayList<>();
        String first = lead;
        for (Block b : kept) {
            if (first == null && body.isEmpty() && b.kind() == Paragraph.Kind.PARAGRAPH && kept.size() > 1) {
                first = b.text();
            } else {
                body.add(b.toParagraph());
            }
        }
        return new Body(first, body);
    }

    private static boolean keep(Block b, String title, String kicker) {
        String t = b.text();
        if (b.chars() < 2 || t.chars().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        if (b.linkDensity() > MAX_LINK_DENSITY && (b.chars() < LIST_LINK_DENSITY_CHARS
                || b.kind() == Paragraph.Kind.LIST_ITEM || b.kind() == Paragraph.Kind.HEADING)) {
            return false;
        }
        String n = norm(t);
        if (n.equals(title) || n.equals(kicker) || MARKUP.matcher(t).lookingAt()) {
            return false;
        }
        return !Boilerplate.isFurnitureLine(t);
    }

    /** Short byline, date and credit lines before the first real paragraph. */
    private static void dropLeadingBylines(List<Block> kept, PageMetadata meta) {
        while (!kept.isEmpty()) {
            Block b = kept.get(0);
            String t = b.text();
            if (t.length() > SHORT_CHARS || b.kind() == Paragraph.Kind.HEADING && kept.size() > 1
                    && t.length() > 40) {
                return;
            }
            boolean byline = BYLINE.matcher(t).matches() || DateParsing.parseText(t) != null
                    || meta.authors().stream().anyMatch(t::contains);
            if (!byline) {
                return;
            }
            kept.remove(0);
        }
    }

    /** Headings and site chrome left at the end once the teasers below them are gone. */
    private static void dropTrailing(List<Block> kept) {
        while (!kept.isEmpty()) {
            Block last = kept.get(kept.size() - 1);
            if (last.kind() == Paragraph.Kind.HEADING || FooterFilter.isChrome(last.text())) {
                kept.remove(kept.size() - 1);
            } else {
                return;
            }
        }
    }

    /** Lower case with whitespace runs collapsed, for comparing blocks with the headline and lead. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
