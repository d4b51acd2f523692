/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.real;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.bench.Prf;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.bench.real.RealArticles.RealArticle;
import org.newsgraph.bench.real.RealGold.GoldClaim;
import org.newsgraph.bench.real.RealGold.GoldEvent;
import org.newsgraph.error.BadInputException;
import org.newsgraph.error.InputIoException;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Claim;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;

/**
 * {@code bench events --dataset real} and {@code bench claims --dataset real}: the pipeline's events and claims on
 * the real articles of one split of the team's gold (docs/annotation.md), scored by {@link EventMatching} and
 * {@link ClaimMatching}. What the pipeline finds in a headline is not scored: the gold annotates lead and body only.
 */
public final class RealBench {
    private static final Set<ArticleText.Role> HEADLINE = Set.of(ArticleText.Role.TITLE, ArticleText.Role.KICKER,
            ArticleText.Role.HEADING);

    /** The shared data folder, the split ("dev", "test" or "all"), a language filter or null, and whether to list misses. */
    public record Options(Path data, String split, String language, boolean showMisses) {}

    private record Run(List<RealArticle> articles, Map<String, Analysis> analyses, Map<String, String> texts,
            double seconds) {}

    private RealBench() {}

    public static SummaryLine events(Options o, Pipeline pipeline, PrintStream out)
            throws InputIoException, BadInputException {
        Run run = analyse(o, pipeline, out);
        List<GoldEvent> gold = RealGold.events("a").stream().filter(g -> run.texts().containsKey(g.article())).toList();
        EventMatching.problems(gold, run.texts()).forEach(p -> out.println("  gold problem: " + p));
        List<Coded> coded = new ArrayList<>();
        run.analyses().forEach((id, a) -> {
            for (Event e : a.events()) {
                if (!HEADLINE.contains(a.annotated().text().roleAt(e.evidence().start()))) {
                    coded.add(Coded.of(id, e, a.annotated()));
                }
            }
        });
        for (String lang : List.of("en", "de")) {
            Set<String> ids = ids(run, lang);
            EventMatching.Result r = EventMatching.score(gold.stream().filter(g -> ids.contains(g.article())).toList(),
                    coded.stream().filter(c -> ids.contains(c.article())).toList(), run.texts(), null);
            print(out, "events " + lang, r.prf());
        }
        EventMatching.Result r = EventMatching.score(gold, coded, run.texts(), o.showMisses() ? out : null);
        print(out, "events", r.prf());
        out.printf(Locale.ROOT, "  among %d matches: modality %.3f, certainty %.3f, attribution %.3f, date %.3f%n",
                r.matched(), r.modality(), r.certainty(), r.attribution(), r.date());
        SummaryLine line = new SummaryLine("events").put("dataset", "real").put("split", o.split())
                .put("articles", run.articles().size()).put("gold", gold.size()).put("predicted", coded.size())
                .ratio("precision", r.prf().precision()).ratio("recall", r.prf().recall()).ratio("f1", r.prf().f1())
                .ratio("modality", r.modality()).ratio("certainty", r.certainty())
                .ratio("date_accuracy", r.date()).ratio("attribution", r.attribution())
                .rate("articles_per_s", run.articles().size() / run.seconds());
        out.println(line);
        return line;
    }

    public static SummaryLine claims(Options o, Pipeline pipeline, PrintStream out)
            throws InputIoException, BadInputException {
        Run run = analyse(o, pipeline, out);
        List<GoldClaim> gold = RealGold.claims("a").stream().filter(g -> run.texts().containsKey(g.article())).toList();
        for (GoldClaim g : gold) {
            if (!run.texts().get(g.article()).contains(g.content())) {
                out.println("  gold problem: " + g.article() + ": content not in the text: " + g.content());
            }
        }
        List<Said> said = new ArrayList<>();
        run.analyses().forEach((id, a) -> {
            for (Claim c : a.claims()) {
                if (!HEADLINE.contains(a.annotated().text().roleAt(c.evidence().start()))) {
                    said.add(Said.of(id, c));
                }
            }
        });
        ClaimMatching.Result r = ClaimMatching.score(gold, said, run.texts(), o.showMisses() ? out : null);
        print(out, "claims", r.prf());
        out.printf(Locale.ROOT, "  among %d found: speaker right %.3f, linked %.3f, kind %.3f, certainty %.3f%n",
                r.found(), r.speaker(), r.linked(), r.kind(), r.certainty());
        SummaryLine line = new SummaryLine("claims").put("dataset", "real").put("split", o.split())
                .put("articles", run.articles().size()).put("gold", gold.size()).put("predicted", said.size())
                .ratio("precision", r.prf().precision()).ratio("recall", r.prf().recall()).ratio("f1", r.prf().f1())
                .ratio("speaker", r.speaker()).ratio("linked", r.linked()).ratio("kind", r.kind())
                .ratio("certainty", r.certainty());
        out.println(line);
        return line;
    }

    /**
     * The analysed text with its headline blanked out (same length, so offsets hold): the gold's evidence is unique in
     * lead and body, and a headline often repeats it word for word.
     */
    private static String bodyOnly(ArticleText text) {
        char[] chars = text.text().toCharArray();
        for (ArticleText.Part p : text.parts()) {
            if (HEADLINE.contains(p.role())) {
                java.util.Arrays.fill(chars, p.start(), Math.min(p.end(), chars.length), ' ');
            }
        }
        return new String(chars);
    }

    private static Set<String> ids(Run run, String lang) {
        Set<String> out = new java.util.HashSet<>();
        run.articles().stream().filter(a -> a.language().equals(lang)).forEach(a -> out.add(a.id()));
        return out;
    }

    private static void print(PrintStream out, String what, Prf p) {
        out.printf(Locale.ROOT, "  %-10s P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)%n", what, p.precision(),
                p.recall(), p.f1(), p.truePositives(), p.predicted(), p.gold());
    }

    private static Run analyse(Options o, Pipeline pipeline, PrintStream out)
            throws InputIoException, BadInputException {
        List<RealArticle> articles = RealArticles.read(o.data(), o.split()).stream()
                .filter(a -> o.language() == null || a.language().equals(o.language())).toList();
        if (articles.isEmpty()) {
            throw new BadInputException("--split " + o.split(), "no articles in that split and language");
        }
        Map<String, Analysis> analyses = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        for (RealArticle a : articles) {
            Analysis an = pipeline.analyze(a.article(), a.id(), new InputHints(null, null, null, a.language()));
            analyses.put(a.id(), an);
            texts.put(a.id(), bodyOnly(an.annotated().text()));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "Real-text gold, split %s: %d articles analysed in %.1f s%n", o.split(),
                articles.size(), seconds);
        return new Run(articles, analyses, texts, seconds);
    }
}
