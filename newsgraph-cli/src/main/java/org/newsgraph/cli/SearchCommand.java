/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph search}: full-text search of the store with highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the stored articles (Lucene query syntax: words, \"phrases\", AND/OR/NOT, wildcards*, "
                + "title_de:/text_en: fields); German and English words match their inflected forms.")
public final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined).")
    List<String> query;

    @Option(names = "--store", defaultValue = "data", paramLabel = "DIR",
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
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store st = Store.openExisting(store); StoreSearch search = st.search()) {
            List<SearchHit> hits = search.search(r, pre, post);
            int i = 0;
            for (SearchHit h : hits) {
                out.printf(Locale.ROOT, "%d. %s  %s  [%s]  %s  (%s%s)%n", ++i,
                        h.published() == null ? "undated" : h.published(), h.outlet() == null ? "-" : h.outlet(),
                        h.language(), h.title() == null ? "" : h.title(), h.articleId(),
                        h.sentence() >= 0 ? " sentence " + h.sentence() : "");
                out.println("   " + h.snippet());
            }
            out.println(hits.size() + (hits.size() == 1 ? " hit" : " hits"));
        }
        return ExitCodes.OK;
    }
}
