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
import java.util.List;
import java.util.Optional;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;
import org.newsgraph.source.FeedHealth;
import org.newsgraph.source.HealthTable;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.source.StateFile;
import org.newsgraph.source.WatchState;
import org.newsgraph.store.Period;

/**
 * {@code /api/sources}: outlets with their articles, languages, first and last day, events and claims;
 * {@code /api/sources/coverage}: articles per outlet and period; {@code /api/feeds}: the health of the feeds
 * {@code newsgraph watch} polls ({@code <store>/sources/watch-state.json}), worst first.
 */
final class SourcesApi {
    private static final String OUTLETS = """
            SELECT coalesce(a.outlet, '(unknown)') AS outlet, count(*) AS articles,
                   string_agg(DISTINCT a.language, ',' ORDER BY a.language) AS languages,
                   min(a.published) AS first, max(a.published) AS last,
                   sum((SELECT count(*) FROM events e WHERE e.article_id = a.id)) AS events,
                   sum((SELECT count(*) FROM claims c WHERE c.article_id = a.id)) AS claims,
                   sum(CASE WHEN s.copies > 1 THEN 1 ELSE 0 END) AS syndicated
            FROM articles a LEFT JOIN syndication s ON s.article_id = a.id WHERE %s GROUP BY 1""";
    private final Db db;
    private final Path storeDir;

    SourcesApi(Db db, Path storeDir) {
        this.db = db;
        this.storeDir = storeDir;
    }

    void outlets(Context ctx) throws SQLException {
        Where w = new Where().article(Params.filters(ctx));
        Table t = db.with(l -> Sql.page(l, OUTLETS.formatted(w.sql()), "articles DESC, outlet", w.params(),
                Params.offset(ctx), Params.limit(ctx)));
        Respond.table(ctx, "sources", t);
    }

    void coverage(Context ctx) throws SQLException {
        Where w = new Where().article(Params.filters(ctx)).and("a.published IS NOT NULL");
        String fmt = SearchApi.format(Params.period(ctx, Period.MONTH));
        Table t = db.with(l -> Sql.all(l, "SELECT strftime(a.published, '" + fmt + "') AS period, "
                + "coalesce(a.outlet, '(unknown)') AS outlet, count(*) AS articles FROM articles a WHERE " + w.sql()
                + " GROUP BY 1, 2 ORDER BY 1, 2", w.params().toArray()));
        Respond.table(ctx, "coverage", t);
    }

    void feeds(Context ctx) throws InputIoException, BadInputException {
        Optional<WatchState> state = StateFile.read(storeDir);
        List<List<Object>> rows = new ArrayList<>();
        if (state.isPresent()) {
            List<FeedHealth> health = new ArrayList<>(HealthTable.of(state.get(), Instant.now(),
                    SourceSettings.defaults()));
            health.sort(java.util.Comparator.comparing(FeedHealth::status).thenComparing(FeedHealth::url));
            for (FeedHealth h : health) {
                rows.add(java.util.Arrays.asList(h.url(), h.outlet(), h.status().wireName(), h.reason(),
                        str(h.lastSuccess()), str(h.lastNewItem()), str(h.newestItem()),
                        Math.round(h.itemsPerDay() * 10) / 10.0,
                        h.usualInterval() == null ? null : h.usualInterval().toSeconds(), h.polls(),
                        h.notModified(), h.errors(), h.consecutiveErrors(), h.lastError()));
            }
        }
        Respond.table(ctx, "feeds", Table.whole(List.of("url", "outlet", "status", "reason", "last_success",
                "last_new_item", "newest_item", "items_per_day", "usual_interval_s", "polls", "not_modified",
                "errors", "consecutive_errors", "last_error"), rows));
    }

    private static String str(Instant t) {
        return t == null ? null : t.toString();
    }
}
