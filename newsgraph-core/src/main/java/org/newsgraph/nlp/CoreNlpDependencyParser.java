/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * {@link DependencyParser} on CoreNLP's neural dependency parser itself (UD models), reading the basic tree. One
 * parser per language, loaded on first use and shared by threads. The pipeline uses {@link NndepDependencyParser}, the
 * same parser over a faster scorer; this one is what it is compared with ({@code bench parse}, the parser tests).
 */
public final class CoreNlpDependencyParser implements DependencyParser {
    private final Map<Language, edu.stanford.nlp.parser.nndep.DependencyParser> parsers =
            new EnumMap<>(Language.class);

    @Override
    public AnnotatedText parse(AnnotatedText text, Set<Integer> which) {
        edu.stanford.nlp.parser.nndep.DependencyParser parser = parser(text.language());
        Map<Integer, List<Dependency>> parses = new HashMap<>();
        for (Sentence s : text.sentences()) {
            if (which.contains(s.index()) && !s.isParsed()) {
                parses.put(s.index(), parse(parser, s));
            }
        }
        return text.withParses(parses);
    }

    /** One sentence's basic dependencies (0-based token indices, the root's head -1). */
    public List<Dependency> parse(Sentence s, Language language) {
        return parse(parser(language), s);
    }

    private static List<Dependency> parse(edu.stanford.nlp.parser.nndep.DependencyParser parser, Sentence s) {
        return dependencies(parser.predict(coreSentence(s)));
    }

    /** A sentence as the parsers read it: tokens with word, tag and (1-based) index. */
    static CoreMap coreSentence(Sentence s) {
        List<CoreLabel> labels = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setTag(t.pos());
            l.setIndex(t.index() + 1);
            labels.add(l);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        return sentence;
    }

    /** The basic dependencies of a parse, 0-based, the root's head -1. */
    static List<Dependency> dependencies(GrammaticalStructure gs) {
        Collection<TypedDependency> typed = gs.typedDependencies();
        List<Dependency> deps = new ArrayList<>(typed.size());
        for (TypedDependency td : typed) {
            deps.add(new Dependency(td.gov().index() - 1, td.dep().index() - 1, td.reln().toString()));
        }
        return deps;
    }

    private synchronized edu.stanford.nlp.parser.nndep.DependencyParser parser(Language language) {
        return parsers.computeIfAbsent(language,
                l -> edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(CoreNlpModels.parserModel(l)));
    }
}
