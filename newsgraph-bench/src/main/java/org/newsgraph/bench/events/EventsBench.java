/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.events;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Event;
import org.newsgraph.model.Paragraph;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;

/**
 * {@code bench events}: CAMEO event coding on the PETRARCH-2 validation sentences. Every sentence is analysed by the
 * full pipeline as a one-sentence English article published on its record's date; its events become CAMEO dyads
 * ({@link CameoDyads}) with actor heads from the registry ({@link CameoActors}) and are scored against the gold
 * codings ({@link PetrScorer}) on root code + source + target, and on the full code.
 */
public final class EventsBench {
    /** The validation file and whether to print each sentence's misses and false positives. */
    public record Options(Path file, boolean showErrors) {}

    private static final InputHints ENGLISH = new InputHints(null, null, null, "en");

    private EventsBench() {}

    public static SummaryLine run(Options o, Pipeline pipeline, ActorRegistry registry, PrintStream out)
            throws InputIoException, BadInputException {
        List<PetrRecord> records = PetrReader.read(o.file());
        CameoActors actors = new CameoActors(registry);
        PetrScorer scorer = new PetrScorer();
        List<String> failures = new ArrayList<>();
        pipeline.analyze(article(records.get(0)), "warm-up", ENGLISH);
        long t0 = System.nanoTime();
        int analysed = 0;
        for (PetrRecord r : records) {
            if (r.date() == null) {
                out.printf("  note: record %s has a malformed date '%s'; analysed without a publication date%n",
                        r.id(), r.rawDate());
            }
            List<Event> events;
            try {
                Analysis a = pipeline.analyze(article(r), r.id(), ENGLISH);
                events = a.events();
                analysed++;
            } catch (BadInputException e) {
                failures.add(r.id() + ": " + e.getMessage());
                events = List.of();
            }
            scorer.add(r, CameoDyads.of(events, actors), o.showErrors() ? out : null);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        failures.forEach(f -> out.println("  failed " + f));
        out.printf(Locale.ROOT, "PETRARCH-2 validation: %d sentences (%d analysed), %d gold codings, %.1f s%n",
                records.size(), analysed, PetrScorer.codings(records), seconds);
        out.printf(Locale.ROOT, "  root code + source + target: P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)%n",
                scorer.root().precision(), scorer.root().recall(), scorer.root().f1(), scorer.root().truePositives(),
                scorer.root().predicted(), scorer.root().gold());
        out.printf(Locale.ROOT, "  full code + source + target: P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)%n",
                scorer.full().precision(), scorer.full().recall(), scorer.full().f1(), scorer.full().truePositives(),
                scorer.full().predicted(), scorer.full().gold());
        SummaryLine line = new SummaryLine("events").put("dataset", "petr2-gsr").put("sentences", records.size())
                .put("gold", scorer.root().gold()).put("predicted", scorer.root().predicted())
                .ratio("precision", scorer.root().precision()).ratio("recall", scorer.root().recall())
                .ratio("f1", scorer.root().f1()).ratio("full_code_precision", scorer.full().precision())
                .ratio("full_code_recall", scorer.full().recall()).ratio("full_code_f1", scorer.full().f1())
                .rate("sentences_per_s", records.size() / seconds);
        out.println(line);
        return line;
    }

    /** A record as a one-paragraph English article, dated when its date is well-formed. */
    static Article article(PetrRecord r) {
        return Article.builder().id("petr-" + r.id()).body(List.of(Paragraph.of(r.text()))).language("en")
                .published(r.date(), DateMethod.RECORD).extraction("petrarch-validation").build();
    }
}
