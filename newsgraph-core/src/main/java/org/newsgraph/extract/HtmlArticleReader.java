/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.RawDocument;

/**
 * Reads a web page into an article: decodes it ({@link HtmlDecoder}), drops scripts and over-deep markup
 * ({@link HtmlPrescan}), parses it with jsoup, reads metadata and the publication date, removes furniture
 * ({@link DomCleaner}), finds the body ({@link ContentFinder}) and lays it out ({@link BodyAssembler}). The stage that
 * produced the body is recorded as {@code html:selector}, {@code html:article}, {@code html:density},
 * {@code html:page}, {@code html:json-ld} or {@code html:description} (a page without body text whose summary is
 * all its prose). Pages beyond the {@link ExtractionLimits} give a best-effort result
 * with warnings; an empty, binary or textless page fails with a {@link BadInputException}. Thread-safe.
 */
public final class HtmlArticleReader implements ArticleReader {
    static final String METHOD_PREFIX = "html:";
    /** The JSON-LD articleBody replaces markup text this many times shorter (the page shows a fragment only). */
    private static final int JSON_LD_RATIO = 2;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();
    private final ExtractionLimits limits;

    public HtmlArticleReader() {
        this(ExtractionLimits.DEFAULT);
    }

    public HtmlArticleReader(ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits);
    }

    @Override
    public Article read(RawDocument doc) throws BadInputException {
        long deadline = now() + limits.timeBudget().toNanos();
        byte[] bytes = doc.bytes();
        if (bytes.length == 0) {
            throw new BadInputException(doc.name(), "empty document");
        }
        if (TextDecoding.looksBinary(bytes)) {
            throw new BadInputException(doc.name(), "binary content, not a web page");
        }
        List<String> warnings = new ArrayList<>();
        if (bytes.length > limits.maxBytes()) {
            bytes = java.util.Arrays.copyOf(bytes, limits.maxBytes());
            warnings.add("truncated-input");
        }
        String contentType = doc.contentType() != null ? doc.contentType() : doc.headers().get("content-type");
        HtmlPrescan.Result pre = prescanned(doc, bytes, contentType, warnings);
        if (pre.depthLimited()) {
            warnings.add("depth-limited");
        }
        String markup = pre.markup();
        if (markup.length() > limits.maxMarkup()) {
            int cut = markup.lastIndexOf('<', limits.maxMarkup());
            markup = markup.substring(0, cut > 0 ? cut : limits.maxMarkup());
            if (!warnings.contains("truncated-input")) {
                warnings.add("truncated-input");
            }
        }
        Parser parser = Parser.htmlParser();
        parser.setMaxDepth(limits.maxDepth() * 2);
        String baseUri = doc.url() == null ? "" : doc.url();
        String parsed = markup;
        Document page = parser.parseInput(parsed, baseUri);
        return extract(doc, page, () -> parser.parseInput(parsed, baseUri), pre.jsonLd(), warnings, deadline);
    }

    /**
     * Decodes and prescans the page. Where tags are ASCII in the page's charset, scripts, styles and comments are
     * dropped from the bytes read as Latin-1 (one byte, one char) before decoding, so that only the rest is decoded:
     * about a third of a typical page.
     */
    private HtmlPrescan.Result prescanned(RawDocument doc, byte[] bytes, String contentType, List<String> warnings)
            throws BadInputException {
        if (!HtmlDecoder.asciiCompatible(bytes, contentType)) {
            HtmlDecoder.Decoded decoded = decoded(doc, bytes, contentType, warnings, true);
            return HtmlPrescan.scan(decoded.text(), limits.maxDepth());
        }
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        if (latin.isBlank()) {
            throw new BadInputException(doc.name(), "empty document (only whitespace)");
        }
        HtmlPrescan.Result raw = HtmlPrescan.scan(latin, limits.maxDepth());
        // a page of scripts only decodes to nothing here and fails later for having no text
        HtmlDecoder.Decoded decoded = decoded(doc, raw.markup().getBytes(StandardCharsets.ISO_8859_1), contentType,
                warnings, false);
        List<String> jsonLd = new ArrayList<>();
        for (String s : raw.jsonLd()) {
            jsonLd.add(new String(s.getBytes(StandardCharsets.ISO_8859_1), decoded.charset()));
        }
        return new HtmlPrescan.Result(decoded.text(), jsonLd, raw.depthLimited());
    }

    private static HtmlDecoder.Decoded decoded(RawDocument doc, byte[] bytes, String contentType,
            List<String> warnings, boolean requireText) throws BadInputException {
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, contentType);
        if (decoded.invalidBytes() > 0) {
            warnings.add("invalid-bytes");
        }
        if (decoded.source().equals("mislabelled")) {
            warnings.add("charset-mislabelled");
        }
        if (requireText && decoded.text().isBlank()) {
            throw new BadInputException(doc.name(), "empty document (only whitespace)");
        }
        return decoded;
    }

    private Article extract(RawDocument doc, Document page, Supplier<Document> reparse, List<String> jsonLd,
            List<String> warnings, long deadline) throws BadInputException {
        MetaTags meta = MetaTags.of(page);
        JsonLd ld = JsonLd.parse(jsonLd);
        PageMetadata pm = MetadataExtractor.read(page, meta, ld);
        ClassVerdicts verdicts = new ClassVerdicts();
        DeclaredDates declared = DeclaredDates.of(ld, meta, doc.url(), page);
        DateExtractor.Found date = DateExtractor.published(declared, page, verdicts);
        Element body = page.body();
        BodyAssembler.Body text = null;
        String stage = "page";
        if (body != null) {
            BodyCascade.Result r = BodyCascade.run(body, () -> reparse.get().body(), pm, verdicts,
                    HtmlArticleReader::now, deadline, warnings);
            text = r.text();
            stage = r.stage();
        }
        if (pm.articleBody() != null && pm.articleBody().length() >= ContentFinder.MIN_CHARS
                && (text == null || text.chars() * JSON_LD_RATIO < pm.articleBody().length())) {
            text = fromJsonLd(pm.articleBody());
            stage = "json-ld";
        }
        if ((text == null || text.isEmpty()) && pm.description() != null && !pm.description().isBlank()) {
            // a video or gallery page whose only prose is its summary: that summary is its text
            text = new BodyAssembler.Body(pm.description().strip().replaceAll("\\s+", " "), List.of());
            stage = "description";
        }
        if (text == null || text.isEmpty()) {
            if (pm.title() == null) {
                throw new BadInputException(doc.name(), "the page has no text");
            }
            warnings.add("no-body-text");
            text = new BodyAssembler.Body(null, List.of());
        }
        Article.Builder b = Article.builder()
                .url(doc.url())
                .canonicalUrl(pm.canonicalUrl())
                .outlet(pm.outlet())
                .language(checkedLanguage(pm.language(), text, warnings))
                .published(date.day(), date.method())
                .modified(declared.modified() == null ? null : declared.modified().day())
                .kicker(pm.kicker())
                .title(pm.title())
                .lead(text.lead())
                .body(text.paragraphs())
                .authors(pm.authors())
                .paywalled(pm.paywalled())
                .extraction(METHOD_PREFIX + stage);
        warnings.forEach(b::warning);
        return b.build();
    }

    /**
     * The clock of the time budget: this thread's CPU time where the JVM measures it, so that a page is not cut short
     * because other work shares the machine; the wall clock otherwise.
     */
    private static long now() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static BodyAssembler.Body fromJsonLd(String articleBody) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : PlainTextReader.blocks(org.jsoup.parser.Parser.unescapeEntities(articleBody, false))) {
            paragraphs.add(Paragraph.of(block));
        }
        String lead = paragraphs.size() > 1 ? paragraphs.remove(0).text() : null;
        return new BodyAssembler.Body(lead, paragraphs);
    }

    /** The declared language unless the text clearly says otherwise; the text's guess when none is declared. */
    private static String checkedLanguage(String declared, BodyAssembler.Body text, List<String> warnings) {
        StringBuilder sb = new StringBuilder();
        if (text.lead() != null) {
            sb.append(text.lead()).append(' ');
        }
        for (Paragraph p : text.paragraphs()) {
            if (sb.length() > 4000) {
                break;
            }
            sb.append(p.text()).append(' ');
        }
        String guessed = LanguageGuess.guess(sb.toString());
        if (declared == null) {
            return guessed;
        }
        if (guessed != null && !guessed.equals(declared)) {
            warnings.add("language-mismatch:" + declared);
            return guessed;
        }
        return declared;
    }
}
