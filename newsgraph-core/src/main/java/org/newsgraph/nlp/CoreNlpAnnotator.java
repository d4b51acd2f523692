/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Language;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * {@link Annotator} on Stanford CoreNLP (tokenize, ssplit, mwt for German, pos, lemma for English, ner) with German
 * lemmas from OpenNLP. Thread-safe.
 */
public final class CoreNlpAnnotator implements Annotator {
    private final CoreNlpModels models = new CoreNlpModels();
    private volatile GermanLemmatizer germanLemmatizer;

    @Override
    public AnnotatedText annotate(Article article, Language language) {
        ArticleText text = ArticleText.of(article);
        Annotation doc = new Annotation(TextNormalizer.forTokenizer(text.text()));
        models.pipeline(language).annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            String[] lemmas = lemmas(labels, language);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                tokens.add(new Token(i, l.word(), l.beginPosition(), l.endPosition(), l.tag(), lemmas[i],
                        l.ner() == null ? "O" : l.ner()));
            }
            int start = tokens.get(0).start();
            int end = tokens.get(tokens.size() - 1).end();
            sentences.add(new Sentence(sentences.size(), start, end, tokens, null));
        }
        return new AnnotatedText(article, text, language, sentences);
    }

    private String[] lemmas(List<CoreLabel> labels, Language language) {
        String[] out = new String[labels.size()];
        if (language == Language.GERMAN) {
            String[] words = new String[labels.size()];
            String[] tags = new String[labels.size()];
            for (int i = 0; i < out.length; i++) {
                words[i] = labels.get(i).word();
                tags[i] = labels.get(i).tag();
            }
            return germanLemmatizer().lemmatize(words, tags);
        }
        for (int i = 0; i < out.length; i++) {
            String l = labels.get(i).lemma();
            out[i] = (l == null ? labels.get(i).word() : l).toLowerCase(language.locale());
        }
        return out;
    }

    private GermanLemmatizer germanLemmatizer() {
        GermanLemmatizer g = germanLemmatizer;
        if (g == null) {
            synchronized (this) {
                if (germanLemmatizer == null) {
                    germanLemmatizer = new GermanLemmatizer();
                }
                g = germanLemmatizer;
            }
        }
        return g;
    }
}
