/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;
import org.newsgraph.query.Outlet;
import org.newsgraph.query.Stats;
import org.newsgraph.query.StoreReader;
import org.newsgraph.source.FeedHealth;
import org.newsgraph.source.HealthTable;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.source.StateFile;
import org.newsgraph.source.WatchState;
import org.newsgraph.store.Period;

/**
 * {@code /api/stats}: what the store holds; {@code /api/sources}: outlets with their articles, languages, first and
 * last day, events and claims; {@code /api/sources/coverage}: articles per outlet and period; {@code /api/feeds}: the
 * health of the feeds {@code newsgraph watch} polls ({@code <store>/sources/watch-state.json}), worst first.
 */
final class SourcesApi {
    /** A feed's health as a row. */
    record FeedRow(String url, String outlet, String status, String reason, String lastSuccess, String lastNewItem,
            String newestItem, double itemsPerDay, Long usualIntervalS, long polls, long notModified, long errors,
            long consecutiveErrors, String lastError) {}

    /** One count of the stats, for CSV. */
    record Count(String name, String value) {}

    private final StoreReader reader;
    private final Path storeDir;

    SourcesApi(StoreReader reader, Path storeDir) {
        this.reader = reader;
        this.storeDir = storeDir;
    }

    void stats(Context ctx) throws SQLException {
        Stats s = reader.stats();
        List<Count> rows = new ArrayList<>(List.of(new Count("articles", str(s.articles())),
                new Count("mentions", str(s.mentions())), new Count("actors", str(s.actors())),
                new Count("events", str(s.events())), new Count("claims", str(s.claims())),
                new Count("clusters", str(s.clusters())), new Count("outlets", str(s.outlets())),
                new Count("first", s.first()), new Count("last", s.last())));
        s.languages().forEach(l -> rows.add(new Count("articles_" + l.language(), str(l.articles()))));
        s.eventTypes().forEach(t -> rows.add(new Count("reports_" + t.type(), str(t.reports()))));
        Respond.object(ctx, "stats", s, rows, Count.class);
    }

    void outlets(Context ctx) throws SQLException {
        Respond.page(ctx, "sources", reader.outlets(Params.filters(ctx), Params.offset(ctx), Params.limit(ctx)),
                Outlet.class);
    }

    void coverage(Context ctx) throws SQLException {
        Respond.list(ctx, "coverage", reader.coverage(Params.filters(ctx), Params.period(ctx, Period.MONTH)),
                Outlet.Coverage.class);
    }

    void feeds(Context ctx) throws InputIoException, BadInputException {
        Optional<WatchState> state = StateFile.read(storeDir);
        List<FeedRow> rows = new ArrayList<>();
        if (state.isPresent()) {
            List<FeedHealth> health = new ArrayList<>(HealthTable.of(state.get(), Instant.now(),
                    SourceSettings.defaults()));
            health.sort(Comparator.comparing(FeedHealth::status).thenComparing(FeedHealth::url));
            for (FeedHealth h : health) {
                rows.add(new FeedRow(h.url(), h.outlet(), h.status().wireName(), h.reason(), str(h.lastSuccess()),
                        str(h.lastNewItem()), str(h.newestItem()), Math.round(h.itemsPerDay() * 10) / 10.0,
                        h.usualInterval() == null ? null : h.usualInterval().toSeconds(), h.polls(), h.notModified(),
                        h.errors(), h.consecutiveErrors(), h.lastError()));
            }
        }
        Respond.list(ctx, "feeds", rows, FeedRow.class);
    }

    private static String str(Object v) {
        return v == null ? null : v.toString();
    }
}
