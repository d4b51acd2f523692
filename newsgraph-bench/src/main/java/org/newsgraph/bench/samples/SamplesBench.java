/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.bench.Prf;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Analysis;
import org.newsgraph.pipeline.Pipeline;

/** {@code bench samples}: actor links, events and claims against the team's gold annotations of {@code samples/}. */
public final class SamplesBench {
    private SamplesBench() {}

    public static SummaryLine run(Path samples, Pipeline pipeline, PrintStream out, boolean showMisses)
            throws IOException, BadInputException {
        PrintStream misses = showMisses ? out : null;
        out.println("Linking (gold/linking.tsv):");
        Prf links = LinkingGold.score(pipeline, misses);
        out.printf(Locale.ROOT, "  %d of %d gold links right (%.3f), precision %.3f%n", links.truePositives(),
                links.gold(), links.recall(), links.precision());
        Map<String, Analysis> analyses = SampleAnalyses.of(samples, pipeline);
        out.println("Events (gold/events.tsv):");
        EventGold.Result ev = EventGold.score(analyses, misses);
        out.printf(Locale.ROOT, "  P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d); modality %.3f, time %.3f of matches%n",
                ev.prf().precision(), ev.prf().recall(), ev.prf().f1(), ev.prf().truePositives(), ev.prf().predicted(),
                ev.prf().gold(), ev.modalityAgreement(), ev.timeAgreement());
        out.println("Claims (gold/claims.tsv):");
        ClaimGold.Result cl = ClaimGold.score(analyses, misses);
        out.printf(Locale.ROOT, "  P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d); kind %.3f, certainty %.3f of matches%n",
                cl.prf().precision(), cl.prf().recall(), cl.prf().f1(), cl.prf().truePositives(), cl.prf().predicted(),
                cl.prf().gold(), cl.kindAgreement(), cl.certaintyAgreement());
        SummaryLine line = new SummaryLine("samples").put("articles", analyses.size())
                .ratio("linking_accuracy", links.recall()).ratio("linking_precision", links.precision())
                .ratio("events_precision", ev.prf().precision()).ratio("events_recall", ev.prf().recall())
                .ratio("events_f1", ev.prf().f1()).ratio("events_modality", ev.modalityAgreement())
                .ratio("claims_precision", cl.prf().precision()).ratio("claims_recall", cl.prf().recall())
                .ratio("claims_f1", cl.prf().f1()).ratio("claims_certainty", cl.certaintyAgreement());
        out.println(line);
        return line;
    }
}
