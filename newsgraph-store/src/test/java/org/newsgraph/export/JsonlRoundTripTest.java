/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleRecordReader;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.RawDocument;

/** The JSONL export's article records read back as the same articles: same ids, same analysed text. */
class JsonlRoundTripTest {
    @Test
    void exportedArticlesReadBackWithTheirIdsAndText() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(ExportGoldenTest.GOLDEN.resolve("meeting.jsonl"), StandardCharsets.UTF_8);
        int articles = 0;
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            if (!"article".equals(n.get("record").asText())) {
                continue;
            }
            Article a = new ArticleRecordReader().read(RawDocument.ofFile("line", line.getBytes(StandardCharsets.UTF_8)));
            assertEquals(n.get("id").asText(), a.id());
            assertEquals(n.get("text").asText(), ArticleText.of(a).text());
            articles++;
        }
        assertEquals(5, articles);
    }
}
