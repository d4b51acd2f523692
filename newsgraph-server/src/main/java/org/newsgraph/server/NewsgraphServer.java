/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.newsgraph.api.Api;
import org.newsgraph.api.ApiErrors;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.slf4j.LoggerFactory;

/**
 * The web server: the REST API ({@code /api/…}, {@code /openapi.json}), the pages and their assets, over one open
 * store. Bound to loopback by default. Every answer carries a Content-Security-Policy that allows scripts from this
 * server only (no inline script), so text from articles can never run even if a page mishandled it. Stop it with
 * {@link #close()}; the store stays the caller's.
 */
public final class NewsgraphServer implements AutoCloseable {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    private final Javalin app;
    private final Api api;

    private final Path storeDir;
    /** The address recorded in the store's {@link ServerFile}. */
    private final String address;

    private NewsgraphServer(Javalin app, Api api, Path storeDir, String address) {
        this.app = app;
        this.api = api;
        this.storeDir = storeDir;
        this.address = address;
    }

    public static NewsgraphServer start(Store store, ServerConfig c) throws StoreException, SQLException {
        Api api = new Api(store, new Api.Options(c.token(), c.connections(), c.queryThreads(), c.pipeline(),
                c.fetching()));
        List<Vendor> vendor = List.of(Vendor.load("echarts", "dist/echarts.min.js"),
                Vendor.load("cytoscape", "dist/cytoscape.min.js"));
        String openapi = Pages.read("web/openapi.json");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = c.maxRequestBytes();
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/assets";
                sf.directory = "/web/assets";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "no-cache", "Content-Security-Policy", CSP,
                        "X-Content-Type-Options", "nosniff");
            });
        });
        app.before(NewsgraphServer::securityHeaders);
        ApiErrors.install(app);
        api.install(app);
        Pages.install(app);
        app.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
        for (Vendor v : vendor) {
            app.get(v.path(), ctx -> ctx.contentType("text/javascript; charset=utf-8")
                    .header("Cache-Control", "max-age=86400").result(v.bytes()));
        }
        try {
            app.start(c.host(), c.port());
        } catch (RuntimeException e) {
            api.close();
            throw new StoreException(c.host() + ":" + c.port(), "cannot start the web server: " + e.getMessage(),
                    e);
        }
        NewsgraphServer server = new NewsgraphServer(app, api, store.dir(), address(c.host(), app.port()));
        try {
            ServerFile.write(store.dir(), server.address);
        } catch (java.io.IOException e) {
            LoggerFactory.getLogger(NewsgraphServer.class).warn("cannot write {} in {}: {}", ServerFile.NAME,
                    store.dir(), e.getMessage());
        }
        return server;
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url(String host) {
        return address(host, port());
    }

    private static String address(String host, int port) {
        String h = "0.0.0.0".equals(host) || "::".equals(host) ? ServerConfig.HOST : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port + "/";
    }

    /** Shows what was stored since the server started (see {@link Api#refresh()}). */
    public void refresh() throws StoreException {
        api.refresh();
    }

    public List<Api.Route> routes() {
        return api.routes();
    }

    @Override
    public void close() {
        ServerFile.delete(storeDir, address);
        app.stop();
        api.close();
    }
}
