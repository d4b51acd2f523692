/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.samples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.bench.Prf;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Argument;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventTime;
import org.newsgraph.model.PloverType;

/**
 * Scores events against {@code gold/events.tsv}. A predicted event matches a gold event when its evidence sentence
 * contains the gold evidence text, the type is the same and the source and target actors are the same (for
 * symmetric types — meetings, agreements, cooperation — in either order; a gold target "-" accepts any target).
 * An article reports an event once however often it mentions it (the coder merges the mentions as well), so a gold
 * line also matches a prediction with the same type, actors, modality and date (or no date on either side) stated in
 * another sentence, when no prediction in its own sentence matches. Each predicted event matches at most one gold event. Among matches, modality and time agreement are reported.
 * The gold codes what the lead and body report, never a headline, kicker or subheading (none of its lines does), so
 * predictions stated only there lie outside what it annotates and are not scored.
 */
public final class EventGold {
    private static final Set<PloverType> SYMMETRIC = Set.of(PloverType.CONSULT, PloverType.AGREE, PloverType.COOPERATE);

    /** The figures: P/R/F1, and modality and time agreement among matched events. */
    public record Result(Prf prf, double modalityAgreement, double timeAgreement, int matched) {}

    private record Gold(String sample, String evidence, PloverType type, String source, String target, String modality,
            String time) {}

    private EventGold() {}

    public static Result score(Map<String, Analysis> analyses, PrintStream misses) {
        List<Gold> gold = new ArrayList<>();
        for (String[] f : GoldFile.rows("events.tsv", 7)) {
            gold.add(new Gold(f[0], f[1], PloverType.valueOf(f[2]), f[3], "-".equals(f[4]) ? null : f[4], f[5], f[6]));
        }
        int predicted = 0;
        Set<String> usedPredictions = new HashSet<>();
        int tp = 0;
        int modalityOk = 0;
        int timeOk = 0;
        for (Analysis a : analyses.values()) {
            predicted += scored(a).size();
        }
        Map<Gold, Event> hits = new java.util.IdentityHashMap<>();
        for (boolean elsewhere : new boolean[] {false, true}) {
            for (Gold g : gold) {
                Analysis a = analyses.get(g.sample());
                if (a == null || hits.containsKey(g)) {
                    continue;
                }
                for (Event e : scored(a)) {
                    String key = g.sample() + "#" + e.id();
                    if (!usedPredictions.contains(key) && (elsewhere ? sameEventElsewhere(g, e) : matches(g, e))) {
                        hits.put(g, e);
                        usedPredictions.add(key);
                        break;
                    }
                }
            }
        }
        for (Gold g : gold) {
            Event hit = hits.get(g);
            if (hit == null) {
                if (misses != null && analyses.containsKey(g.sample())) {
                    misses.printf("  missed %s %s %s -> %s (%s) | %s%n", g.sample(), g.type(), g.source(), g.target(),
                            g.modality(), g.evidence());
                }
                continue;
            }
            tp++;
            modalityOk += hit.modality().wireName().equals(g.modality()) ? 1 : 0;
            timeOk += timeAgrees(g.time(), hit) ? 1 : 0;
        }
        if (misses != null) {
            printSpurious(analyses, usedPredictions, misses);
        }
        Prf prf = new Prf();
        prf.add(tp, predicted, gold.size());
        return new Result(prf, tp == 0 ? 0 : (double) modalityOk / tp, tp == 0 ? 0 : (double) timeOk / tp, tp);
    }

    private static void printSpurious(Map<String, Analysis> analyses, Set<String> used, PrintStream out) {
        for (Map.Entry<String, Analysis> a : analyses.entrySet()) {
            for (Event e : scored(a.getValue())) {
                if (!used.contains(a.getKey() + "#" + e.id())) {
                    out.printf("  spurious %s %s %s -> %s (%s, %s) | %s%n", a.getKey(), e.type(), entity(e.source()),
                            entity(e.target()), e.modality().wireName(), e.cameo(), e.evidence().text());
                }
            }
        }
    }

    private static String entity(Argument ref) {
        return ref == null ? "-" : ref.entity();
    }

    /** The predicted events inside the annotated part of the article (not its headline blocks). */
    public static List<Event> scored(Analysis a) {
        List<Event> out = new ArrayList<>();
        for (Event e : a.events()) {
            ArticleText.Role role = a.annotated().text().roleAt(e.evidence().start());
            if (role != ArticleText.Role.TITLE && role != ArticleText.Role.KICKER && role != ArticleText.Role.HEADING) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean matches(Gold g, Event e) {
        return e.evidence().text().contains(g.evidence()) && sameActs(g, e);
    }

    /**
     * The article reports the event once more elsewhere (the lead states what the body tells again) and the coder
     * kept that report: same type, actors and modality, and the same date, or no date on either side.
     */
    private static boolean sameEventElsewhere(Gold g, Event e) {
        boolean sameTime = "doc".equals(g.time()) ? e.time().method() != EventTime.Method.TIMEX
                : g.time().equals(e.time().value());
        return sameTime && g.modality().equals(e.modality().wireName()) && sameActs(g, e);
    }

    private static boolean sameActs(Gold g, Event e) {
        if (e.type() != g.type()) {
            return false;
        }
        String src = e.source() == null ? null : e.source().entity();
        String tgt = e.target() == null ? null : e.target().entity();
        boolean direct = Objects.equals(src, g.source()) && (g.target() == null || Objects.equals(tgt, g.target()));
        boolean swapped = SYMMETRIC.contains(g.type()) && g.target() != null && Objects.equals(src, g.target())
                && Objects.equals(tgt, g.source());
        return direct || swapped;
    }

    private static boolean timeAgrees(String gold, Event e) {
        if ("doc".equals(gold)) {
            return e.time().value() == null || e.time().method().wireName().equals("document-date");
        }
        return gold.equals(e.time().value());
    }
}
