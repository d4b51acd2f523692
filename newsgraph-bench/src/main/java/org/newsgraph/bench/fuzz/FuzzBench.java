/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.fuzz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one target under Jazzer's libFuzzer driver in a child JVM (Jazzer owns its process: it installs its agent,
 * loads libFuzzer and exits the JVM at the end), seeded by {@link FuzzSeeds}, and reads back the tally that
 * {@link FuzzMain} prints. The child's heap is capped, so memory that grows past the bound shows as a crash
 * (OutOfMemoryError); an input that runs past libFuzzer's per-input timeout ends the run and counts as a hang.
 */
public final class FuzzBench {
    /**
     * Jazzer 0.30's XML guidance hook fails inside JDOM's SAX builder with a NullPointerException of its own, which
     * Rome reports as "Invalid XML" for every feed; its SSRF detector (an external entity fetched) stays on.
     */
    static final String DISABLED_HOOKS = "com.code_intelligence.jazzer.sanitizers.XmlParserSsrfGuidance";
    private static final Pattern TALLY = Pattern.compile(Pattern.quote(FuzzMain.TALLY) + " (.*)");
    private static final Pattern STATUS = Pattern.compile("^#(\\d+)\\s+(pulse|DONE|INITED)\\b.*");

    /**
     * A run's settings.
     *
     * @param runs     executions (libFuzzer's {@code -runs}, seeds included)
     * @param seed     libFuzzer's random seed, for a reproducible run
     * @param maxLen   the longest input in bytes (seeds are cut to it)
     * @param maxSeeds the most seeds taken from the real fixtures
     * @param work     a folder for the corpus, the seeds, the findings and the child's log
     * @param heap     the child's maximum heap, e.g. {@code 768m}
     * @param hangMs   CPU milliseconds above which an input counts as a hang
     * @param timeoutS libFuzzer's per-input timeout in seconds (wall clock): the run ends there
     * @param maxSeconds the run's time limit (libFuzzer's {@code -max_total_time}; 0: none): the run ends early, with
     *                   its tally, when the runs take longer
     */
    public record Options(FuzzTarget target, long runs, long seed, int maxLen, int maxSeeds, Path work, String heap,
            long hangMs, int timeoutS, long maxSeconds) {}

    /**
     * What a run found.
     *
     * @param slowestMs the CPU time of the slowest input, instrumented
     * @param findings one line per saved finding: the input file and the signature
     * @param exit     the child's exit code (0 when the run completed)
     */
    public record Result(FuzzTarget target, long runs, long crashes, long hangs, long typedErrors, int seeds,
            long heapPeakMb, long slowestMs, double seconds, List<String> findings, int exit) {
        /** Zero crashes and hangs, and the run completed. */
        public boolean clean() {
            return crashes == 0 && hangs == 0 && exit == 0;
        }
    }

    private FuzzBench() {}

    /** Runs the target; progress lines go to {@code log}. */
    public static Result run(Options o, PrintStream log) throws IOException, InterruptedException {
        Path work = o.work().resolve(o.target().id());
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Path seedDir = work.resolve("seeds");
        int seeds = FuzzSeeds.standard(o.maxLen(), o.maxSeeds()).write(o.target(), seedDir);
        Path findings = Files.createDirectories(work.resolve("findings"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + o.heap(), "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Dnewsgraph.fuzz.findings=" + findings, "-Dnewsgraph.fuzz.hang-ms=" + o.hangMs(),
                "-cp", System.getProperty("java.class.path"), "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + FuzzMain.class.getName(), "--target_args=" + o.target().id(),
                "--instrumentation_includes=" + o.target().instrumentation(), "--disabled_hooks=" + DISABLED_HOOKS,
                "-runs=" + o.runs(), "-max_total_time=" + o.maxSeconds(), "-seed=" + o.seed(), "-max_len=" + o.maxLen(), "-timeout=" + o.timeoutS(),
                // libFuzzer's own artifacts (slow units, crashes that escape the target) go to the work folder, never
                // to the working directory
                "-artifact_prefix=" + findings + "/", "-print_final_stats=1", corpus.toString(), seedDir.toString()));
        log.printf("fuzz %s: %d seeds, %d runs, max_len=%d, heap %s, log %s%n", o.target().id(), seeds, o.runs(),
                o.maxLen(), o.heap(), work.resolve("jazzer.log"));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> tally = new TreeMap<>();
        List<String> found = new ArrayList<>();
        long lastCount = 0;
        boolean timeout = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter jlog = new PrintWriter(Files.newBufferedWriter(work.resolve("jazzer.log")))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                jlog.println(line);
                Matcher t = TALLY.matcher(line);
                Matcher s = STATUS.matcher(line);
                if (t.find()) {
                    for (String kv : t.group(1).trim().split(" ")) {
                        int eq = kv.indexOf('=');
                        tally.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                } else if (line.startsWith("newsgraph-fuzz-finding: ")) {
                    found.add(line.substring("newsgraph-fuzz-finding: ".length()));
                    log.println("  finding: " + found.get(found.size() - 1));
                } else if (s.matches()) {
                    lastCount = Long.parseLong(s.group(1));
                    if (!s.group(2).equals("pulse") || Long.bitCount(lastCount) == 1 && lastCount >= 8192) {
                        log.println("  " + o.target().id() + ": " + line);
                    }
                } else if (line.contains("libFuzzer: timeout") || line.contains("ALARM: working on the last Unit")) {
                    timeout = true;
                } else if (line.startsWith("== Java Exception") || line.contains("ERROR: libFuzzer")) {
                    found.add("jazzer: " + line.strip());
                    log.println("  " + line.strip());
                }
            }
        }
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        long crashes = num(tally, "crashes");
        long hangs = num(tally, "hangs") + (timeout ? 1 : 0);
        if (exit != 0 && !timeout && crashes == 0) {
            crashes = 1; // the driver itself reported a finding that escaped the target (a bug detector, OOM)
        }
        long runs = tally.containsKey("runs") ? num(tally, "runs") : lastCount;
        return new Result(o.target(), runs, crashes, hangs, num(tally, "typed_errors"), seeds,
                num(tally, "heap_peak_mb"), num(tally, "slowest_ms"), seconds, found, exit);
    }

    private static long num(Map<String, String> tally, String key) {
        return tally.containsKey(key) ? Long.parseLong(tally.get(key)) : 0;
    }
}
