/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.link.ActorRegistry;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Argument;
import org.newsgraph.model.Certainty;
import org.newsgraph.model.Claim;
import org.newsgraph.model.ClaimKind;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.DateMethod;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Event;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Paragraph;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;

/**
 * Parsed sentences for event tests without models: {@code src/test/resources/event/NAME.tsv} holds the language,
 * the publication day and, per sentence, its text, the linker's mentions, time expressions and the parser's tokens
 * (index, word, lemma, POS, head, relation, offsets within the sentence), as CoreNLP and the linker produced them,
 * and the speakers of claims made in it (offsets of the speaker within the sentence and the speaker's actor).
 * Each sentence becomes one paragraph of an article.
 */
final class Fixture {
    private static final LexiconEventCoder CODER = new LexiconEventCoder(ActorRegistry.builtIn());

    private record Raw(String text, List<String[]> mentions, List<String[]> timexes, List<String[]> tokens,
            List<String[]> claims) {}

    final AnnotatedText text;
    final List<Entity> entities;
    final List<Timex> timexes;
    final List<Claim> claims;

    private Fixture(AnnotatedText text, List<Entity> entities, List<Timex> timexes, List<Claim> claims) {
        this.text = text;
        this.entities = entities;
        this.timexes = timexes;
        this.claims = claims;
    }

    /** The events the coder finds in the fixture (claims, where given, are whole sentences said by their speaker). */
    List<Event> events() {
        return CODER.code(text, entities, timexes, claims);
    }

    /** The sentences the coder would have the parser parse. */
    Set<Integer> sentencesToParse() {
        return CODER.sentencesToParse(text, entities);
    }

    static Fixture load(String name) {
        String resource = "event/" + name + ".tsv";
        InputStream in = Fixture.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test fixture " + resource);
        }
        Language lang = null;
        LocalDate published = null;
        List<Raw> raw = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "lang" -> lang = Language.fromCode(f[1]).orElseThrow();
                    case "published" -> published = LocalDate.parse(f[1]);
                    case "sentence" -> raw.add(new Raw(f[1], new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                            new ArrayList<>()));
                    case "claim" -> raw.get(raw.size() - 1).claims().add(f);
                    case "mention" -> raw.get(raw.size() - 1).mentions().add(f);
                    case "timex" -> raw.get(raw.size() - 1).timexes().add(f);
                    case "token" -> raw.get(raw.size() - 1).tokens().add(f);
                    default -> throw new IllegalStateException(resource + ": unknown line " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build(lang, published, raw);
    }

    private static Fixture build(Language lang, LocalDate published, List<Raw> raw) {
        List<Paragraph> body = raw.stream().map(x -> Paragraph.of(x.text())).toList();
        Article a = Article.builder().body(body).language(lang.code()).published(published, DateMethod.CLI)
                .extraction("test").build();
        ArticleText at = ArticleText.of(a);
        List<Sentence> sentences = new ArrayList<>();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        List<Timex> timexes = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            int base = at.parts().get(i).start();
            Raw x = raw.get(i);
            List<Token> tokens = new ArrayList<>();
            List<Dependency> deps = new ArrayList<>();
            for (String[] f : x.tokens()) {
                int idx = Integer.parseInt(f[1]);
                tokens.add(new Token(idx, f[2], base + Integer.parseInt(f[7]), base + Integer.parseInt(f[8]), f[4], f[3],
                        "O"));
                deps.add(new Dependency(Integer.parseInt(f[5]), idx, f[6]));
            }
            sentences.add(new Sentence(i, base, base + x.text().length(), tokens, deps));
            for (String[] m : x.mentions()) {
                int s = base + Integer.parseInt(m[1]);
                int e = base + Integer.parseInt(m[2]);
                mentions.computeIfAbsent(m[3], k -> new ArrayList<>())
                        .add(new Mention(i, s, e, at.text().substring(s, e), m[5], 1.0));
                types.put(m[3], EntityType.valueOf(m[4]));
            }
            for (String[] t : x.timexes()) {
                int s = base + Integer.parseInt(t[1]);
                int e = base + Integer.parseInt(t[2]);
                timexes.add(new Timex(i, s, e, at.text().substring(s, e), t[3], t[4], "test"));
            }
            for (String[] c : x.claims()) {
                claims.add(claim("c" + (claims.size() + 1), i, base, x.text(), c, at.text()));
            }
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((id, ms) -> entities.add(new Entity(id, types.get(id), id, Map.of(), ms)));
        return new Fixture(new AnnotatedText(a, at, lang, sentences), entities, timexes, claims);
    }

    /** A claim whose content is its whole sentence, said by the speaker a {@code claim} line names. */
    private static Claim claim(String id, int sentence, int base, String sentenceText, String[] f, String text) {
        int s = base + Integer.parseInt(f[1]);
        int e = base + Integer.parseInt(f[2]);
        Span content = new Span(base, base + sentenceText.length(), sentenceText);
        return new Claim(id, new Argument(f[3], text.substring(s, e), s, e), "said", List.of(), content,
                List.of(content), ClaimKind.DIRECT, Certainty.REPORTED, false, null, null,
                new Evidence(sentence, base, base + sentenceText.length(), sentenceText), 1.0, "test");
    }
}
