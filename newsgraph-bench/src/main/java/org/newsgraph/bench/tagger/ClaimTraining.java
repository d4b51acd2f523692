/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.tagger;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.newsgraph.claim.QuoteForm;
import org.newsgraph.claim.rules.RuleClaimExtractor;
import org.newsgraph.claim.tagger.ClaimModel;
import org.newsgraph.claim.tagger.Evidence;
import org.newsgraph.claim.tagger.LinearChain;
import org.newsgraph.claim.tagger.TrainingSequences;
import org.newsgraph.claim.tagger.TrainingSequences.Tagger;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Entity;

/**
 * Builds the training sequences of a {@link ClaimModel} from annotated articles with gold quotations, and trains it.
 * The features are exactly those the tagged extractor computes at run time ({@link TrainingSequences}). Not
 * thread-safe.
 */
public final class ClaimTraining {
    /**
     * One gold quotation in document token indices (the tokens of all sentences, in order).
     *
     * @param nested true when the dataset marks it as nested in another quotation
     */
    public record Gold(QuoteForm form, List<Integer> quote, Set<Integer> speaker, Set<Integer> cue,
            Set<Integer> addressee, boolean nested) {}

    /** An article prepared for training: its evidence, which each trained stage extends with its held-out labels. */
    public static final class Document {
        private Evidence evidence;

        private Document(Evidence evidence) {
            this.evidence = evidence;
        }

        /** Number of tokens in the article. */
        public int size() {
            return evidence.size();
        }

        /** Character span [start, end) of a document token in the article text. */
        public int[] chars(int token) {
            return evidence.chars(token);
        }
    }

    /** Folds for the cue tagger's held-out predictions on the training articles. */
    static final int FOLDS = 5;
    private final RuleClaimExtractor rules = new RuleClaimExtractor();

    public Document prepare(AnnotatedText text, List<Entity> entities) {
        return new Document(TrainingSequences.evidence(text, entities, rules));
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
        LinearChain cues = stage("cue tagger", docs, cueExamples, trainer(Tagger.CUE), epochs, seed, log,
                Evidence::withCues);
        List<PerceptronTrainer.Example> quoteExamples = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            quoteExamples.add(quoteExample(docs.get(k), gold.get(k)));
        }
        // -Dcrf=true trains the quote tagger as a CRF instead (an experiment; -Drate, -Dl2 set its step and penalty)
        SequenceTrainer quoteTrainer = Boolean.getBoolean("crf")
                ? new CrfTrainer(Tagger.QUOTE.labels(), Tagger.QUOTE.bits(), allTransitions(Tagger.QUOTE),
                        Double.parseDouble(System.getProperty("rate", "0.1")),
                        Double.parseDouble(System.getProperty("l2", "0.0001")))
                : trainer(Tagger.QUOTE);
        LinearChain quotes = stage("quote tagger", docs, quoteExamples, quoteTrainer, epochs, seed, log,
                Evidence::withQuotes);
        List<PerceptronTrainer.Example> roles = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            roles.addAll(roleExamples(docs.get(k), gold.get(k)));
        }
        log.println("role tagger: " + roles.size() + " quotations");
        LinearChain r = trainer(Tagger.ROLE).train(roles, epochs, seed, log);
        return new ClaimModel(cues, quotes, r, 0);
    }

    private static PerceptronTrainer trainer(Tagger t) {
        return new PerceptronTrainer(t.labels(), t.bits(), allTransitions(t));
    }

    private static boolean[] allTransitions(Tagger t) {
        boolean[] any = new boolean[(t.labels() + 1) * t.labels()];
        Arrays.fill(any, true);
        return any;
    }

    /**
     * Trains one tagger on all articles (paragraph by paragraph), after handing each article the labels of a model
     * trained on the other folds.
     */
    private static LinearChain stage(String name, List<Document> docs, List<PerceptronTrainer.Example> examples,
            SequenceTrainer trainer, int epochs, long seed, PrintStream log,
            BiFunction<Evidence, int[], Evidence> heldOut) {
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
                Document d = docs.get(k);
                d.evidence = heldOut.apply(d.evidence, d.evidence.decode(held, examples.get(k).features()));
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
        for (int[] p : d.evidence.paragraphs()) {
            int[] labels = Arrays.copyOfRange(e.labels(), p[0], p[1]);
            out.add(new PerceptronTrainer.Example(Arrays.copyOfRange(e.features(), p[0], p[1]), labels));
        }
        return out;
    }

    /** The cue tagger's sequence: every token of a gold cue is a cue. */
    private static PerceptronTrainer.Example cueExample(Document d, List<Gold> gold) {
        int[] labels = new int[d.size()];
        for (Gold g : gold) {
            g.cue().forEach(t -> labels[t] = TrainingSequences.CUE);
        }
        return new PerceptronTrainer.Example(TrainingSequences.cueFeatures(d.evidence), labels);
    }

    /** The quote tagger's sequence for an article. */
    private static PerceptronTrainer.Example quoteExample(Document d, List<Gold> gold) {
        List<TrainingSequences.Quote> quotes = new ArrayList<>();
        Set<Integer> speakers = new HashSet<>();
        Set<Integer> cues = new HashSet<>();
        for (Gold g : gold) {
            if (!g.quote().isEmpty()) {
                quotes.add(new TrainingSequences.Quote(g.form(), g.quote()));
            }
            speakers.addAll(g.speaker());
            cues.addAll(g.cue());
        }
        return new PerceptronTrainer.Example(TrainingSequences.quoteFeatures(d.evidence),
                TrainingSequences.quoteLabels(d.size(), quotes, speakers, cues));
    }

    /** The role tagger's sequences, one per outer gold quotation, in text order. */
    private static List<PerceptronTrainer.Example> roleExamples(Document d, List<Gold> gold) {
        List<Gold> outer = new ArrayList<>(gold.stream().filter(g -> !g.nested() && !g.quote().isEmpty()).toList());
        outer.sort(Comparator.comparingInt(g -> g.quote().get(0)));
        List<PerceptronTrainer.Example> out = new ArrayList<>();
        Set<Integer> previous = Set.of();
        for (Gold g : outer) {
            TrainingSequences.RoleWindow w = TrainingSequences.roles(d.evidence,
                    new TrainingSequences.Quote(g.form(), g.quote()), previous);
            int[] labels = new int[w.to() - w.from()];
            for (int i = w.from(); i < w.to(); i++) {
                labels[i - w.from()] = g.speaker().contains(i) ? TrainingSequences.ROLE_SPEAKER
                        : g.cue().contains(i) ? TrainingSequences.ROLE_CUE
                        : g.addressee().contains(i) ? TrainingSequences.ROLE_ADDRESSEE : TrainingSequences.ROLE_O;
            }
            out.add(new PerceptronTrainer.Example(w.features(), labels));
            if (!g.speaker().isEmpty()) {
                previous = g.speaker();
            }
        }
        return out;
    }
}
