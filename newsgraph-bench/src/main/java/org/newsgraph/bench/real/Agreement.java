/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import java.io.PrintStream;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.bench.real.RealArticles.RealArticle;
import org.newsgraph.bench.real.RealGold.GoldClaim;
import org.newsgraph.bench.real.RealGold.GoldEvent;
import org.newsgraph.error.InputIoException;

/**
 * {@code bench agreement}: how far two annotators agree, scored with the benches' own matching. The second
 * annotator's events ({@code events-b.tsv}) are scored as if coded against the first annotator's gold on the articles
 * both annotated; a second annotator's event lies in the sentence (java.text's sentence boundaries of the article's
 * language) that holds its evidence; a claim is found when both annotate content in the same sentence.
 */
public final class Agreement {
    private Agreement() {}

    public static SummaryLine run(Path data, PrintStream out, boolean showMisses) throws InputIoException {
        List<GoldEvent> b = RealGold.events("b");
        List<GoldClaim> bClaims = RealGold.claims("b");
        Set<String> covered = new TreeSet<>();
        b.forEach(e -> covered.add(e.article()));
        bClaims.forEach(c -> covered.add(c.article()));
        Map<String, RealArticle> articles = new LinkedHashMap<>();
        for (RealArticle a : RealArticles.read(data, "all")) {
            if (covered.contains(a.id())) {
                articles.put(a.id(), a);
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        articles.forEach((id, a) -> texts.put(id, a.text()));
        List<GoldEvent> a = RealGold.events("a").stream().filter(g -> covered.contains(g.article())).toList();
        List<Coded> coded = new ArrayList<>();
        int n = 0;
        for (GoldEvent e : b) {
            int[] s = sentence(articles.get(e.article()), e.evidence());
            coded.add(new Coded(e.article(), "b" + (++n), s[0], s[1], e.type(), e.cameo(), e.source(), e.target(),
                    e.modality(), e.certainty(), e.attribution(), "doc".equals(e.time()) ? null : e.time(),
                    e.evidence()));
        }
        EventMatching.problems(b, texts).forEach(p -> out.println("  annotation b problem: " + p));
        EventMatching.Result ev = EventMatching.score(a, coded, texts, showMisses ? out : null);
        List<GoldClaim> aClaims = RealGold.claims("a").stream().filter(g -> covered.contains(g.article())).toList();
        List<Said> said = new ArrayList<>();
        for (GoldClaim c : bClaims) {
            said.add(new Said(c.article(), "b" + (++n), List.of(sentence(articles.get(c.article()), c.content())),
                    c.speaker(), c.speakerText(), c.kind(), c.certainty(), c.content()));
        }
        ClaimMatching.Result cl = ClaimMatching.score(aClaims, said, texts, showMisses ? out : null);
        out.printf(Locale.ROOT, "Agreement on %d articles: events %d (a) and %d (b), F1 %.3f (P %.3f R %.3f of b "
                + "against a); among matches modality %.3f, certainty %.3f, date %.3f%n", articles.size(), a.size(),
                b.size(), ev.prf().f1(), ev.prf().precision(), ev.prf().recall(), ev.modality(), ev.certainty(),
                ev.date());
        out.printf(Locale.ROOT, "  claims %d (a) and %d (b), F1 %.3f; among matches speaker %.3f, linked %.3f%n",
                aClaims.size(), bClaims.size(), cl.prf().f1(), cl.speaker(), cl.linked());
        SummaryLine line = new SummaryLine("agreement").put("articles", articles.size()).put("events_a", a.size())
                .put("events_b", b.size()).ratio("events_f1", ev.prf().f1())
                .ratio("events_precision", ev.prf().precision()).ratio("events_recall", ev.prf().recall())
                .ratio("modality", ev.modality()).ratio("date", ev.date()).put("claims_a", aClaims.size())
                .put("claims_b", bClaims.size()).ratio("claims_f1", cl.prf().f1()).ratio("speaker", cl.speaker());
        out.println(line);
        return line;
    }

    /** The sentence of {@code text} that holds the first occurrence of {@code words}, as [start, end). */
    static int[] sentence(RealArticle article, String words) {
        String text = article.text();
        int at = text.indexOf(words);
        if (at < 0) {
            return new int[] {-1, -1};
        }
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag(article.language()));
        it.setText(text);
        int end = it.following(at);
        int start = it.previous();
        // a paragraph break also ends a sentence (headlines and datelines end without a full stop)
        int para = text.lastIndexOf('\n', at);
        start = Math.max(start, para + 1);
        int next = text.indexOf('\n', at);
        end = next >= 0 && next < end ? next : end;
        return new int[] {start, end == BreakIterator.DONE ? text.length() : end};
    }
}
