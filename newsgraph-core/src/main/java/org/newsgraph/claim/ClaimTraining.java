/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.claim.tagger.LinearChain;
import org.newsgraph.claim.tagger.CrfTrainer;
import org.newsgraph.claim.tagger.PerceptronTrainer;
import org.newsgraph.claim.tagger.SequenceTrainer;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Entity;

/**
 * Builds the training sequences of a {@link ClaimModel} from annotated articles with gold quotations, and trains it.
 * The features are exactly those {@link TaggedClaimExtractor} computes at run time. Not thread-safe.
 */
public final class ClaimTraining {
    /**
     * One gold quotation in document token indices (the tokens of all sentences, in order).
     *
     * @param nested true when the dataset marks it as nested in another quotation
     */
    public record Gold(QuoteForm form, List<Integer> quote, Set<Integer> speaker, Set<Integer> cue,
            Set<Integer> addressee, boolean nested) {}

    /** An article prepared for training: its tokens and what the rules find in it. */
    public static final class Document {
        private final ClaimContext context;

        private Document(ClaimContext context) {
            this.context = context;
        }

        /** Number of tokens in the article. */
        public int size() {
            return context.toks.size();
        }

        /** Character span [start, end) of a document token in the article text. */
        public int[] chars(int token) {
            return context.toks.chars(token, token);
        }
    }

    /** Folds for the cue tagger's held-out predictions on the training articles. */
    static final int FOLDS = 5;
    private final RuleClaimExtractor rules = new RuleClaimExtractor();

    public Document prepare(AnnotatedText text, List<Entity> entities) {
        return new Document(new ClaimContext(text, entities, rules));
    }

    /**
     * Trains the three taggers with the averaged perceptron; the seed makes the result reproducible. Each tagger
     * learns from the output of the one before it on articles that one was not trained on (k-fold), so that it
     * learns how far to trust it on new text.
     */
    public static ClaimModel train(List<Document> docs, List<List<Gold>> gold, int epochs, long seed,
            PrintStream log) {
        List<PerceptronTrainer.Example> cueExamples = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            cueExamples.add(cueExample(docs.get(k), gold.get(k)));
        }
        PerceptronTrainer cueTrainer = new PerceptronTrainer(CueFeatures.COUNT, CueFeatures.BITS, all(CueFeatures.COUNT));
        LinearChain cues = stage("cue tagger", docs, cueExamples, cueTrainer, epochs, seed, log,
                (c, labels) -> c.setPredictedCues(labels));
        List<PerceptronTrainer.Example> quoteExamples = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            quoteExamples.add(quoteExample(docs.get(k), gold.get(k)));
        }
        SequenceTrainer quoteTrainer = Boolean.getBoolean("crf")
                ? new CrfTrainer(QuoteLabels.COUNT, QuoteFeatures.BITS, all(QuoteLabels.COUNT),
                        Double.parseDouble(System.getProperty("rate", "0.1")), Double.parseDouble(System.getProperty("l2", "0.0001")))
                : new PerceptronTrainer(QuoteLabels.COUNT, QuoteFeatures.BITS, all(QuoteLabels.COUNT));
        LinearChain quotes = stage("quote tagger", docs, quoteExamples, quoteTrainer, epochs, seed, log,
                (c, labels) -> System.arraycopy(labels, 0, c.quoteLabel, 0, labels.length));
        List<PerceptronTrainer.Example> roles = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            roles.addAll(roleExamples(docs.get(k), gold.get(k)));
        }
        log.println("role tagger: " + roles.size() + " quotations");
        LinearChain r = new PerceptronTrainer(RoleFeatures.COUNT, RoleFeatures.BITS, all(RoleFeatures.COUNT))
                .train(roles, epochs, seed, log);
        return new ClaimModel(cues, quotes, r, 0);
    }

    /**
     * Trains one tagger on all articles (paragraph by paragraph), after handing each article the labels of a model
     * trained on the other folds.
     */
    private static LinearChain stage(String name, List<Document> docs, List<PerceptronTrainer.Example> examples,
            SequenceTrainer trainer, int epochs, long seed, PrintStream log,
            java.util.function.BiConsumer<ClaimContext, int[]> heldOut) {
        for (int fold = 0; fold < FOLDS; fold++) {
            List<PerceptronTrainer.Example> rest = new ArrayList<>();
            for (int k = 0; k < docs.size(); k++) {
                if (k % FOLDS != fold) {
                    rest.addAll(paragraphs(docs.get(k), examples.get(k)));
                }
            }
            log.println(name + ", fold " + (fold + 1) + " of " + FOLDS);
            LinearChain held = trainer.train(rest, epochs, seed + fold, null);
            for (int k = fold; k < docs.size(); k += FOLDS) {
                ClaimContext c = docs.get(k).context;
                heldOut.accept(c, c.decode(held, examples.get(k).features()));
            }
        }
        List<PerceptronTrainer.Example> all = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            all.addAll(paragraphs(docs.get(k), examples.get(k)));
        }
        log.println(name + ": " + all.size() + " paragraphs");
        return trainer.train(all, epochs, seed, log);
    }

    /** An article's sequence cut into its paragraphs. */
    private static List<PerceptronTrainer.Example> paragraphs(Document d, PerceptronTrainer.Example e) {
        List<PerceptronTrainer.Example> out = new ArrayList<>();
        for (int[] p : d.context.paragraphs()) {
            int[] labels = Arrays.copyOfRange(e.labels(), p[0], p[1]);
            out.add(new PerceptronTrainer.Example(Arrays.copyOfRange(e.features(), p[0], p[1]), labels));
        }
        return out;
    }

    private static boolean[] all(int labels) {
        boolean[] any = new boolean[(labels + 1) * labels];
        Arrays.fill(any, true);
        return any;
    }

    /** The cue tagger's sequence: every token of a gold cue is a cue. */
    private static PerceptronTrainer.Example cueExample(Document d, List<Gold> gold) {
        int[] labels = new int[d.size()];
        for (Gold g : gold) {
            g.cue().forEach(t -> labels[t] = CueFeatures.CUE);
        }
        return new PerceptronTrainer.Example(CueFeatures.of(d.context), labels);
    }

    /** The quote tagger's sequence for an article. */
    private static PerceptronTrainer.Example quoteExample(Document d, List<Gold> gold) {
        List<QuoteLabels.Quote> quotes = new ArrayList<>();
        Set<Integer> speakers = new java.util.HashSet<>();
        Set<Integer> cues = new java.util.HashSet<>();
        for (Gold g : gold) {
            if (!g.quote().isEmpty()) {
                quotes.add(new QuoteLabels.Quote(g.form(), g.quote()));
            }
            speakers.addAll(g.speaker());
            cues.addAll(g.cue());
        }
        return new PerceptronTrainer.Example(QuoteFeatures.of(d.context),
                QuoteLabels.encode(d.size(), quotes, speakers, cues));
    }

    /** The role tagger's sequences, one per outer gold quotation, in text order. */
    private static List<PerceptronTrainer.Example> roleExamples(Document d, List<Gold> gold) {
        List<Gold> outer = new ArrayList<>(gold.stream().filter(g -> !g.nested() && !g.quote().isEmpty()).toList());
        outer.sort(Comparator.comparingInt(g -> g.quote().get(0)));
        List<PerceptronTrainer.Example> out = new ArrayList<>();
        Set<Integer> previous = Set.of();
        for (Gold g : outer) {
            QuoteLabels.Quote q = new QuoteLabels.Quote(g.form(), g.quote());
            RoleFeatures.Window w = RoleFeatures.window(d.context, q);
            int[] labels = new int[w.to() - w.from()];
            for (int i = w.from(); i < w.to(); i++) {
                labels[i - w.from()] = g.speaker().contains(i) ? RoleFeatures.SPEAKER
                        : g.cue().contains(i) ? RoleFeatures.CUE
                        : g.addressee().contains(i) ? RoleFeatures.ADDRESSEE : RoleFeatures.O;
            }
            out.add(new PerceptronTrainer.Example(RoleFeatures.of(d.context, q, w, previous), labels));
            if (!g.speaker().isEmpty()) {
                previous = g.speaker();
            }
        }
        return out;
    }
}
