/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.claim.QuoteForm;

/**
 * Reads the GermEval 2023 SpkAtt Task 1 data (speeches in the Bundestag; annotations CC BY-SA 4.0, see the data's
 * SOURCE.md) as {@link QuoteDoc}s, so that the claim model can be trained on it like on the Wikinews quotations. The
 * speeches come as tokenised sentences: the text is rebuilt with one space between tokens and one paragraph per
 * {@value #SENTENCES_PER_PARAGRAPH} sentences (the data has no paragraphs). A speech event becomes a quotation: the
 * message its quote, the source its speaker, the cue and the addressee theirs. The data has no quotation forms; they
 * are read off the annotation: a message with quotation marks is direct, one in a later sentence than its cue
 * continues indirect speech, one in the cue's sentence is indirect, and an event without a message is a reported
 * speech act (its cue and speaker still teach the taggers).
 */
public final class SpkAttDataset {
    static final int SENTENCES_PER_PARAGRAPH = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SpkAttDataset() {}

    /** True when the folder looks like the SpkAtt data (data/train/task1 inside). */
    public static boolean is(Path dataset) {
        return Files.isDirectory(dataset.resolve("data").resolve("train").resolve("task1"));
    }

    /** The speeches of a split (train, dev), in file name order. */
    public static List<QuoteDoc> read(Path dataset, String split) throws IOException {
        Path dir = dataset.resolve("data").resolve(split).resolve("task1");
        if (!Files.isDirectory(dir)) {
            throw new IOException(dataset + ": no data/" + split + "/task1 folder (GermEval 2023 SpkAtt)");
        }
        List<QuoteDoc> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try {
                    out.add(parse(f.getFileName().toString(), JSON.readTree(f.toFile())));
                } catch (RuntimeException e) {
                    throw new IOException(f + ": not a SpkAtt speech (" + e.getMessage() + ")", e);
                }
            }
        }
        return out;
    }

    static QuoteDoc parse(String name, JsonNode n) {
        StringBuilder text = new StringBuilder();
        List<int[]> tokens = new ArrayList<>();
        Map<String, Integer> ids = new TreeMap<>();
        List<Integer> sentenceOf = new ArrayList<>();
        int k = 0;
        for (JsonNode s : n.get("Sentences")) {
            if (k > 0) {
                text.append(k % SENTENCES_PER_PARAGRAPH == 0 ? "\n" : " ");
            }
            int sid = s.get("SentenceId").asInt();
            int t = 0;
            for (JsonNode w : s.get("Tokens")) {
                if (t > 0) {
                    text.append(' ');
                }
                ids.put(sid + ":" + t, tokens.size());
                tokens.add(new int[] {text.length(), text.length() + w.asText().length()});
                sentenceOf.add(sid);
                text.append(w.asText());
                t++;
            }
            k++;
        }
        String doc = text.toString();
        List<QuoteDoc.Quotation> quotes = new ArrayList<>();
        for (JsonNode a : n.get("Annotations")) {
            List<Integer> message = role(a, "Message", ids);
            List<Integer> cue = role(a, "Cue", ids);
            quotes.add(new QuoteDoc.Quotation(form(doc, tokens, sentenceOf, message, cue).datasetName(), null,
                    message, role(a, "Source", ids), cue, role(a, "Addr", ids), List.of()));
        }
        return new QuoteDoc(name, name, null, doc, tokens, quotes);
    }

    private static QuoteForm form(String doc, List<int[]> tokens, List<Integer> sentenceOf, List<Integer> message,
            List<Integer> cue) {
        if (message.isEmpty()) {
            return QuoteForm.REPORTED;
        }
        for (int m : message) {
            String w = doc.substring(tokens.get(m)[0], tokens.get(m)[1]);
            if (w.length() == 1 && "„“”\"«»".indexOf(w.charAt(0)) >= 0) {
                return QuoteForm.DIRECT;
            }
        }
        if (!cue.isEmpty() && sentenceOf.get(message.get(0)) > sentenceOf.get(cue.get(cue.size() - 1))) {
            return QuoteForm.CONTINUATION;
        }
        return QuoteForm.INDIRECT;
    }

    private static List<Integer> role(JsonNode a, String field, Map<String, Integer> ids) {
        TreeSet<Integer> out = new TreeSet<>();
        JsonNode r = a.get(field);
        if (r != null) {
            for (JsonNode x : r) {
                Integer id = ids.get(x.asText());
                if (id != null) {
                    out.add(id);
                }
            }
        }
        return List.copyOf(out);
    }
}
