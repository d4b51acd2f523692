/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PagesTest {
    @Test
    void aPageIsTheLayoutAroundItsMain() {
        String html = Pages.page("<title>{{title}}</title>{{vendor}}<script src=\"/assets/js/{{page}}.js\"></script>"
                + "<body data-page=\"{{page}}\">{{main}}</body>", "dyad",
                "<!-- title: Dyad; vendor: echarts -->\n<main><div id=\"x\"></div></main>\n");
        assertEquals("<title>Dyad</title><script src=\"/vendor/echarts.min.js\" defer></script>\n"
                + "<script src=\"/assets/js/dyad.js\"></script><body data-page=\"dyad\"><main><div id=\"x\"></div></main>"
                + "</body>", html);
    }

    @Test
    void everyRoutedPageBuildsWithItsOwnScriptAndNoPlaceholderLeft() {
        String layout = Pages.read("web/layout.html");
        for (String name : Set.copyOf(Pages.ROUTES.values())) {
            String html = Pages.page(layout, name, Pages.read("web/pages/" + name + ".html"));
            assertTrue(html.contains("<script src=\"/assets/js/" + name + ".js\" defer></script>"), name);
            assertTrue(html.contains("<main>") && html.contains("</main>\n</body>"), name);
            assertFalse(html.contains("{{"), name);
        }
    }

    @Test
    void aPageWithoutItsHeaderLineIsRefused() {
        assertThrows(IllegalStateException.class, () -> Pages.page("{{main}}", "x", "<main></main>"));
    }
}
