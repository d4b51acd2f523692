/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.RawDocument;

/**
 * Reads plain-text articles: the first block is the headline (a glued kicker is split off), the next block the lead,
 * the rest the body; trailing site-chrome lines are dropped. Blocks are separated by blank lines, or by single line
 * breaks when the text has no blank line. Thread-safe.
 */
public final class PlainTextReader implements ArticleReader {
    static final String METHOD = "plain-text";
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    /** A first block this long is body text, not a headline. */
    private static final int MAX_HEADLINE_WORDS = 30;
    private static final int MAX_HEADING_WORDS = 12;

    @Override
    public Article read(RawDocument doc) throws BadInputException {
        String text = TextDecoding.decodeUtf8(doc.name(), doc.bytes());
        return parse(text).url(doc.url()).build();
    }

    /** Parses decoded text into an article builder (extraction method {@code plain-text}). */
    public Article.Builder parse(String raw) {
        List<String> blocks = blocks(raw);
        while (!blocks.isEmpty() && FooterFilter.isChrome(blocks.get(blocks.size() - 1))) {
            blocks.remove(blocks.size() - 1);
        }
        Article.Builder b = Article.builder().extraction(METHOD);
        int next = 0;
        if (!blocks.isEmpty() && KickerSplitter.words(blocks.get(0)) <= MAX_HEADLINE_WORDS) {
            KickerSplitter.Split split = KickerSplitter.split(blocks.get(0), raw);
            b.kicker(split.kicker()).title(split.title());
            next = 1;
        }
        if (next < blocks.size() && next == 1) {
            b.lead(blocks.get(next++));
        }
        for (int i = next; i < blocks.size(); i++) {
            b.addParagraph(isHeading(blocks.get(i)) ? Paragraph.heading(blocks.get(i)) : Paragraph.of(blocks.get(i)));
        }
        return b;
    }

    /** Splits text into stripped, non-empty blocks (see the class comment). */
    static List<String> blocks(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        if (BLANK_LINE.matcher(text).find()) {
            for (String block : BLANK_LINE.split(text)) {
                String joined = block.strip().replaceAll("\\s*\\n\\s*", " ");
                if (!joined.isEmpty()) {
                    out.add(joined);
                }
            }
        } else {
            for (String line : text.split("\\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    /** A short block without closing punctuation is a sub-heading ("Beide Länder suchen Freunde"). */
    static boolean isHeading(String block) {
        String t = block.strip();
        if (t.isEmpty() || KickerSplitter.words(t) > MAX_HEADING_WORDS) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return Character.isLetterOrDigit(last);
    }
}
