/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.trees.EnglishGrammaticalRelations;
import edu.stanford.nlp.trees.EnglishGrammaticalStructure;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.trees.international.pennchinese.ChineseGrammaticalRelations;
import edu.stanford.nlp.trees.international.pennchinese.ChineseGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser over {@link NndepScorer}: CoreNLP's own arc-standard transition system
 * ({@code ArcStandard}, {@code Configuration}), its feature set and its choice of the best applicable transition, and
 * the same {@code GrammaticalStructure} built from the result, so that {@link #predict} returns what CoreNLP's
 * {@code DependencyParser.predict} returns for the same model and sentence. Thread-safe.
 */
final class NndepParser {
    private static final int POS_OFFSET = 18;
    private static final int DEP_OFFSET = 36;
    private static final int STACK_OFFSET = 6;
    private static final int STACK_NUMBER = 6;

    private final NndepModel model;
    private final NndepScorer scorer;
    private final ArcStandard system;
    private final String[] transitions;
    private final int nullWord;
    private final int rootWord;
    private final int nullPos;
    private final int rootPos;
    private final String shift;
    private final String rootArc;

    NndepParser(NndepModel model) {
        this.model = model;
        this.scorer = new NndepScorer(model);
        this.system = new ArcStandard(new Config(new Properties()).tlp, model.labels, false);
        List<String> moves = new ArrayList<>();
        model.labels.forEach(l -> moves.add("L(" + l + ")"));
        model.labels.forEach(l -> moves.add("R(" + l + ")"));
        moves.add("S");
        transitions = moves.toArray(new String[0]);
        for (int i = 0; i < transitions.length; i++) { // the order of CoreNLP's ArcStandard, checked
            if (system.getTransitionID(transitions[i]) != i) {
                throw new IllegalStateException("unexpected transition order in CoreNLP's ArcStandard");
            }
        }
        if (transitions.length != system.numTransitions() || transitions.length != scorer.transitions()) {
            throw new IllegalStateException(model.file + ": " + scorer.transitions() + " scores for "
                    + system.numTransitions() + " transitions");
        }
        shift = transitions[transitions.length - 1];
        rootArc = transitions[model.labels.size()]; // R(root label): the root label comes first
        nullWord = model.wordId(Config.NULL);
        rootWord = model.wordId(Config.ROOT);
        nullPos = model.posId(Config.NULL);
        rootPos = model.posId(Config.ROOT);
    }

    static NndepParser load(String modelFile) {
        return new NndepParser(NndepModel.load(modelFile));
    }

    /** The parse of a sentence whose tokens carry word, tag and index, as CoreNLP's parser returns it. */
    GrammaticalStructure predict(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int n = tokens.size();
        // word and tag IDs by sentence index: 0 is the root, n + 1 stands for "none" (CoreNLP's -1)
        int[] words = new int[n + 2];
        int[] tags = new int[n + 2];
        words[0] = rootWord;
        tags[0] = rootPos;
        for (int i = 0; i < n; i++) {
            words[i + 1] = model.wordId(tokens.get(i).word());
            tags[i + 1] = model.posId(tokens.get(i).tag());
        }
        words[n + 1] = nullWord;
        tags[n + 1] = nullPos;
        Configuration c = system.initialConfiguration(sentence);
        int[] f = new int[NndepModel.FEATURES];
        while (!system.isTerminal(c)) {
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing");
            }
            String move = forced(c);
            if (move == null) {
                features(c, words, tags, n, f);
                double[] scores = scorer.scores(f);
                double best = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < transitions.length; j++) {
                    if (scores[j] > best && system.canApply(c, transitions[j])) {
                        best = scores[j];
                        move = transitions[j];
                    }
                }
            }
            system.apply(c, move);
        }
        return structure(tokens, c);
    }

    /**
     * The only transition the system allows, or null when there is a choice. Where there is none (the stack holds the
     * root and at most one word and the buffer is not empty: shift; the buffer is empty: attach the last word to the
     * root), CoreNLP's parser scores every transition and then takes that one whatever the scores (it would fail on
     * a score that is not a number); scoring is skipped here.
     */
    private String forced(Configuration c) {
        int stack = c.getStackSize();
        if (stack <= 2 && c.getBufferSize() > 0) {
            return shift;
        }
        if (stack == 2) {
            return rootArc;
        }
        return null;
    }

    private void features(Configuration c, int[] words, int[] tags, int n, int[] f) {
        for (int j = 2; j >= 0; --j) {
            int index = c.getStack(j);
            f[2 - j] = words[at(index, n)];
            f[POS_OFFSET + (2 - j)] = tags[at(index, n)];
        }
        for (int j = 0; j <= 2; ++j) {
            int index = c.getBuffer(j);
            f[3 + j] = words[at(index, n)];
            f[POS_OFFSET + 3 + j] = tags[at(index, n)];
        }
        for (int j = 0; j <= 1; ++j) {
            int k = c.getStack(j);
            int base = STACK_OFFSET + j * STACK_NUMBER;
            child(c, c.getLeftChild(k), words, tags, n, f, base, j, 0);
            child(c, c.getRightChild(k), words, tags, n, f, base, j, 1);
            child(c, c.getLeftChild(k, 2), words, tags, n, f, base, j, 2);
            child(c, c.getRightChild(k, 2), words, tags, n, f, base, j, 3);
            child(c, c.getLeftChild(c.getLeftChild(k)), words, tags, n, f, base, j, 4);
            child(c, c.getRightChild(c.getRightChild(k)), words, tags, n, f, base, j, 5);
        }
    }

    private void child(Configuration c, int index, int[] words, int[] tags, int n, int[] f, int base, int j,
            int which) {
        f[base + which] = words[at(index, n)];
        f[POS_OFFSET + base + which] = tags[at(index, n)];
        f[DEP_OFFSET + j * STACK_NUMBER + which] = model.labelIds.get(c.getLabel(index));
    }

    /** A CoreNLP sentence index (-1 for none) as an index into the per-sentence ID arrays. */
    private static int at(int index, int n) {
        return index < 0 || index > n ? n + 1 : index;
    }

    /** The busy-work of CoreNLP's {@code DependencyParser.predict}: heads and labels as a grammatical structure. */
    private GrammaticalStructure structure(List<CoreLabel> tokens, Configuration c) {
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        for (int i = 1; i <= tokens.size(); i++) {
            int head = c.getHead(i);
            IndexedWord word = new IndexedWord(tokens.get(i - 1));
            IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(i));
            dependencies.add(new TypedDependency(relation, headWord, word));
        }
        TreeGraphNode rootNode = new TreeGraphNode(root);
        return switch (model.language) {
            case English -> new EnglishGrammaticalStructure(dependencies, rootNode);
            case Chinese -> new ChineseGrammaticalStructure(dependencies, rootNode);
            default -> new UniversalEnglishGrammaticalStructure(dependencies, rootNode);
        };
    }

    private GrammaticalRelation relation(String label) {
        GrammaticalRelation stored = switch (model.language) {
            case English -> EnglishGrammaticalRelations.shortNameToGRel.get(label);
            case UniversalEnglish -> UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
            case Chinese -> ChineseGrammaticalRelations.shortNameToGRel.get(label);
            default -> null;
        };
        return stored != null ? stored : new GrammaticalRelation(model.language, label, null,
                GrammaticalRelation.DEPENDENT);
    }
}
