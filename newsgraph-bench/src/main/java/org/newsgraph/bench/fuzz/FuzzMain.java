/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fuzz target class that Jazzer's driver runs in the child process of {@link FuzzBench} (libFuzzer's
 * {@code fuzzerInitialize}, {@code fuzzerTestOneInput}, {@code fuzzerTearDown} convention). Crashes and hangs are
 * counted and their first input per signature saved to the findings folder, and fuzzing goes on, so that one run
 * reports every kind of finding. System properties: {@code newsgraph.fuzz.findings} (folder),
 * {@code newsgraph.fuzz.hang-ms} (CPU time above which an input counts as a hang, default 10,000: Jazzer's
 * instrumentation slows the parsers several times).
 */
public final class FuzzMain {
    /** The line the tear-down prints; {@link FuzzBench} reads it. */
    static final String TALLY = "newsgraph-fuzz-tally:";

    /** The first typed errors are printed, to show that seeds are read (a run of nothing but errors is suspect). */
    private static final int SHOWN_ERRORS = 5;
    private static final byte[] WARM_UP = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "</channel></rss>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static FuzzTarget target;
    private static long slowestNanos;
    private static Path findings;
    private static long hangNanos;
    private static long runs;
    private static long typedErrors;
    private static long crashes;
    private static long hangs;
    private static final Set<String> SIGNATURES = ConcurrentHashMap.newKeySet();

    private FuzzMain() {}

    /** Called once by the driver with {@code --target_args}: the target's name. */
    public static void fuzzerInitialize(String[] args) {
        target = FuzzTarget.of(args.length == 0 ? "" : args[0]);
        findings = Path.of(System.getProperty("newsgraph.fuzz.findings", "fuzz-findings"));
        hangNanos = Long.parseLong(System.getProperty("newsgraph.fuzz.hang-ms", "10000")) * 1_000_000L;
        // loads and instruments the parser's classes, so that the first input is not timed with them
        FuzzCheck.run(target, WARM_UP);
    }

    /** One execution. Never throws: findings are recorded, so that the fuzzer keeps going. */
    public static void fuzzerTestOneInput(byte[] data) {
        runs++;
        FuzzCheck.Outcome o = FuzzCheck.run(target, data);
        switch (o.kind()) {
            case TYPED_ERROR -> {
                if (typedErrors++ < SHOWN_ERRORS) {
                    System.out.println("newsgraph-fuzz-typed-error: " + o.error().getMessage()
                            + (o.error().getCause() == null ? "" : " (cause: " + rootCause(o.error()) + ")"));
                }
            }
            case CRASH -> {
                crashes++;
                save("crash", FuzzCheck.signature(o.error()), data, o.error());
            }
            default -> { }
        }
        slowestNanos = Math.max(slowestNanos, o.cpuNanos());
        if (o.cpuNanos() > hangNanos) {
            hangs++;
            save("hang", "hang " + (o.cpuNanos() / 1_000_000) + " ms", data, null);
        }
    }

    /** Prints the tally line. */
    public static void fuzzerTearDown() {
        System.out.printf(Locale.ROOT, "%s target=%s runs=%d crashes=%d hangs=%d typed_errors=%d heap_peak_mb=%d "
                + "slowest_ms=%d%n", TALLY, target.id(), runs, crashes, hangs, typedErrors, heapPeakMb(),
                slowestNanos / 1_000_000);
        System.out.flush();
    }

    private static void save(String kind, String signature, byte[] data, Throwable error) {
        String key = kind.equals("hang") ? "hang" : signature;
        if (!SIGNATURES.add(key)) {
            return;
        }
        try {
            Files.createDirectories(findings);
            String name = kind + "-" + target.id() + "-" + sha(data);
            Files.write(findings.resolve(name + ".bin"), data);
            StringWriter trace = new StringWriter();
            trace.write(signature + System.lineSeparator());
            if (error != null) {
                error.printStackTrace(new PrintWriter(trace));
            }
            Files.writeString(findings.resolve(name + ".txt"), trace.toString(), StandardCharsets.UTF_8);
            System.out.println("newsgraph-fuzz-finding: " + findings.resolve(name + ".bin") + " " + signature);
        } catch (IOException e) {
            System.out.println("newsgraph-fuzz-finding: (not saved: " + e.getMessage() + ") " + signature);
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static long heapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static String sha(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
