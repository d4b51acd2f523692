/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.query.StoreReader;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreCounts;
import org.newsgraph.store.StoreException;

/**
 * The write endpoints, each behind the token: {@code POST /api/ingest} ({@code {"urls": [...]}}, answered 202 with a
 * job to poll at {@code GET /api/ingest/{job}}) and {@code POST /api/reindex} (brings the derived tables up to date
 * and reopens the searcher, for stores written by another process in between).
 */
final class WriteApi {
    private final TokenCheck token;
    private final IngestJobs jobs;
    private final Store store;
    private final StoreReader reader;

    WriteApi(TokenCheck token, IngestJobs jobs, Store store, StoreReader reader) {
        this.token = token;
        this.jobs = jobs;
        this.store = store;
        this.reader = reader;
    }

    void ingest(Context ctx) {
        token.require(ctx);
        JsonNode body;
        try {
            body = Respond.JSON.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw new ApiException(400, "bad_json", "the body is not JSON: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
        JsonNode urls = body == null ? null : body.get("urls");
        if (urls == null || !urls.isArray() || urls.isEmpty()) {
            throw new ApiException(400, "bad_body", "field 'urls': a non-empty array of http(s) URLs is required");
        }
        if (urls.size() > IngestJobs.MAX_URLS) {
            throw new ApiException(400, "bad_body", "field 'urls': at most " + IngestJobs.MAX_URLS + " URLs");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode u : urls) {
            String s = u.asText("");
            if (!u.isTextual() || !(s.startsWith("http://") || s.startsWith("https://"))) {
                throw new ApiException(400, "bad_body", "field 'urls': not an http(s) URL: '" + s + "'");
            }
            list.add(s);
        }
        ctx.status(202);
        Respond.json(ctx, jobs.start(list));
    }

    void job(Context ctx) {
        token.require(ctx);
        Respond.json(ctx, jobs.get(ctx.pathParam("job")));
    }

    void reindex(Context ctx) throws StoreException {
        token.require(ctx);
        store.refreshDerived();
        reader.reopen();
        Respond.json(ctx, Map.of("status", "done", "counts", counts(store.counts())));
    }

    static Map<String, Object> counts(StoreCounts c) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("articles", c.articles());
        m.put("mentions", c.mentions());
        m.put("actors", c.actors());
        m.put("events", c.events());
        m.put("claims", c.claims());
        m.put("clusters", c.clusters());
        return m;
    }
}
