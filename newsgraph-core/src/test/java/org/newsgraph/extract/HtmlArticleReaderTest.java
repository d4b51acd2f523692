/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.RawDocument;

class HtmlArticleReaderTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    static Path sample(String name) {
        for (Path p : List.of(Path.of("../samples/html", name), Path.of("samples/html", name))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("sample page not found: " + name);
    }

    @Test
    void projectSamplePageGivesTheArticleAndNothingElse() throws Exception {
        Path page = sample("en-high-seas-treaty-2023.html");
        Article a = reader.read(RawDocument.ofFile(page.toString(), Files.readAllBytes(page)));
        assertEquals("UN members agree on a treaty to protect the high seas", a.title());
        assertEquals("Ocean protection", a.kicker());
        assertTrue(a.lead().startsWith("After almost two decades of talks"), a.lead());
        assertEquals(LocalDate.of(2023, 3, 5), a.published());
        assertEquals(DateMethod.JSON_LD, a.dateMethod());
        assertEquals(LocalDate.of(2023, 3, 5), a.modified());
        assertEquals(List.of("Mara Lindqvist", "Tomás Ferreira"), a.authors());
        assertEquals("Newsgraph sample", a.outlet());
        assertEquals("en", a.language());
        assertEquals("https://sample.newsgraph.invalid/world/2023/03/05/high-seas-treaty", a.canonicalUrl());
        assertFalse(a.paywalled());
        assertEquals("html:selector", a.extraction());
        List<Paragraph> headings = a.body().stream().filter(p -> p.kind() == Paragraph.Kind.HEADING).toList();
        assertEquals(List.of("What the agreement covers", "Next steps"), headings.stream().map(Paragraph::text).toList());
        assertEquals(8, a.body().size());
        String text = ArticleText.of(a).text();
        for (String furniture : List.of("cookies", "Share on", "Mehr zum Thema", "Coral reefs", "Subscribe",
                "inbox", "Das könnte", "Deep-sea", "Report an error", "Comments", "enforcement will be",
                "Most read", "All rights reserved", "Photo:", "Politics")) {
            assertFalse(text.contains(furniture), "furniture in the text: " + furniture);
        }
        assertTrue(a.body().get(a.body().size() - 1).text().startsWith("Observers cautioned"));
    }

    @Test
    void windows1252PageComesOutWithUmlauts() throws Exception {
        byte[] bytes = resource("html/de-tram-windows-1252.html");
        Article a = reader.read(RawDocument.ofFile("de-tram.html", bytes));
        assertEquals("Münchner Stadtrat beschließt Ausbau der Tram", a.title());
        assertEquals("Verkehr", a.kicker());
        assertEquals(List.of("Jörg Müller-Weiß"), a.authors());
        assertEquals(LocalDate.of(2024, 5, 14), a.published());
        assertEquals(DateMethod.META, a.dateMethod());
        assertEquals("de", a.language());
        assertTrue(a.lead().contains("großer Mehrheit für eine neue Straßenbahnlinie"), a.lead());
        String text = ArticleText.of(a).text();
        assertTrue(text.contains("Kosten höher als erwartet") && text.contains("Fördermittel"));
        for (String furniture : List.of("Cookies", "Mehr zum Thema", "Busse fahren", "teilen", "Fehler gefunden",
                "Impressum")) {
            assertFalse(text.contains(furniture), "furniture in the text: " + furniture);
        }
    }

    @Test
    void charsetFromTheHttpHeaderWhenTheMarkupDeclaresNone() throws Exception {
        String page = new String(resource("html/de-tram-windows-1252.html"), "windows-1252")
                .replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", "");
        byte[] bytes = page.getBytes("windows-1252");
        Article a = reader.read(new RawDocument("tram", bytes, "https://example.invalid/tram", "text/html; "
                + "charset=windows-1252", null, Map.of(), "http"));
        assertEquals("Münchner Stadtrat beschließt Ausbau der Tram", a.title());
        Article detected = reader.read(RawDocument.ofFile("tram.html", bytes));
        assertEquals("Münchner Stadtrat beschließt Ausbau der Tram", detected.title());
    }

    @Test
    void documentReaderSendsWebPagesHere() throws Exception {
        Path page = sample("en-high-seas-treaty-2023.html");
        Article a = new DocumentReader(reader).read(RawDocument.ofFile(page.toString(), Files.readAllBytes(page)));
        assertTrue(a.extraction().startsWith("html:"));
    }

    @Test
    void paywallDeclaredInJsonLd() throws Exception {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"isAccessibleForFree\":\"False\",\"datePublished\":\"2024-01-02\"}</script></head><body><article>"
                + "<h1>H</h1><p>" + "Only the first paragraph of this story is free to read for everyone. ".repeat(5)
                + "</p></article></body></html>";
        Article a = reader.read(RawDocument.ofFile("p.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(a.paywalled());
        assertEquals(LocalDate.of(2024, 1, 2), a.published());
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = HtmlArticleReaderTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
