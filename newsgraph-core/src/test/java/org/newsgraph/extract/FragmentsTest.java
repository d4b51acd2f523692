/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Fragment sets answer as the regular expression they are written as would. */
class FragmentsTest {
    private static final String ALTERNATION = "comment|^nav$|^nav[_-]|[_-]nav$|[_-]nav[_-]|^ads?$|[_-]ads?$|tag-?list";

    @Test
    void anchorsSeparatorsAndOptionalCharacters() {
        Fragments f = new Fragments(ALTERNATION);
        for (String yes : new String[] {"comments", "nav", "nav-main", "site_nav", "top-nav-bar", "ad", "ads",
            "top-ads", "taglist", "tag-list"}) {
            assertTrue(f.foundIn(yes), yes);
        }
        for (String no : new String[] {"navigation-x", "canvas", "unavailable", "ads-top", "headline", "tagslist"}) {
            assertFalse(f.foundIn(no), no);
        }
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomNames() {
        Fragments f = new Fragments(ALTERNATION);
        Pattern p = Pattern.compile(ALTERNATION);
        java.util.Random random = new java.util.Random(7);
        String[] parts = {"nav", "ad", "ads", "comment", "tag", "list", "-", "_", "x", "main", "s"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            String name = sb.toString();
            org.junit.jupiter.api.Assertions.assertEquals(p.matcher(name).find(), f.foundIn(name), name);
        }
    }

    @Test
    void kindsAreFoundInOnePass() {
        Fragments f = new Fragments("comment|share", "^nav$|menu", "body");
        org.junit.jupiter.api.Assertions.assertEquals(0b101, f.kindsIn("comment-body"));
        org.junit.jupiter.api.Assertions.assertEquals(0b010, f.kindsIn("nav"));
        org.junit.jupiter.api.Assertions.assertEquals(0, f.kindsIn("navigation"));
        assertTrue(f.foundIn("mainmenu"));
    }

    @Test
    void otherSyntaxIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Fragments("foo.*bar"));
        assertThrows(IllegalArgumentException.class, () -> new Fragments("a?"));
    }
}
