/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationsTest {
    @TempDir
    Path dir;

    @Test
    void dyadTimelineAndPartnersCountEventsNotReports() throws Exception {
        try (Store store = Store.open(dir)) {
            store.write(ClusteringStoreTest.pending());
            store.refreshDerived();
            Relations rel = new Relations(store);
            List<PeriodRelations> dyad = rel.dyad("person:kim-jong-un", "person:vladimir-putin", Period.MONTH, true);
            assertEquals(List.of(
                    new PeriodRelations("2019-04", 1, 1, Map.of("CONSULT", 1L), 1.0, 1),
                    new PeriodRelations("2023-09", 1, 4, Map.of("CONSULT", 1L), 1.0, 4)), dyad);
            List<PeriodRelations> countries = rel.dyad("PRK", "RUS", Period.WEEK, false);
            assertEquals(List.of("2019-W17", "2023-W37"), countries.stream().map(PeriodRelations::period).toList());
            List<PeriodRelations> putin = rel.timeline("person:vladimir-putin", Period.DAY);
            assertEquals(Map.of("CONSULT", 1L, "REQUEST", 1L), putin.get(0).byType());
            assertEquals(2.0, putin.get(0).score(), 1e-9);
            List<Partner> partners = rel.partners("person:kim-jong-un", 5);
            assertEquals(new Partner("person:vladimir-putin", "Wladimir Putin", 2, 1.0, 5), partners.get(0));
            assertEquals(new Partner("country:RUS", "Russland", 0, 0.0, 5), partners.get(1));
        }
    }
}
