/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.RawDocument;

/** Pages built to hurt: each gives a clear outcome (a flagged result or a clear error) within the time budget. */
class HostilePagesTest {
    private static final ExtractionLimits LIMITS = ExtractionLimits.DEFAULT;
    private static final Duration BUDGET = LIMITS.timeBudget();
    private final HtmlArticleReader reader = new HtmlArticleReader(LIMITS);
    private static final String PARAGRAPH = "<p>Ordinary sentences of a long report keep coming, one after the "
            + "other, as if the page would never end at all.</p>\n";

    /**
     * Reads within the budget: the reading thread's CPU time stays inside it (the budget counts CPU time, so a busy
     * machine does not cut pages short), and a wall-clock guard of four budgets catches a hang.
     */
    private static Article withinBudget(ThrowingSupplier<Article> read) {
        return assertTimeoutPreemptively(BUDGET.multipliedBy(4), () -> {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            try {
                return read.get();
            } finally {
                long spent = threads.getCurrentThreadCpuTime() - start;
                assertTrue(spent <= BUDGET.toNanos(), "CPU time " + spent / 1_000_000 + " ms, budget " + BUDGET);
            }
        });
    }

    /** The budget is per page, not for loading classes and compiling code: read some long ordinary pages first. */
    @BeforeAll
    static void warmUp() throws Exception {
        HtmlArticleReader r = new HtmlArticleReader();
        byte[] page = ("<html><body><article><h1>Warm-up</h1>" + PARAGRAPH.repeat(3000) + "<div><div><div>x</div>"
                + "</div></div></article></body></html>").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 15; i++) {
            r.read(doc("warm-up.html", page));
        }
    }

    private static RawDocument doc(String name, byte[] bytes) {
        return RawDocument.ofFile(name, bytes);
    }

    @Test
    void fiftyMegabytePageIsCutAndFlagged() {
        StringBuilder sb = new StringBuilder(52 << 20).append("<html><body><article><h1>A very long page</h1>");
        while (sb.length() < 50 << 20) {
            sb.append(PARAGRAPH);
        }
        byte[] bytes = sb.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        Article a = withinBudget(() -> reader.read(doc("huge.html", bytes)));
        assertTrue(a.warnings().contains("truncated-input"), a.warnings().toString());
        assertTrue(a.body().size() > 1000, "paragraphs: " + a.body().size());
    }

    @Test
    void hundredThousandNestedDivsAreFlattenedAndFlagged() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep inside the nesting there is still a "
                + "sentence worth reading, and it should survive the depth limit.</p>" + "</div>".repeat(100_000)
                + "</body></html>";
        Article a = withinBudget(() -> reader.read(doc("deep.html",
                html.getBytes(StandardCharsets.UTF_8))));
        assertTrue(a.warnings().contains("depth-limited"), a.warnings().toString());
        assertTrue(ArticleText.of(a).text().contains("Deep inside the nesting"));
    }

    @Test
    void invalidBytesAreReplacedAndFlagged() {
        String umlauts = "<p>Grüße aus Köln, Düsseldorf und Würzburg: Bürger äußern Unmut über höhere Gebühren.</p>";
        byte[] page = ("<html><head><meta charset=\"utf-8\"><title>Broken bytes</title></head><body><article>"
                + (umlauts + PARAGRAPH).repeat(5) + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        page[page.length - 40] = (byte) 0xFF;
        page[page.length - 400] = (byte) 0xC3; // a lead byte without its continuation
        Article a = withinBudget(() -> reader.read(doc("broken.html", page)));
        assertTrue(a.warnings().contains("invalid-bytes"), a.warnings().toString());
        String text = ArticleText.of(a).text();
        assertTrue(text.contains("Grüße aus Köln") && text.contains("Ordinary sentences"));
    }

    @Test
    void strayLatinBytesInAPageDeclaredUtf8AreReadAsWindows1252() throws Exception {
        byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body><article><p>Grüße aus Köln, die Bürger "
                + "äußern Unmut über höhere Gebühren für die Straßenreinigung.</p>" + PARAGRAPH
                + "</article></body></html>").getBytes("windows-1252");
        Article a = withinBudget(() -> reader.read(doc("latin.html", page)));
        assertTrue(a.warnings().contains("charset-mislabelled"), a.warnings().toString());
        assertTrue(ArticleText.of(a).text().contains("Grüße aus Köln, die Bürger äußern"));
    }

    @Test
    void spentTimeBudgetGivesAFlaggedBestEffortResult() throws Exception {
        HtmlArticleReader hurried = new HtmlArticleReader(new ExtractionLimits(LIMITS.maxBytes(), LIMITS.maxMarkup(),
                LIMITS.maxDepth(), Duration.ofNanos(1)));
        byte[] page = ("<html><body><article><h1>In a hurry</h1>" + PARAGRAPH.repeat(50) + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Article a = hurried.read(doc("hurried.html", page));
        assertTrue(a.warnings().contains("time-budget-exceeded"), a.warnings().toString());
        assertTrue(ArticleText.of(a).text().contains("Ordinary sentences"));
    }

    @Test
    void emptyDocumentIsAClearError() {
        BadInputException e = assertThrows(BadInputException.class, () -> reader.read(doc("empty.html", new byte[0])));
        assertTrue(e.getMessage().contains("empty.html") && e.getMessage().contains("empty"), e.getMessage());
        assertThrows(BadInputException.class, () -> reader.read(doc("blank.html", " \n\t ".getBytes(
                StandardCharsets.UTF_8))));
    }

    @Test
    void pageWithoutTextIsAClearError() {
        byte[] html = ("<html><head><script>var x = 1;</script></head><body><div><img src=a.png></div>"
                + "<nav><a href=/>Home</a></nav></body></html>").getBytes(StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class,
                () -> withinBudget(() -> reader.read(doc("notext.html", html))));
        assertTrue(e.getMessage().contains("notext.html") && e.getMessage().contains("no text"), e.getMessage());
    }

    @Test
    void binaryContentIsAClearError() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThrows(BadInputException.class, () -> reader.read(doc("image.html", png)));
    }
}
