/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.rules;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.AnnotatedText;

/**
 * Finds spans enclosed in quotation marks: „…“ and ‚…‘ (German), «…» and ‹…› (Swiss, French order too), “…” and
 * ‘…’ (English), and straight "…" paired in order within a paragraph. Spans do not cross paragraph breaks. Straight
 * single quotes are left alone: they are apostrophes far more often than quotation marks.
 */
public final class QuoteMarks {
    /** A quoted span: the marks at {@code start} and {@code end - 1} included. */
    public record Quoted(int start, int end) {
        public int innerStart() {
            return start + 1;
        }

        public int innerEnd() {
            return end - 1;
        }
    }

    private QuoteMarks() {}

    /** The quotation-marked spans of an article that read as quotations (not names, titles or scare quotes). */
    public static List<Quoted> quotations(AnnotatedText text) {
        Quotations q = new Quotations(text);
        return find(text.text().text()).stream().filter(q::isQuotation).toList();
    }

    public static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = closer(text, i);
            if (close == 0) {
                i++;
                continue;
            }
            int j = findClose(text, i + 1, c, close);
            if (j < 0) {
                i++;
                continue;
            }
            out.add(new Quoted(i, j + 1));
            i = j + 1;
        }
        return out;
    }

    /** The closing mark for an opening mark at {@code i}, or 0 when the character does not open a quotation. */
    private static char closer(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '„':
                return '“';
            case '‚':
                return '‘';
            case '«':
                return '»';
            case '‹':
                return '›';
            case '»':
                return '«'; // German book style »…«
            case '“':
                return '”';
            case '"':
                return '"';
            case '‘':
                // English single quotes only where they cannot be an apostrophe
                return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) ? '’' : 0;
            default:
                return 0;
        }
    }

    private static int findClose(String text, int from, char open, char close) {
        int depth = 0;
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n' && k + 1 < text.length() && text.charAt(k + 1) == '\n') {
                return -1; // paragraph break: unbalanced
            }
            if (c == close && open != close && depth > 0) {
                depth--;
                continue;
            }
            // „ is closed by “ in German typesetting, but texts typed elsewhere close it with ” or a straight quote
            boolean lowCloser = open == '„' && (c == '”' || c == '"');
            if (c == close || lowCloser) {
                if (close == '’' && k + 1 < text.length() && Character.isLetter(text.charAt(k + 1))) {
                    continue; // apostrophe inside a word ("it’s")
                }
                return k;
            }
            if (c == open && open != close) {
                depth++;
            }
        }
        return -1;
    }
}
