/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.bench.Prf;
import org.newsgraph.bench.real.RealGold.GoldEvent;
import org.newsgraph.model.PloverType;

/**
 * Scores coded events against gold events, strictly: a coded event matches a gold event when its sentence holds the
 * gold evidence, the PLOVER type is the same, and source and target are the same actors ({@link ActorRef}; joint acts
 * — CONSULT, AGREE, COOPERATE — in either order; a gold target "-" accepts any target). An article reports an event
 * once however often it mentions it, so a gold event none of whose sentence's events matches may also match one in
 * another sentence with the same type, actors and modality and the same time. Each coded event matches at most one
 * gold event. Among matches, agreement on modality, certainty, attribution and date is reported.
 */
final class EventMatching {
    private static final Set<PloverType> SYMMETRIC = Set.of(PloverType.CONSULT, PloverType.AGREE, PloverType.COOPERATE);

    /** Precision, recall and F1, and agreement among the matched events. */
    record Result(Prf prf, int matched, double modality, double certainty, double attribution, double date) {}

    private EventMatching() {}

    /**
     * @param texts  article id → the text that both the gold evidence and the coded sentences index
     * @param out    where to print misses and spurious events, or null
     */
    static Result score(List<GoldEvent> gold, List<Coded> coded, Map<String, String> texts, PrintStream out) {
        Map<GoldEvent, Coded> hits = new IdentityHashMap<>();
        Set<Coded> used = new HashSet<>();
        for (boolean elsewhere : new boolean[] {false, true}) {
            for (GoldEvent g : gold) {
                if (hits.containsKey(g)) {
                    continue;
                }
                int at = texts.getOrDefault(g.article(), "").indexOf(g.evidence());
                for (Coded c : coded) {
                    if (!used.contains(c) && c.article().equals(g.article())
                            && (elsewhere ? sameEventElsewhere(g, c) : inSentence(at, c) && sameActs(g, c))) {
                        hits.put(g, c);
                        used.add(c);
                        break;
                    }
                }
            }
        }
        int modality = 0;
        int certainty = 0;
        int attribution = 0;
        int date = 0;
        for (GoldEvent g : gold) {
            Coded c = hits.get(g);
            if (c == null) {
                if (out != null) {
                    out.printf(Locale.ROOT, "  missed   %s %s %s -> %s (%s, %s) | %s%n", g.article(), g.type(),
                            g.source(), g.target(), g.modality(), g.time(), g.evidence());
                }
                continue;
            }
            modality += g.modality().equals(c.modality()) ? 1 : 0;
            certainty += g.certainty().equals(c.certainty()) ? 1 : 0;
            attribution += g.attribution().sameActor(c.attribution()) ? 1 : 0;
            date += sameTime(g.time(), c.time()) ? 1 : 0;
        }
        if (out != null) {
            for (Coded c : coded) {
                if (!used.contains(c)) {
                    out.printf(Locale.ROOT, "  spurious %s %s %s -> %s (%s, %s, %s) | %s%n", c.article(), c.type(),
                            c.source(), c.target(), c.modality(), c.cameo(), c.time() == null ? "doc" : c.time(),
                            c.evidence());
                }
            }
        }
        int tp = hits.size();
        Prf prf = new Prf();
        prf.add(tp, coded.size(), gold.size());
        return new Result(prf, tp, share(modality, tp), share(certainty, tp), share(attribution, tp), share(date, tp));
    }

    private static double share(int n, int of) {
        return of == 0 ? 0 : (double) n / of;
    }

    private static boolean inSentence(int at, Coded c) {
        return at >= 0 && at >= c.sentenceStart() && at < c.sentenceEnd();
    }

    private static boolean sameEventElsewhere(GoldEvent g, Coded c) {
        return sameTime(g.time(), c.time()) && g.modality().equals(c.modality()) && sameActs(g, c);
    }

    /** "doc" (no time of its own) agrees with a coded event that has no time of its own; a value must be equal. */
    static boolean sameTime(String gold, String coded) {
        return "doc".equals(gold) ? coded == null : gold.equals(coded);
    }

    static boolean sameActs(GoldEvent g, Coded c) {
        if (g.type() != c.type()) {
            return false;
        }
        boolean direct = g.source().sameActor(c.source()) && (g.target().none() || g.target().sameActor(c.target()));
        boolean swapped = SYMMETRIC.contains(g.type()) && !g.target().none() && g.source().sameActor(c.target())
                && g.target().sameActor(c.source());
        return direct || swapped;
    }

    /** Gold lines that are not usable as written: evidence missing from or repeated in the article's text. */
    static List<String> problems(List<GoldEvent> gold, Map<String, String> texts) {
        List<String> out = new ArrayList<>();
        for (GoldEvent g : gold) {
            String text = texts.get(g.article());
            if (text == null) {
                continue;
            }
            int at = text.indexOf(g.evidence());
            if (at < 0) {
                out.add(g.article() + ": evidence not in the text: " + g.evidence());
            } else if (text.indexOf(g.evidence(), at + 1) >= 0) {
                out.add(g.article() + ": evidence occurs more than once: " + g.evidence());
            }
        }
        return out;
    }
}
