/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.newsgraph.bench.tagger.ClaimTraining;
import org.newsgraph.claim.QuoteForm;
import org.newsgraph.claim.tagger.ClaimModel;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.pipeline.Pipeline;

/**
 * Trains the German claim model on the train split of the quotation dataset, or on the GermEval 2023 SpkAtt speeches
 * (train, dev and trial): every article goes through the pipeline (or comes from an annotation cache), its gold quotations
 * are mapped onto the pipeline's tokens by character offsets, and the taggers are trained with a fixed seed. The same
 * command always yields the same model.
 */
public final class QuoteTrainer {
    /**
     * Training settings: the Wikinews dataset folder, optional training data of another kind (the SpkAtt folder;
     * null: the Wikinews train split), optional annotation cache folder, epochs and seed.
     */
    public record Options(Path dataset, Path trainingData, Path cache, int epochs, long seed) {}

    private QuoteTrainer() {}

    public static ClaimModel train(Options o, Pipeline pipeline, PrintStream log) throws IOException {
        boolean spkatt = o.trainingData() != null;
        if (spkatt && !SpkAttDataset.is(o.trainingData())) {
            throw new IOException(o.trainingData() + ": not the GermEval 2023 SpkAtt data (no data/train/task1)");
        }
        List<QuoteDoc> docs = new ArrayList<>();
        if (spkatt) {
            // Every speech with gold: the model is measured on the news data, never on these.
            for (String part : List.of("train", "dev", "trial")) {
                docs.addAll(SpkAttDataset.read(o.trainingData(), part));
            }
            log.println("SpkAtt: " + docs.size() + " speeches, "
                    + docs.stream().mapToInt(d -> d.annotations().size()).sum() + " quotations");
        } else {
            docs.addAll(QuoteDataset.read(o.dataset(), "train"));
        }
        String split = spkatt ? "spkatt" : "train";
        List<AnnotationCache.Annotated> annotated = o.cache() != null ? AnnotationCache.load(o.cache(), split, docs,
                pipeline, log) : annotateAll(docs, pipeline, log);
        ClaimTraining training = new ClaimTraining();
        List<ClaimTraining.Document> prepared = new ArrayList<>();
        List<List<ClaimTraining.Gold>> gold = new ArrayList<>();
        for (AnnotationCache.Annotated a : annotated) {
            AnnotatedText text = AnnotationCache.asPipeline(a, pipeline);
            ClaimTraining.Document doc = training.prepare(text, a.entities());
            prepared.add(doc);
            gold.add(gold(a.doc(), text, doc));
        }
        return ClaimTraining.train(prepared, gold, o.epochs(), o.seed(), log);
    }

    /** Writes the model file (gzip), creating its folder. */
    public static void write(ClaimModel model, Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
    }

    private static List<AnnotationCache.Annotated> annotateAll(List<QuoteDoc> docs, Pipeline pipeline,
            PrintStream log) {
        List<AnnotationCache.Annotated> out = new ArrayList<>();
        log.println("annotating " + docs.size() + " documents (--cache DIR keeps them for the next run)");
        for (QuoteDoc d : docs) {
            out.add(AnnotationCache.annotate(d, pipeline));
            if (out.size() % AnnotationCache.PROGRESS_EVERY == 0) {
                log.println("  annotated " + out.size() + " of " + docs.size());
            }
        }
        return out;
    }

    /** The gold quotations of a document in the pipeline's document token indices. */
    static List<ClaimTraining.Gold> gold(QuoteDoc d, AnnotatedText text, ClaimTraining.Document doc) {
        QuotesBench.Alignment align = QuotesBench.Alignment.of(text.text(), d.text());
        List<List<Integer>> ours = new ArrayList<>();
        for (int i = 0; i < d.tokens().size(); i++) {
            ours.add(new ArrayList<>());
        }
        for (int t = 0; t < doc.size(); t++) {
            int[] c = doc.chars(t);
            for (int id : QuotesBench.tokens(d, align.map(c[0]), align.map(c[1]))) {
                ours.get(id).add(t);
            }
        }
        List<ClaimTraining.Gold> out = new ArrayList<>();
        for (QuoteDoc.Quotation q : d.annotations()) {
            QuoteForm form = QuoteForm.ofDatasetName(q.form());
            if (form == null) {
                continue;
            }
            out.add(new ClaimTraining.Gold(form, List.copyOf(map(q.quote(), ours)), map(q.speaker(), ours),
                    map(q.cue(), ours), map(q.addressee(), ours), q.nested()));
        }
        return out;
    }

    private static TreeSet<Integer> map(List<Integer> ids, List<List<Integer>> ours) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int id : ids) {
            out.addAll(ours.get(id));
        }
        return out;
    }
}
