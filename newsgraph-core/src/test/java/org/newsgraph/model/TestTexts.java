/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds annotated texts for unit tests without loading models: one sentence per line, whitespace tokens (with
 * trailing punctuation split off), POS tags given inline as {@code word/TAG} or {@code X}, lemma = lower-cased word.
 */
public final class TestTexts {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'’\\-]+|[^\\s\\p{L}\\p{N}]");

    private TestTexts() {}

    public static AnnotatedText annotated(String text, Language language, LocalDate published) {
        Article a = Article.builder().body(lines(text)).published(published, DateMethod.CLI)
                .language(language.code()).extraction("test").build();
        ArticleText at = ArticleText.of(a);
        List<Sentence> sentences = new ArrayList<>();
        for (ArticleText.Part p : at.parts()) {
            String s = at.text().substring(p.start(), p.end());
            List<Token> toks = new ArrayList<>();
            Matcher m = TOKEN.matcher(s);
            while (m.find()) {
                String w = m.group();
                toks.add(new Token(toks.size(), w, p.start() + m.start(), p.start() + m.end(), "X",
                        w.toLowerCase(Locale.ROOT), "O"));
            }
            sentences.add(new Sentence(sentences.size(), p.start(), p.end(), toks, null));
        }
        return new AnnotatedText(a, at, language, sentences);
    }

    private static List<Paragraph> lines(String text) {
        List<Paragraph> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                out.add(Paragraph.of(l));
            }
        }
        return out;
    }

    /** A copy of the text in which the tokens with the given words carry the given POS tag. */
    public static AnnotatedText tag(AnnotatedText t, String pos, String... words) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : t.sentences()) {
            List<Token> toks = new ArrayList<>();
            for (Token k : s.tokens()) {
                boolean hit = List.of(words).contains(k.word());
                toks.add(hit ? new Token(k.index(), k.word(), k.start(), k.end(), pos, k.lemma(), k.ner()) : k);
            }
            out.add(new Sentence(s.index(), s.start(), s.end(), toks, s.dependencies()));
        }
        return new AnnotatedText(t.article(), t.text(), t.language(), out);
    }
}
