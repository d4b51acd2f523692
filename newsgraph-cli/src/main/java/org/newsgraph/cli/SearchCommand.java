/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.query.Page;
import org.newsgraph.query.SearchRow;
import org.newsgraph.query.StoreReader;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph search}: full-text search of the store with highlighted snippets. Reads the store read-only, so it
 * works while a server reads it; while a server writes it, asks that server.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the stored articles (Lucene query syntax: words, \"phrases\", AND/OR/NOT, wildcards*, "
                + "title_de:/text_en: fields); German and English words match their inflected forms.")
public final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined).")
    List<String> query;

    @Option(names = "--store", defaultValue = StoreAccess.DEFAULT, paramLabel = "DIR",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--actor", paramLabel = "ID", description = "Only articles mentioning this actor "
            + "(person:vladimir-putin, country:RUS).")
    String actor;

    @Option(names = "--outlet", description = "Only this outlet.")
    String outlet;

    @Option(names = "--lang", description = "Only this language (de, en).")
    String lang;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    LocalDate to;

    @Option(names = "--sentences", description = "Search single sentences instead of whole articles.")
    boolean sentences;

    @Option(names = "--limit", defaultValue = "10", description = "The most hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new ExitCodes.UsageException("--limit must be at least 1");
        }
        boolean terminal = System.console() != null;
        String pre = terminal ? "\033[1m" : "[";
        String post = terminal ? "\033[0m" : "]";
        SearchRequest r = new SearchRequest(String.join(" ", query), actor, outlet,
                lang == null ? null : lang.toLowerCase(Locale.ROOT), from, to, sentences, limit);
        Page<SearchRow> hits;
        try (Store st = StoreAccess.forReading(store); StoreReader reader = new StoreReader(st, 1, 0)) {
            hits = reader.search(r, 0, limit);
        } catch (StoreException e) {
            String server = StoreAccess.server(store).filter(s -> e.inUse()).orElseThrow(() -> e);
            if (sentences) {
                throw new ExitCodes.UsageException("--sentences reads the store itself, which a running server "
                        + "writes (" + server + "); search without it, or stop the server");
            }
            hits = viaServer(new ServerClient(server), r);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int i = 0;
        for (SearchRow h : hits.items()) {
            out.printf(Locale.ROOT, "%d. %s  %s  [%s]  %s  (%s%s)%n", ++i, h.published() == null ? "undated"
                    : h.published(), h.outlet() == null ? "-" : h.outlet(), h.language(), h.title() == null ? ""
                    : h.title(), h.articleId(), h.sentence() != null ? " sentence " + h.sentence() : "");
            out.println("   " + marked(h, pre, post));
        }
        out.println(hits.items().size() + (hits.items().size() == 1 ? " hit" : " hits")
                + (hits.total() > hits.items().size() ? " of " + hits.total() : ""));
        return ExitCodes.OK;
    }

    /** The snippet with the matching words between {@code pre} and {@code post}. */
    private static String marked(SearchRow h, String pre, String post) {
        StringBuilder sb = new StringBuilder(h.snippet());
        List<List<Integer>> marks = h.highlights();
        for (int k = marks.size() - 1; k >= 0; k--) {
            sb.insert(marks.get(k).get(1), post).insert(marks.get(k).get(0), pre);
        }
        return sb.toString();
    }

    /** The same search through the server that holds the store. */
    private static Page<SearchRow> viaServer(ServerClient server, SearchRequest r) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", r.query());
        p.put("limit", Integer.toString(Math.min(r.limit(), 200)));
        p.put("actor", r.actor());
        p.put("outlet", r.outlet());
        p.put("language", r.language());
        p.put("from", r.from() == null ? null : r.from().toString());
        p.put("to", r.to() == null ? null : r.to().toString());
        JsonNode answer = server.json("api/search", p);
        List<SearchRow> rows = new ArrayList<>();
        for (JsonNode h : answer.path("items")) {
            List<List<Integer>> marks = new ArrayList<>();
            h.path("highlights").forEach(m -> marks.add(List.of(m.get(0).asInt(), m.get(1).asInt())));
            rows.add(new SearchRow(h.path("article_id").asText(), null, text(h, "title"), text(h, "outlet"),
                    text(h, "language"), text(h, "published"), h.path("score").asDouble(), h.path("snippet").asText(),
                    marks));
        }
        return new Page<>(rows, answer.path("total").asLong(), 0, r.limit());
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isNull() || n.path(field).isMissingNode() ? null : n.path(field).asText();
    }
}
