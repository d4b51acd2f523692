/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.bench.Prf;
import org.newsgraph.bench.SummaryLine;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Pipeline;

/**
 * GermEval 2014 outer-chunk evaluation of the German named entities as the analysis emits them (own tokenisation,
 * registry linking included), mapped onto PER, LOC, ORG, OTH. For reference it also scores the CoreNLP CRF's labels
 * on our tokens and on the gold tokens. Mapping: PERSON to PER; COUNTRY and LOCATION to LOC; ORGANIZATION, MEDIA and
 * GROUP to ORG; OTHER to OTH. Adjectives, words for peoples, compound parts and role nouns are not names: like the
 * gold "deriv" and "part" chunks they are left out.
 */
public final class NerBench {
    static final List<String> CLASSES = List.of("PER", "LOC", "ORG", "OTH");
    private static final String CRF_MODEL = "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz";

    /** What to run: dataset folder, split ({@code test} or {@code dev}), an optional sentence limit (0: all). */
    public record Options(Path dataset, String split, int limit, boolean baselines, int showErrors) {}

    private NerBench() {}

    public static SummaryLine run(Options o, Pipeline pipeline, PrintStream out) throws IOException, ClassNotFoundException {
        Path file = o.dataset().resolve("NER-de-" + o.split() + ".tsv");
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such GermEval file (splits: dev, test)");
        }
        List<GermEvalSentence> sentences = GermEvalReader.read(file);
        if (o.limit() > 0 && o.limit() < sentences.size()) {
            sentences = sentences.subList(0, o.limit());
        }
        Map<String, Prf> ours = newScores();
        Map<String, Prf> crfOwn = newScores();
        long tokens = 0;
        int shown = 0;
        // warm up the models before timing
        pipeline.linker().link(pipeline.annotator().annotate(article(sentences.get(0)), Language.GERMAN));
        long t0 = System.nanoTime();
        for (GermEvalSentence s : sentences) {
            tokens += s.tokens().size();
            AnnotatedText t = pipeline.annotator().annotate(article(s), Language.GERMAN);
            List<Entity> entities = pipeline.linker().link(t);
            List<Chunks.Chunk> gold = Chunks.baseClasses(Chunks.of(s.tags()));
            int[][] offsets = offsets(s.tokens());
            List<Chunks.Chunk> predicted = chunksOfEntities(entities, offsets);
            score(ours, gold, predicted);
            if (shown < o.showErrors()) {
                shown += showErrors(out, s, gold, predicted);
            }
            score(crfOwn, gold, chunksOfCrfLabels(t, offsets));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Prf> crfGold = o.baselines() ? crfOnGoldTokens(sentences) : null;

        out.printf(Locale.ROOT, "GermEval 2014 %s: %d sentences, %d tokens, %.1f s%n", o.split(), sentences.size(),
                tokens, seconds);
        report(out, "newsgraph (analysis entities, own tokens)", ours);
        report(out, "CoreNLP CRF labels, own tokens", crfOwn);
        if (crfGold != null) {
            report(out, "CoreNLP CRF alone, gold tokens", crfGold);
        }
        Prf all = ours.get("ALL");
        SummaryLine line = new SummaryLine("ner").put("dataset", "germeval2014").put("split", o.split())
                .put("sentences", sentences.size()).put("tokens", tokens)
                .ratio("f1", all.f1()).ratio("precision", all.precision()).ratio("recall", all.recall());
        for (String c : CLASSES) {
            line.ratio("f1_" + c, ours.get(c).f1());
        }
        line.ratio("crf_own_tokens_f1", crfOwn.get("ALL").f1());
        if (crfGold != null) {
            line.ratio("crf_gold_tokens_f1", crfGold.get("ALL").f1());
        }
        line.rate("tokens_per_s", tokens / seconds);
        out.println(line);
        return line;
    }

    static Article article(GermEvalSentence s) {
        return Article.builder().body(List.of(Paragraph.of(String.join(" ", s.tokens()))))
                .published(s.date(), DateMethod.RECORD).language("de").extraction("germeval").build();
    }

    /** Character offsets of the gold tokens in the space-joined sentence. */
    static int[][] offsets(List<String> tokens) {
        int[][] o = new int[tokens.size()][2];
        int pos = 0;
        for (int i = 0; i < tokens.size(); i++) {
            o[i][0] = pos;
            o[i][1] = pos + tokens.get(i).length();
            pos = o[i][1] + 1;
        }
        return o;
    }

    static String mapType(Entity e) {
        return switch (e.type()) {
            case PERSON -> "PER";
            case COUNTRY, LOCATION -> "LOC";
            case ORGANIZATION, MEDIA, GROUP -> "ORG";
            case OTHER -> "OTH";
        };
    }

    /** Names only: derived forms, compound parts, role and institution nouns are not named-entity chunks. */
    static boolean isName(Mention m) {
        String method = m.method();
        return !method.startsWith("role") && !method.equals("gazetteer:adjective") && !method.equals("gazetteer:people")
                && !method.equals("gazetteer:compound") && !method.startsWith("institution:");
    }

    static List<Chunks.Chunk> chunksOfEntities(List<Entity> entities, int[][] offsets) {
        List<Chunks.Chunk> out = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (isName(m)) {
                    // an organisation's name linked to its state ("Thames Valley Police") is an ORG chunk
                    String type = m.method().startsWith("name+institution:") ? "ORG" : mapType(e);
                    Chunks.Chunk c = toChunk(m.start(), m.end(), type, offsets);
                    if (c != null) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    static List<Chunks.Chunk> chunksOfCrfLabels(AnnotatedText t, int[][] offsets) {
        List<Chunks.Chunk> out = new ArrayList<>();
        for (Sentence s : t.sentences()) {
            List<Token> toks = s.tokens();
            int i = 0;
            while (i < toks.size()) {
                String l = toks.get(i).ner();
                if ("O".equals(l)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < toks.size() && l.equals(toks.get(j + 1).ner())) {
                    j++;
                }
                Chunks.Chunk c = toChunk(toks.get(i).start(), toks.get(j).end(), crfClass(l), offsets);
                if (c != null) {
                    out.add(c);
                }
                i = j + 1;
            }
        }
        return out;
    }

    static String crfClass(String label) {
        return switch (label) {
            case "PERSON" -> "PER";
            case "LOCATION" -> "LOC";
            case "ORGANIZATION" -> "ORG";
            default -> "OTH";
        };
    }

    /** The gold tokens covering a character span, as a chunk. */
    static Chunks.Chunk toChunk(int start, int end, String type, int[][] offsets) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < offsets.length; i++) {
            if (first < 0 && offsets[i][1] > start) {
                first = i;
            }
            if (offsets[i][0] < end) {
                last = i;
            }
        }
        return first < 0 || last < first ? null : new Chunks.Chunk(first, last + 1, type);
    }

    /** Prints the sentence's false negatives and false positives; returns how many it printed. */
    private static int showErrors(PrintStream out, GermEvalSentence s, List<Chunks.Chunk> gold, List<Chunks.Chunk> pred) {
        Set<Chunks.Chunk> g = new HashSet<>(gold);
        Set<Chunks.Chunk> p = new HashSet<>(pred);
        int n = 0;
        for (Chunks.Chunk c : gold) {
            if (!p.contains(c)) {
                out.println("  FN " + c.type() + " " + String.join(" ", s.tokens().subList(c.first(), c.end())) + "  | "
                        + String.join(" ", s.tokens()));
                n++;
            }
        }
        for (Chunks.Chunk c : pred) {
            if (!g.contains(c)) {
                out.println("  FP " + c.type() + " " + String.join(" ", s.tokens().subList(c.first(), c.end())) + "  | "
                        + String.join(" ", s.tokens()));
                n++;
            }
        }
        return n;
    }

    private static Map<String, Prf> crfOnGoldTokens(List<GermEvalSentence> sentences)
            throws IOException, ClassNotFoundException {
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(CRF_MODEL);
        Map<String, Prf> scores = newScores();
        for (GermEvalSentence s : sentences) {
            List<CoreLabel> toks = new ArrayList<>();
            for (String w : s.tokens()) {
                CoreLabel l = new CoreLabel();
                l.setWord(w);
                l.setValue(w);
                l.setOriginalText(w);
                toks.add(l);
            }
            List<String> tags = new ArrayList<>();
            String prev = "O";
            for (CoreLabel l : crf.classifySentence(toks)) {
                String a = l.get(CoreAnnotations.AnswerAnnotation.class);
                String c = "O".equals(a) ? "O" : crfClass(a);
                tags.add("O".equals(c) ? "O" : (c.equals(prev) ? "I-" : "B-") + c);
                prev = c;
            }
            score(scores, Chunks.baseClasses(Chunks.of(s.tags())), Chunks.of(tags));
        }
        return scores;
    }

    private static Map<String, Prf> newScores() {
        Map<String, Prf> m = new LinkedHashMap<>();
        m.put("ALL", new Prf());
        CLASSES.forEach(c -> m.put(c, new Prf()));
        return m;
    }

    static void score(Map<String, Prf> scores, List<Chunks.Chunk> gold, List<Chunks.Chunk> predicted) {
        Set<Chunks.Chunk> g = new HashSet<>(gold);
        Set<Chunks.Chunk> p = new HashSet<>(predicted);
        long tp = p.stream().filter(g::contains).count();
        scores.get("ALL").add(tp, p.size(), g.size());
        for (String c : CLASSES) {
            long pc = p.stream().filter(x -> x.type().equals(c)).count();
            long gc = g.stream().filter(x -> x.type().equals(c)).count();
            long tc = p.stream().filter(x -> x.type().equals(c) && g.contains(x)).count();
            scores.get(c).add(tc, pc, gc);
        }
    }

    private static void report(PrintStream out, String title, Map<String, Prf> scores) {
        out.println(title);
        scores.forEach((k, v) -> out.printf(Locale.ROOT, "  %-4s P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)%n", k,
                v.precision(), v.recall(), v.f1(), v.truePositives(), v.predicted(), v.gold()));
    }
}
