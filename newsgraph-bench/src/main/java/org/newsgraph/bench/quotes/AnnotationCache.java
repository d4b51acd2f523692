/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleText;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Language;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Pipeline;

/**
 * The pipeline's annotations of a split (tokens, tags, lemmas, a dependency parse of every sentence, linked entities),
 * kept in a gzip file so that claim experiments and model training need not rerun the NLP models. The cache holds
 * the project's own annotations of the dataset's text: it lives outside the repository (a path the user gives).
 */
final class AnnotationCache {
    private static final int VERSION = 1;
    /** Documents between two progress lines while annotating (a speech takes a few seconds). */
    static final int PROGRESS_EVERY = 20;

    /** One document with the pipeline's view of it; every sentence carries its parse. */
    record Annotated(QuoteDoc doc, AnnotatedText text, List<Entity> entities) {}

    private AnnotationCache() {}

    /**
     * The documents of a split with their annotations: read from the split's file in the cache folder where it has
     * them, annotated by the pipeline otherwise (and then the file is rewritten with them).
     */
    static List<Annotated> load(Path folder, String split, List<QuoteDoc> docs, Pipeline pipeline, PrintStream log)
            throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(split + ".annotations.gz");
        Map<String, QuoteDoc> byName = new HashMap<>();
        docs.forEach(d -> byName.put(d.name(), d));
        Map<String, Annotated> known = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                    new GZIPInputStream(Files.newInputStream(file))))) {
                if (in.readInt() != VERSION) {
                    throw new IOException(file + ": cache of another version; delete it to rebuild");
                }
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String name = in.readUTF();
                    known.put(name, readDoc(in, byName.get(name)));
                }
            }
        }
        List<Annotated> out = new ArrayList<>();
        boolean added = false;
        long missing = docs.stream().filter(d -> !known.containsKey(d.name())).count();
        if (missing > 0) {
            log.println("annotating " + missing + " documents of " + split + " for " + file);
        }
        int done = 0;
        for (QuoteDoc d : docs) {
            Annotated a = known.get(d.name());
            if (a == null) {
                a = annotate(d, pipeline);
                if (++done % PROGRESS_EVERY == 0) {
                    log.println("  annotated " + done + " of " + missing);
                }
                known.put(d.name(), a);
                added = true;
            }
            out.add(a);
        }
        if (added) {
            write(file, known.values().stream().filter(a -> a.doc() != null).toList());
        }
        return out;
    }

    /**
     * The document as the pipeline hands it to the claim extractor: parses only on the sentences that the claim
     * extractor and the event coder ask for.
     */
    static AnnotatedText asPipeline(Annotated a, Pipeline pipeline) {
        Map<Integer, List<Dependency>> parses = new HashMap<>();
        List<Sentence> bare = new ArrayList<>();
        for (Sentence s : a.text().sentences()) {
            bare.add(s.withDependencies(null));
        }
        AnnotatedText unparsed = new AnnotatedText(a.text().article(), a.text().text(), a.text().language(), bare);
        Set<Integer> wanted = new TreeSet<>(pipeline.claims().sentencesToParse(unparsed));
        wanted.addAll(pipeline.events().sentencesToParse(unparsed, a.entities()));
        for (int i : wanted) {
            parses.put(i, a.text().sentences().get(i).dependencies());
        }
        return unparsed.withParses(parses);
    }

    static Annotated annotate(QuoteDoc d, Pipeline pipeline) {
        Article article = QuotesBench.article(d);
        AnnotatedText text = pipeline.annotator().annotate(article, Language.GERMAN);
        List<Entity> entities = pipeline.linker().link(text);
        Set<Integer> all = new TreeSet<>();
        text.sentences().forEach(s -> all.add(s.index()));
        return new Annotated(d, pipeline.parser().parse(text, all), entities);
    }

    private static void write(Path file, List<Annotated> docs) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(tmp))))) {
            out.writeInt(VERSION);
            out.writeInt(docs.size());
            for (Annotated a : docs) {
                out.writeUTF(a.doc().name());
                writeSentences(out, a.text().sentences());
                writeEntities(out, a.entities());
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeSentences(DataOutputStream out, List<Sentence> sentences) throws IOException {
        out.writeInt(sentences.size());
        for (Sentence s : sentences) {
            out.writeInt(s.start());
            out.writeInt(s.end());
            out.writeInt(s.tokens().size());
            for (Token t : s.tokens()) {
                out.writeUTF(t.word());
                out.writeInt(t.start());
                out.writeInt(t.end());
                out.writeUTF(nz(t.pos()));
                out.writeUTF(nz(t.lemma()));
                out.writeUTF(nz(t.ner()));
            }
            List<Dependency> deps = s.dependencies() == null ? List.of() : s.dependencies();
            out.writeInt(deps.size());
            for (Dependency d : deps) {
                out.writeInt(d.head());
                out.writeInt(d.dependent());
                out.writeUTF(d.relation());
            }
        }
    }

    private static void writeEntities(DataOutputStream out, List<Entity> entities) throws IOException {
        out.writeInt(entities.size());
        for (Entity e : entities) {
            out.writeUTF(e.id());
            out.writeUTF(e.type().name());
            out.writeUTF(nz(e.label()));
            out.writeInt(e.codes().size());
            for (Map.Entry<String, String> c : e.codes().entrySet()) {
                out.writeUTF(c.getKey());
                out.writeUTF(c.getValue());
            }
            out.writeInt(e.mentions().size());
            for (Mention m : e.mentions()) {
                out.writeInt(m.sentence());
                out.writeInt(m.start());
                out.writeInt(m.end());
                out.writeUTF(nz(m.text()));
                out.writeUTF(nz(m.method()));
                out.writeDouble(m.confidence());
            }
        }
    }

    private static Annotated readDoc(DataInputStream in, QuoteDoc d) throws IOException {
        int ns = in.readInt();
        List<Sentence> sentences = new ArrayList<>(ns);
        for (int i = 0; i < ns; i++) {
            int start = in.readInt();
            int end = in.readInt();
            int nt = in.readInt();
            List<Token> toks = new ArrayList<>(nt);
            for (int k = 0; k < nt; k++) {
                toks.add(new Token(k, in.readUTF(), in.readInt(), in.readInt(), nn(in.readUTF()), nn(in.readUTF()),
                        nn(in.readUTF())));
            }
            int nd = in.readInt();
            List<Dependency> deps = new ArrayList<>(nd);
            for (int k = 0; k < nd; k++) {
                deps.add(new Dependency(in.readInt(), in.readInt(), in.readUTF()));
            }
            sentences.add(new Sentence(i, start, end, toks, deps));
        }
        int ne = in.readInt();
        List<Entity> entities = new ArrayList<>(ne);
        for (int i = 0; i < ne; i++) {
            String id = in.readUTF();
            EntityType type = EntityType.valueOf(in.readUTF());
            String label = nn(in.readUTF());
            int nc = in.readInt();
            Map<String, String> codes = new HashMap<>();
            for (int k = 0; k < nc; k++) {
                codes.put(in.readUTF(), in.readUTF());
            }
            int nm = in.readInt();
            List<Mention> mentions = new ArrayList<>(nm);
            for (int k = 0; k < nm; k++) {
                mentions.add(new Mention(in.readInt(), in.readInt(), in.readInt(), nn(in.readUTF()), nn(in.readUTF()),
                        in.readDouble()));
            }
            entities.add(new Entity(id, type, label, codes, mentions));
        }
        if (d == null) {
            return new Annotated(null, null, entities);
        }
        Article article = QuotesBench.article(d);
        return new Annotated(d, new AnnotatedText(article, ArticleText.of(article), Language.GERMAN, sentences),
                entities);
    }

    private static String nz(String s) {
        return s == null ? "\u0000" : s;
    }

    private static String nn(String s) {
        return "\u0000".equals(s) ? null : s;
    }
}
