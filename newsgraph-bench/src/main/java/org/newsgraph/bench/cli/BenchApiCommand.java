/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.cli;

import org.newsgraph.cli.ExitCodes;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.bench.api.ApiBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph bench api}: API latency (p95 per kind) and a bounded loopback load test on a filled store. */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = {"Start the server on a loopback port over an existing store and time the actor, dyad and "
                + "search endpoints (p50, p95, max), then run a bounded load test: N concurrent clients for S "
                + "seconds, counting errors.",
            "Build the store first, e.g. newsgraph bench throughput --dataset "
                + "../shared/data/news/en-reuters21578-xml --store DIR (hours for the full corpus)."})
public final class BenchApiCommand implements Callable<Integer> {
    @Mixin
    QuestionOptions questions;

    @Option(names = "--clients", defaultValue = "50", paramLabel = "N",
            description = "Concurrent clients of the load test (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", paramLabel = "S",
            description = "Length of the load test (default: ${DEFAULT-VALUE}; 0 skips it).")
    int seconds;

    @Override
    public Integer call() throws Exception {
        if (!questions.valid() || clients < 1 || clients > 500 || seconds < 0 || seconds > 600) {
            throw new ExitCodes.UsageException("--actors and --repeat must be at least 1, --clients 1 to 500, "
                    + "--seconds 0 to 600");
        }
        ApiBench.Result r = ApiBench.run(new ApiBench.Options(questions.store, questions.actors, questions.repeat,
                clients, seconds), System.out);
        System.out.printf(Locale.ROOT, "load: %d requests, %d errors, %.1f requests/s, p50=%.1f ms p95=%.1f ms "
                + "max=%.1f ms%n", r.requests(), r.errors(), r.requestsPerSecond(), r.loadP50(), r.loadP95(),
                r.loadMax());
        r.errorSamples().forEach(e -> System.out.println("load error: " + e));
        SummaryLine line = new SummaryLine("api")
                .put("store", questions.store.toAbsolutePath().normalize().getFileName().toString())
                .put("articles", r.articles());
        r.latency().forEach(l -> line.rate(l.kind() + "_p95_ms", l.p95()));
        r.latency().forEach(l -> line.rate(l.kind() + "_cpu_p95_ms", l.cpuP95()));
        line.put("load_clients", r.clients()).put("load_seconds", r.seconds()).put("load_requests", r.requests())
                .put("load_errors", r.errors()).rate("load_rps", r.requestsPerSecond())
                .rate("load_p95_ms", r.loadP95())
                .rate("load_avg", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(line);
        return r.errors() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
