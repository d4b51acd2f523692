/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

import java.io.PrintStream;
import java.util.List;

/** Development aid: prints the gold quotations a system missed and the ones it invented, with their roles. */
final class ErrorReport {
    private ErrorReport() {}

    static void print(PrintStream out, QuoteDoc d, List<QuoteDoc.Quotation> sys) {
        out.println("## " + d.name());
        for (QuoteDoc.Quotation g : d.annotations()) {
            QuoteDoc.Quotation best = best(g, sys);
            double o = best == null ? 0 : QuoteScorer.overlapF1(g.quote(), best.quote());
            if (o < 0.999 || !g.speaker().equals(best.speaker()) || !g.cue().equals(best.cue())) {
                out.printf("  GOLD %-20s o=%.2f q=%s%n       spk=[%s] cue=[%s]%n", g.form(), o, text(d, g.quote()),
                        text(d, g.speaker()), text(d, g.cue()));
                if (best != null && o > 0) {
                    out.printf("       SYS q=%s%n       spk=[%s] cue=[%s]%n", text(d, best.quote()), text(d, best.speaker()),
                            text(d, best.cue()));
                }
            }
        }
        for (QuoteDoc.Quotation s : sys) {
            if (best(s, d.annotations()) == null) {
                out.printf("  SPURIOUS %-16s q=%s spk=[%s] cue=[%s]%n", s.form(), text(d, s.quote()),
                        text(d, s.speaker()), text(d, s.cue()));
            }
        }
    }

    private static QuoteDoc.Quotation best(QuoteDoc.Quotation q, List<QuoteDoc.Quotation> others) {
        QuoteDoc.Quotation best = null;
        double bestO = 0;
        for (QuoteDoc.Quotation o : others) {
            double x = QuoteScorer.overlapF1(q.quote(), o.quote());
            if (x > bestO) {
                bestO = x;
                best = o;
            }
        }
        return best;
    }

    private static String text(QuoteDoc d, List<Integer> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int prev = -2;
        for (int id : ids) {
            int[] t = d.tokens().get(id);
            sb.append(prev == id - 1 ? " " : (sb.length() == 0 ? "" : " … ")).append(d.text(), t[0], t[1]);
            prev = id;
        }
        String s = sb.toString();
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }
}
