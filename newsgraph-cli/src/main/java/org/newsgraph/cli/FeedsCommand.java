/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.error.InputIoException;
import org.newsgraph.source.FeedHealth;
import org.newsgraph.source.HealthTable;
import org.newsgraph.source.SourceSettings;
import org.newsgraph.source.StateFile;
import org.newsgraph.source.WatchState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph feeds}: the health of the feeds {@code newsgraph watch} polls, worst first. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Show the health of the watched feeds: last success, last new item, items per day, errors. "
                + "Feeds that keep failing or have gone silent (no new item for several of their usual intervals) "
                + "are flagged.")
public final class FeedsCommand implements Callable<Integer> {
    @Option(names = "--store", defaultValue = StoreAccess.DEFAULT, paramLabel = "DIR",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--json", description = "One JSON object per feed, one per line, instead of the table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(store)) {
            throw new InputIoException(store.toString(), "no such store folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        Optional<WatchState> state = StateFile.read(store);
        if (state.isEmpty()) {
            out.println("no feeds watched yet in " + store + " (run: newsgraph watch --store " + store
                    + " --feeds FILE)");
            out.flush();
            return ExitCodes.OK;
        }
        Instant now = Instant.now();
        List<FeedHealth> health = HealthTable.of(state.get(), now, SourceSettings.defaults());
        if (json) {
            printJson(health, out);
        } else {
            HealthTable.print(health, now, out);
        }
        return ExitCodes.OK;
    }

    private static void printJson(List<FeedHealth> health, PrintWriter out) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (FeedHealth h : health) {
            ObjectNode n = mapper.createObjectNode();
            n.put("url", h.url());
            n.put("outlet", h.outlet());
            n.put("status", h.status().wireName());
            n.put("reason", h.reason());
            n.put("last_success", h.lastSuccess() == null ? null : h.lastSuccess().toString());
            n.put("last_new_item", h.lastNewItem() == null ? null : h.lastNewItem().toString());
            n.put("newest_item", h.newestItem() == null ? null : h.newestItem().toString());
            n.put("items_per_day", Math.round(h.itemsPerDay() * 10) / 10.0);
            n.put("usual_interval_s", h.usualInterval() == null ? null : h.usualInterval().toSeconds());
            n.put("polls", h.polls());
            n.put("not_modified", h.notModified());
            n.put("errors", h.errors());
            n.put("consecutive_errors", h.consecutiveErrors());
            n.put("last_error", h.lastError());
            out.println(mapper.writeValueAsString(n));
        }
        out.flush();
    }
}
