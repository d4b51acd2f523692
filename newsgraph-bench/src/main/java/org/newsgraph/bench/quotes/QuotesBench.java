/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.claim.ClaimExtractor;
import org.newsgraph.claim.Draft;
import org.newsgraph.claim.QuoteForm;
import org.newsgraph.claim.rules.QuoteMarks;
import org.newsgraph.error.BadInputException;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ClaimKind;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.InputHints;
import org.newsgraph.pipeline.Pipeline;

/**
 * Quotation attribution on the German Wikinews dataset (Petersen-Frey and Biemann 2024): every article is analysed
 * by the full pipeline, its claims are mapped onto the dataset's tokens and scored with {@link QuoteScorer}.
 */
public final class QuotesBench {
    /**
     * Dataset folder, split (train, dev, test), an optional document limit (0: all), errors to print, an optional
     * annotation cache folder (null: run the whole pipeline on every document) and an optional folder for predictions
     * in the dataset's format (null: none).
     */
    public record Options(Path dataset, String split, int limit, int showErrors, Path cache, Path predictions) {
        public Options(Path dataset, String split, int limit, int showErrors) {
            this(dataset, split, limit, showErrors, null, null);
        }
    }

    /** Quotation-marked spans of fewer words inside indirect speech are mostly scare quotes, not nested quotations. */
    private static final int NESTED_MIN_WORDS = 2;

    private QuotesBench() {}

    public static SummaryLine run(Options o, Pipeline pipeline, PrintStream out) throws IOException, BadInputException {
        return run(o, pipeline, pipeline.claims(), out);
    }

    /** Runs the bench with another claim extractor than the pipeline's (a freshly trained model). */
    public static SummaryLine run(Options o, Pipeline pipeline, ClaimExtractor claims, PrintStream out)
            throws IOException, BadInputException {
        List<QuoteDoc> docs = QuoteDataset.read(o.dataset(), o.split());
        if (o.limit() > 0 && o.limit() < docs.size()) {
            docs = docs.subList(0, o.limit());
        }
        List<AnnotationCache.Annotated> cached = o.cache() == null ? null
                : AnnotationCache.load(o.cache(), o.split(), docs, pipeline, out);
        QuoteScorer scorer = new QuoteScorer();
        long gold = 0;
        long predicted = 0;
        if (cached == null) {
            pipeline.analyze(article(docs.get(0)), "warm-up", new InputHints(null, null, null, "de"));
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
            QuoteDoc d = docs.get(i);
            List<QuoteDoc.Quotation> sys;
            if (cached == null) {
                Analysis an = pipeline.analyze(article(d), d.name(), new InputHints(null, null, null, "de"));
                sys = quotations(an.annotated(), claims == pipeline.claims() ? an.claims()
                        : claims.extract(an.annotated(), an.entities()), d);
            } else {
                AnnotationCache.Annotated a = cached.get(i);
                AnnotatedText text = AnnotationCache.asPipeline(a, pipeline);
                sys = quotations(text, claims.extract(text, a.entities()), d);
            }
            scorer.add(d.annotations(), sys);
            if (o.showErrors() > 0) {
                ErrorReport.print(out, d, sys);
            }
            if (o.predictions() != null) {
                PredictionWriter.write(o.predictions(), d, sys);
            }
            gold += d.annotations().size();
            predicted += sys.size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "German Wikinews quotations, %s split: %d documents, %d gold, %d predicted, %.1f s%n",
                o.split(), docs.size(), gold, predicted, seconds);
        for (String r : QuoteScorer.ROLES) {
            out.printf(Locale.ROOT, "  %-9s macro P=%.3f R=%.3f F1=%.3f   micro F1=%.3f%n", r, scorer.macroPrecision(r),
                    scorer.macroRecall(r), scorer.macroF1(r), scorer.microF1(r));
        }
        SummaryLine line = new SummaryLine("quotes").put("dataset", "de-wikinews-quotation-attribution")
                .put("split", o.split()).put("docs", docs.size()).put("gold", gold).put("predicted", predicted)
                .ratio("quote_f1", scorer.macroF1("quote")).ratio("quote_precision", scorer.macroPrecision("quote"))
                .ratio("quote_recall", scorer.macroRecall("quote")).ratio("speaker_f1", scorer.macroF1("speaker"))
                .ratio("cue_f1", scorer.macroF1("cue")).rate("docs_per_s", docs.size() / seconds);
        out.println(line);
        return line;
    }

    /** The article as the pipeline sees it: one paragraph per non-empty line, dated from the file name. */
    static Article article(QuoteDoc d) {
        List<Paragraph> body = new ArrayList<>();
        for (String line : d.text().split("\n")) {
            if (!line.isBlank()) {
                body.add(Paragraph.of(line.strip()));
            }
        }
        return Article.builder().body(body).published(d.date(), DateMethod.RECORD).language("de")
                .extraction("wikinews-quotations").build();
    }

    static List<QuoteDoc.Quotation> quotations(AnnotatedText text, List<Claim> claims, QuoteDoc d) {
        Alignment align = Alignment.of(text.text(), d.text());
        List<QuoteMarks.Quoted> quotations = QuoteMarks.quotations(text);
        List<QuoteDoc.Quotation> out = new ArrayList<>();
        for (Claim c : claims) {
            List<Integer> quote = new ArrayList<>();
            // the dataset marks a reported speech act ("Sie nannte den Plan einen Irrweg.") as its whole sentence,
            // without a cue; the claim keeps what was said as its content and the sentence as its evidence
            boolean speechAct = c.method().startsWith(Draft.SPEECH_ACT);
            for (Span s : speechAct ? List.of(new Span(c.evidence().start(), c.evidence().end(), ""))
                    : c.contentParts()) {
                quote.addAll(tokens(d, align.map(s.start()), align.map(s.end())));
            }
            List<Integer> speaker = c.speaker() == null || c.speaker().start() < 0 ? List.of()
                    : tokens(d, align.map(c.speaker().start()), align.map(c.speaker().end()));
            List<Integer> cue = new ArrayList<>();
            for (Span s : speechAct ? List.<Span>of() : c.cueSpans()) {
                cue.addAll(tokens(d, align.map(s.start()), align.map(s.end())));
            }
            List<Integer> addressee = c.addressee() == null || c.addressee().start() < 0 ? List.of()
                    : tokens(d, align.map(c.addressee().start()), align.map(c.addressee().end()));
            out.add(new QuoteDoc.Quotation(form(c), null, sorted(quote), sorted(speaker), sorted(cue), sorted(addressee),
                    List.of()));
            if (c.kind() != ClaimKind.DIRECT) {
                for (QuoteMarks.Quoted q : nested(c, quotations, text.text().text())) {
                    out.add(new QuoteDoc.Quotation(QuoteForm.DIRECT.datasetName(), null,
                            sorted(tokens(d, align.map(q.start()), align.map(q.end()))), sorted(speaker), sorted(cue),
                            sorted(addressee), List.of(), true));
                }
            }
        }
        return out;
    }

    /**
     * The dataset annotates a quotation inside indirect speech ("die Lage sei „äußerst ernst“") as a nested direct
     * quotation of the same speaker and cue, where a claim keeps it as part of its content: the quotations of two
     * words or more that lie inside a content part clearly larger than they are.
     */
    private static List<QuoteMarks.Quoted> nested(Claim c, List<QuoteMarks.Quoted> quotations, String doc) {
        List<QuoteMarks.Quoted> out = new ArrayList<>();
        for (QuoteMarks.Quoted q : quotations) {
            String inner = doc.substring(q.innerStart(), q.innerEnd()).strip();
            if (inner.split("\\s+").length < NESTED_MIN_WORDS) {
                continue;
            }
            for (Span p : c.contentParts()) {
                if (p.start() <= q.start() && q.end() <= p.end() && p.end() - p.start() > q.end() - q.start() + 2) {
                    out.add(q);
                    break;
                }
            }
        }
        return out;
    }

    private static String form(Claim c) {
        return QuoteForm.of(c.method(), c.kind()).datasetName();
    }

    private static List<Integer> sorted(List<Integer> ids) {
        return List.copyOf(new TreeSet<>(ids));
    }

    /** Ids of the dataset tokens overlapping [start, end). */
    static List<Integer> tokens(QuoteDoc d, int start, int end) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < d.tokens().size(); i++) {
            int[] t = d.tokens().get(i);
            if (t[0] < end && start < t[1]) {
                out.add(i);
            }
        }
        return out;
    }

    /** Maps offsets of the laid-out article text back onto the dataset's original text. */
    record Alignment(ArticleText text, int[] deltas) {
        static Alignment of(ArticleText text, String original) {
            int[] deltas = new int[text.parts().size()];
            int cursor = 0;
            for (int i = 0; i < deltas.length; i++) {
                ArticleText.Part p = text.parts().get(i);
                int at = original.indexOf(text.text().substring(p.start(), p.end()), cursor);
                deltas[i] = at < 0 ? 0 : at - p.start();
                cursor = Math.max(cursor, at < 0 ? cursor : at + (p.end() - p.start()));
            }
            return new Alignment(text, deltas);
        }

        int map(int offset) {
            List<ArticleText.Part> parts = text.parts();
            for (int i = parts.size() - 1; i >= 0; i--) {
                if (offset >= parts.get(i).start()) {
                    return offset + deltas[i];
                }
            }
            return offset;
        }
    }
}
