/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher against a loopback site: conditional GET, feed health, state across restarts, SIGTERM. */
class WatcherIT {
    @TempDir
    Path store;
    private TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** An RSS feed whose items are dated {@code step} apart, the newest at {@code newest}. */
    private String feed(String title, List<String> paths, Instant newest, Duration step) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>").append(site.base()).append("</link><description>d")
                .append("</description>");
        for (int i = 0; i < paths.size(); i++) {
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    newest.minus(step.multipliedBy(i)).atZone(ZoneOffset.UTC));
            b.append("<item><title>").append(paths.get(i)).append("</title><link>").append(site.url(paths.get(i)))
                    .append("</link><pubDate>").append(date).append("</pubDate></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private List<String> pages(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String p = "/" + prefix + "/" + i + ".html";
            site.put(p, "text/html", WarcSourceTest.page(prefix + " " + i));
            out.add(p);
        }
        return out;
    }

    private Watcher watcher(List<FeedRef> feeds, RecordingSink sink, Duration hostDelay) {
        return new Watcher(CollectorIT.TEST.toBuilder().hostDelay(hostDelay).build(), feeds, store, sink);
    }

    @Test
    void conditionalGetHealthAndRestart() throws Exception {
        Instant now = Instant.now();
        List<String> live = pages("live", 5);
        site.put("/live.xml", "application/rss+xml", feed("Live", live, now.minusSeconds(600), Duration.ofHours(1)));
        site.put("/quiet.xml", "application/rss+xml", feed("Quiet", pages("quiet", 4), now.minus(Duration.ofDays(10)),
                Duration.ofHours(2)));
        site.put("/broken.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss><channel><title>Broken");
        List<FeedRef> feeds = List.of(new FeedRef(site.url("/live.xml"), null), new FeedRef(site.url("/quiet.xml"),
                null), new FeedRef(site.url("/broken.xml"), "Broken list title"));
        RecordingSink sink = new RecordingSink();
        Watcher w = watcher(feeds, sink, Duration.ofMillis(5));
        RoundReport first = w.runRound();
        assertEquals(9, first.documents(), first.summary());
        assertEquals(9, sink.stored());

        RoundReport second = w.runRound();
        assertEquals(0, second.documents(), second.summary());
        assertEquals(2, second.notModified(), "the two good feeds answer 304");
        assertEquals(1, site.hits("/live.xml").stream().filter(h -> h.status() == 304 && h.ifNoneMatch() != null)
                .count(), "the second poll is conditional and gets no body");
        assertEquals(1, site.hits("/live/0.html").size(), "pages are never fetched twice");

        List<FeedHealth> health = w.health();
        assertEquals(FeedHealth.Status.OK, health.get(0).status());
        assertEquals(FeedHealth.Status.SILENT, health.get(1).status());
        assertTrue(health.get(1).reason().startsWith("no new item for 10 d"), health.get(1).reason());
        assertEquals(FeedHealth.Status.ERROR, health.get(2).status());
        assertEquals(2, health.get(2).errors());
        assertTrue(health.get(2).lastError().startsWith(site.url("/broken.xml") + ": malformed feed"),
                health.get(2).lastError());
        w.close();

        // a restart: nothing fetched again, only the new item
        List<String> more = new ArrayList<>(live);
        more.add(0, pages("late", 1).get(0));
        site.put("/live.xml", "application/rss+xml", feed("Live", more, now, Duration.ofHours(1)));
        int pageHits = site.hits().size();
        RecordingSink after = new RecordingSink();
        Watcher again = watcher(feeds, after, Duration.ofMillis(5));
        RoundReport third = again.runRound();
        again.close();
        assertEquals(1, third.documents(), third.summary());
        assertNotNull(after.byUrl(site.url("/late/0.html")));
        List<String> fetched = site.hits().subList(pageHits, site.hits().size()).stream()
                .map(TestSite.Hit::path).filter(p -> p.endsWith(".html")).toList();
        assertEquals(List.of("/late/0.html"), fetched);

        StringWriter table = new StringWriter();
        HealthTable.print(HealthTable.of(StateFile.read(store).orElseThrow(), Instant.now(), SourceSettings.defaults()),
                Instant.now(), new PrintWriter(table));
        assertTrue(table.toString().endsWith("3 feeds, 1 failing, 1 silent, 1 ok\n"), table.toString());
    }

    @Test
    void stoppingMidRoundSavesPendingPagesAndARestartFinishesThem() throws Exception {
        List<String> slow = pages("slow", 8);
        site.put("/slow.xml", "application/rss+xml", feed("Slow", slow, Instant.now(), Duration.ofHours(1)));
        List<FeedRef> feeds = List.of(new FeedRef(site.url("/slow.xml"), null));
        RecordingSink sink = new RecordingSink();
        Watcher w = watcher(feeds, sink, Duration.ofMillis(150));
        Thread t = new Thread(() -> {
            try {
                w.run(Duration.ofHours(1), r -> { });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "watcher-under-test");
        t.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sink.stored() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        w.stop();
        assertTrue(w.awaitStopped(Duration.ofSeconds(20)));
        int handedBefore = sink.stored();
        assertTrue(handedBefore >= 2 && handedBefore < 8, "stopped mid-round after " + handedBefore);
        WatchState saved = StateFile.read(store).orElseThrow();
        assertEquals(8 - handedBefore, saved.pending().size(), "every page not handed on is pending");

        Watcher again = watcher(feeds, sink, Duration.ofMillis(5));
        RoundReport r = again.runRound();
        again.close();
        assertEquals(8 - handedBefore, r.documents(), r.summary());
        assertEquals(8, sink.stored());
        assertEquals(0, sink.repeats());
        for (String p : slow) {
            assertEquals(1, site.hits(p).size(), p + " fetched once");
        }
    }

    @Test
    void sigtermLetsTheWatcherSaveItsStateAndExit() throws Exception {
        List<String> paths = pages("term", 10);
        site.put("/term.xml", "application/rss+xml", feed("Term", paths, Instant.now(), Duration.ofHours(1)));
        Path list = store.resolve("feeds.txt");
        Files.writeString(list, site.url("/term.xml") + "\n", StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                WatchMain.class.getName(), store.toString(), list.toString(), "200")
                .redirectErrorStream(true).redirectOutput(store.resolve("watch.log").toFile()).start();
        Path handed = store.resolve("handed.txt");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((!Files.exists(handed) || Files.readAllLines(handed).size() < 2) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the watcher exits after SIGTERM");
        List<String> first = Files.readAllLines(handed);
        WatchState saved = StateFile.read(store).orElseThrow();
        assertTrue(!first.isEmpty() && first.size() < 10, "terminated mid-round after " + first.size());
        assertEquals(10 - first.size(), saved.pending().size(), Files.readString(store.resolve("watch.log")));

        RecordingSink sink = new RecordingSink();
        Watcher again = watcher(StateFile.read(store).orElseThrow().feeds().stream()
                .map(f -> new FeedRef(f.url(), null)).toList(), sink, Duration.ofMillis(5));
        again.runRound();
        again.close();
        Set<String> all = new HashSet<>(first);
        sink.handed().forEach(h -> all.add(h.doc().url()));
        assertEquals(10, all.size());
        assertEquals(10, first.size() + sink.handed().size(), "no page handed on twice across the restart");
    }
}
