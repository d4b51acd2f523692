/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.error.BadInputException;

class StoreSearchTest {
    @TempDir
    Path dir;

    private List<SearchHit> search(Store store, SearchRequest r) throws Exception {
        try (StoreSearch s = store.search()) {
            return s.search(r, "[", "]");
        }
    }

    @Test
    void findsInflectedFormsInBothLanguagesWithHighlightsAndFilters() throws Exception {
        try (Store store = Store.open(dir)) {
            store.write(ClusteringStoreTest.pending());
            List<SearchHit> meet = search(store, SearchRequest.of("meeting"));
            assertEquals(List.of("Kim and Putin hold first summit in Vladivostok", "Kim and Putin meet at Russian "
                    + "spaceport"), meet.stream().map(SearchHit::title).sorted().toList());
            assertTrue(meet.stream().allMatch(h -> h.snippet().contains("[meet")), meet.toString());
            List<SearchHit> treffen = search(store, SearchRequest.of("Treffen"));
            assertEquals(3, treffen.size(), treffen.toString());
            SearchRequest filtered = new SearchRequest("Treffen", null, "alpenpost", "de", null, null, false, 10);
            assertEquals(List.of("Alpenpost"), search(store, filtered).stream().map(SearchHit::outlet).toList());
            SearchRequest old = new SearchRequest("Putin", "person:kim-jong-un", null, null, LocalDate.of(2019, 1, 1),
                    LocalDate.of(2019, 12, 31), false, 10);
            assertEquals(1, search(store, old).size());
            SearchRequest sentences = new SearchRequest("Getreide", null, null, null, null, null, true, 10);
            List<SearchHit> s = search(store, sentences);
            assertEquals(3, s.size());
            assertTrue(s.stream().allMatch(h -> h.sentence() >= 0 && h.snippet().contains("[Getreide]")
                    && h.title() != null), s.toString());
        }
    }

    @Test
    void hitsComeInTheSameOrderWhateverOrderTheArticlesWereIndexedIn() throws Exception {
        List<PendingArticle> articles = ClusteringStoreTest.pending();
        List<PendingArticle> reversed = new java.util.ArrayList<>(articles);
        java.util.Collections.reverse(reversed);
        for (String q : List.of("Putin", "Treffen", "Kim")) {
            for (boolean sentences : List.of(false, true)) {
                SearchRequest r = new SearchRequest(q, null, null, null, null, null, sentences, 50);
                List<String> forward;
                try (Store store = Store.open(dir.resolve("forward"))) {
                    store.write(articles);
                    forward = search(store, r).stream().map(h -> h.articleId() + "#" + h.sentence()).toList();
                }
                try (Store store = Store.open(dir.resolve("reversed"))) {
                    store.write(reversed);
                    assertEquals(forward, search(store, r).stream().map(h -> h.articleId() + "#" + h.sentence())
                            .toList(), q);
                }
                assertTrue(!forward.isEmpty(), q);
            }
        }
    }

    @Test
    void badQuerySyntaxIsBadInput() throws Exception {
        try (Store store = Store.open(dir)) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> search(store, SearchRequest.of("Putin AND (")));
            assertTrue(e.getMessage().startsWith("query \"Putin AND (\": not valid search syntax"), e.getMessage());
        }
    }

    @Test
    void aLostIndexIsRebuiltFromTheTablesAtOpen() throws Exception {
        List<String> before;
        try (Store store = Store.open(dir)) {
            store.write(ClusteringStoreTest.pending());
            before = search(store, SearchRequest.of("Putin")).stream().map(SearchHit::articleId).sorted().toList();
        }
        try (Stream<Path> files = Files.walk(dir.resolve(Store.INDEX_DIR))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Store store = Store.open(dir)) {
            assertEquals(before, search(store, SearchRequest.of("Putin")).stream().map(SearchHit::articleId).sorted()
                    .toList());
            assertEquals(5, before.size());
        }
    }

    @Test
    void aDamagedIndexIsSetAsideAndRebuilt() throws Exception {
        try (Store store = Store.open(dir)) {
            store.write(ClusteringStoreTest.pending());
        }
        try (Stream<Path> files = Files.list(dir.resolve(Store.INDEX_DIR))) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                byte[] b = Files.readAllBytes(p);
                b[b.length / 2] ^= 0x5a;
                Files.write(p, b);
            }
        }
        try (Store store = Store.open(dir)) {
            assertEquals(5, search(store, SearchRequest.of("Putin")).size());
        }
    }

    @Test
    void aFolderWithoutAStoreIsAClearError() {
        StoreException e = assertThrows(StoreException.class, () -> Store.openExisting(dir));
        assertTrue(e.getMessage().contains("not a Newsgraph store"), e.getMessage());
    }

    @Test
    void aDamagedDatabaseIsAClearError() throws Exception {
        Files.writeString(dir.resolve(Store.DB_FILE), "this is not a database");
        StoreException e = assertThrows(StoreException.class, () -> Store.openExisting(dir));
        assertTrue(e.getMessage().startsWith(dir + ": cannot open the store's tables"), e.getMessage());
    }
}
