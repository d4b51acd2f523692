/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawDocument;

/**
 * Chooses the reader for a raw document by its extension or declared media type, and by sniffing the first bytes
 * when neither says (standard input): {@code .txt} plain text, {@code .json} an article record, {@code .html} a web
 * page. Thread-safe.
 */
public final class DocumentReader implements ArticleReader {
    private final PlainTextReader text = new PlainTextReader();
    private final ArticleRecordReader record = new ArticleRecordReader();
    private final ArticleReader html;

    /** A reader that hands web pages to {@code html}. */
    public DocumentReader(ArticleReader html) {
        this.html = html;
    }

    @Override
    public Article read(RawDocument doc) throws BadInputException {
        return switch (kind(doc)) {
            case "json" -> record.read(doc);
            case "html" -> html.read(doc);
            default -> text.read(doc);
        };
    }

    /** "text", "json" or "html". */
    static String kind(RawDocument doc) {
        String ext = doc.extension();
        switch (ext) {
            case "txt", "text", "md":
                return "text";
            case "json":
                return "json";
            case "html", "htm", "xhtml", "shtml":
                return "html";
            default:
                break;
        }
        String type = doc.contentType() == null ? "" : doc.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return "html";
        }
        if (type.contains("json")) {
            return "json";
        }
        return sniff(doc.bytes());
    }

    private static String sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        if (head.startsWith("{")) {
            return "json";
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || head.contains("<head")) {
            return "html";
        }
        return "text";
    }
}
