/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.query.StoreReader;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

/**
 * The REST API over one open store: every route under {@code /api/}, listed once here (the OpenAPI document at
 * {@code /openapi.json} is checked against this list by a test). Owns its reader (read connections and searcher)
 * and the ingest worker; close it after the server stopped.
 */
public final class Api implements AutoCloseable {
    /** One route: method, path (Javalin syntax, which is OpenAPI's) and handler. */
    public record Route(HandlerType method, String path, Handler handler) {}

    /** What the API needs besides the store. */
    public record Options(String token, int connections, int queryThreads, Supplier<Pipeline> pipeline,
            SourceSettings fetching) {}

    private final Store store;
    private final StoreReader reader;
    private final IngestJobs jobs;
    private final List<Route> routes = new ArrayList<>();

    public Api(Store store, Options o) throws SQLException, StoreException {
        store.refreshDerived();
        this.store = store;
        this.reader = new StoreReader(store, o.connections(), o.queryThreads());
        this.jobs = new IngestJobs(store, o.pipeline(), o.fetching(), reader);
        Path dir = store.dir();
        SearchApi search = new SearchApi(reader);
        ArticlesApi articles = new ArticlesApi(reader);
        ActorsApi actors = new ActorsApi(reader);
        DyadsApi dyads = new DyadsApi(reader);
        EventsApi events = new EventsApi(reader);
        SourcesApi sources = new SourcesApi(reader, dir);
        WriteApi write = new WriteApi(new TokenCheck(o.token()), jobs, store, reader);
        get("/api/stats", sources::stats);
        get("/api/search", search::search);
        get("/api/search/facets", search::facets);
        get("/api/search/attention", search::attention);
        get("/api/articles", articles::list);
        get("/api/articles/{id}", articles::one);
        get("/api/actors", actors::list);
        get("/api/actors/{id}", actors::one);
        get("/api/actors/{id}/roles", actors::roles);
        get("/api/actors/{id}/timeline", actors::timeline);
        get("/api/actors/{id}/history", actors::history);
        get("/api/actors/{id}/partners", actors::partners);
        get("/api/dyads/{a}/{b}", dyads::one);
        get("/api/dyads/{a}/{b}/series", dyads::series);
        get("/api/dyads/{a}/{b}/clusters", dyads::clusters);
        get("/api/events", events::events);
        get("/api/clusters", events::clusters);
        get("/api/clusters/{id}", events::cluster);
        get("/api/claims", new ClaimsApi(reader)::list);
        NetworkApi network = new NetworkApi(reader);
        get("/api/network", network::graph);
        get("/api/network/edges", network::edgeList);
        get("/api/map", new MapApi(reader)::points);
        get("/api/sources", sources::outlets);
        get("/api/sources/coverage", sources::coverage);
        get("/api/feeds", sources::feeds);
        get("/api/export", new ExportApi(store)::export);
        routes.add(new Route(HandlerType.POST, "/api/ingest", write::ingest));
        get("/api/ingest/{job}", write::job);
        routes.add(new Route(HandlerType.POST, "/api/reindex", write::reindex));
    }

    /**
     * Shows what another writer in this process stored since (a background ingest, live feeds): brings the derived
     * tables up to date and reopens the searcher.
     */
    public void refresh() throws StoreException {
        store.refreshDerived();
        reader.reopen();
    }

    private void get(String path, Handler h) {
        routes.add(new Route(HandlerType.GET, path, h));
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public void install(Javalin app) {
        for (Route r : routes) {
            app.addHttpHandler(r.method(), r.path(), r.handler());
        }
    }

    @Override
    public void close() {
        jobs.close();
        reader.close();
    }
}
