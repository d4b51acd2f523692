/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Analysis;

class ClusteringStoreTest {
    @TempDir
    Path dir;

    static List<PendingArticle> pending() {
        List<PendingArticle> out = new ArrayList<>();
        for (Analysis a : MeetingFixture.analyses()) {
            out.add(new PendingArticle(a, a.article().url()));
        }
        return out;
    }

    @Test
    void oneMeetingAcrossOutletsAndLanguagesIsOneClusterWithThreeIndependentSources() throws Exception {
        try (Store store = Store.open(dir)) {
            assertEquals(5, store.write(pending()));
            store.refreshDerived();
            List<String> rows = new ArrayList<>();
            try (Statement st = store.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT type, time, reports, articles, outlets, "
                            + "independent_sources, languages, source_country, target_country FROM clusters "
                            + "ORDER BY time_start, type")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " reports=" + rs.getInt(3) + " articles="
                            + rs.getInt(4) + " outlets=" + rs.getInt(5) + " independent=" + rs.getInt(6) + " "
                            + rs.getString(7) + " " + rs.getString(8) + "-" + rs.getString(9));
                }
            }
            assertEquals(List.of(
                    "CONSULT 2019-04-25 reports=1 articles=1 outlets=1 independent=1 [\"en\"] PRK-RUS",
                    "REQUEST 2019-04-25 reports=1 articles=1 outlets=1 independent=1 [\"en\"] RUS-null",
                    "CONSULT 2023-09-13 reports=4 articles=4 outlets=4 independent=3 [\"de\",\"en\"] PRK-RUS"), rows);
            assertEquals(1, store.counts().syndicatedGroups());
        }
    }

    @Test
    void theSameArticlesTwiceAreStoredOnceAndTheDerivedTablesStayTheSame() throws Exception {
        try (Store store = Store.open(dir)) {
            store.write(pending());
            store.refreshDerived();
        }
        StoreCounts first;
        try (Store store = Store.open(dir)) {
            first = store.counts();
            assertEquals(0, store.write(pending()));
            assertTrue(!store.derivedStale());
            assertEquals(first, store.counts());
        }
        assertEquals(5, first.articles());
        assertEquals(6, first.events());
        assertEquals(3, first.claims());
    }
}
