/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store opened read-only reads what its last writer left (tables and index), refuses writes, and refuses a store
 * whose derived tables are of an older version until a writer has brought them up to date.
 */
class ReadOnlyStoreTest {
    @TempDir
    Path dir;

    @Test
    void readsWhatTheWriterLeftAndRefusesToWrite() throws Exception {
        try (Store rw = Store.open(dir)) {
            rw.write(ClusteringStoreTest.pending());
        }
        try (Store a = Store.openReadOnly(dir); Store b = Store.openReadOnly(dir); StoreSearch s = a.search()) {
            assertTrue(a.readOnly());
            assertEquals(5, a.counts().articles());
            assertEquals(b.counts().clusters(), a.counts().clusters());
            assertFalse(s.search(SearchRequest.of("Putin"), "[", "]").isEmpty(), "the index's last commit is read");
            StoreException e = assertThrows(StoreException.class, () -> a.write(List.of()));
            assertTrue(e.getMessage().contains("reading only"), e.getMessage());
        }
    }

    @Test
    void derivedTablesOfAnOlderVersionWaitForAWriter() throws Exception {
        try (Store rw = Store.open(dir)) {
            rw.write(ClusteringStoreTest.pending());
            rw.refreshDerived();
            try (Statement st = rw.connection().createStatement()) {
                st.execute("UPDATE meta SET value = '1' WHERE key = 'derived_version'");
            }
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.openReadOnly(dir));
        assertFalse(e.inUse());
        assertTrue(e.getMessage().contains("older Newsgraph"), e.getMessage());
        try (Store rw = Store.openExisting(dir)) {
            rw.refreshDerived(); // the writer recreates and recomputes them
        }
        try (Store ro = Store.openReadOnly(dir)) {
            assertFalse(ro.derivedStale());
            assertTrue(ro.counts().clusters() > 0);
        }
    }
}
