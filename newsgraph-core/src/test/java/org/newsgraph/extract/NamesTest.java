/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Name splitting and the taxonomy test answer as the regular expressions they replace would. */
class NamesTest {
    private static final Pattern TAXONOMY = Pattern.compile(
            "^(?:tags?|category|categories|cat|postid|post-?\\d+|type|status|format|has|is|with|no|lang|term|"
            + "taxonomy|topic|parent-pageid|page-id|page-template|single-format|hentry)(?:[-_].*)?$");

    @Test
    void tokensAreTheWhitespaceSeparatedParts() {
        assertEquals(List.of("a", "b-c", "d"), Names.tokens("  a\tb-c \n d "));
        assertEquals(List.of(), Names.tokens(" \t "));
        assertEquals(List.of("og:title"), Names.tokens("og:title"));
    }

    @Test
    void taxonomyAgreesWithTheRegularExpression() {
        for (String t : new String[] {"tag", "tags-news", "category-sport", "cat_x", "post-1234", "post42", "post-",
            "post-12a", "postid-5", "has-sidebar", "is", "island", "hentry", "type-post", "typed", "no-js", "note",
            "page-id-12", "page-template-default", "comments", "article-body"}) {
            assertEquals(TAXONOMY.matcher(t).matches(), Names.isTaxonomy(t), t);
        }
        Random random = new Random(11);
        String[] parts = {"post", "tag", "s", "-", "_", "1", "42", "has", "is", "cat", "egory", "x", "id"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            String t = sb.toString();
            assertEquals(TAXONOMY.matcher(t).matches(), Names.isTaxonomy(t), t);
        }
    }
}
