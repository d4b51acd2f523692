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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the GermEval 2023 SpkAtt Task 1 data (speeches in the Bundestag; annotations CC BY-SA 4.0, see the data's
 * SOURCE.md) as {@link QuoteDoc}s, so that the claim model can be trained on it like on the Wikinews quotations.
 * The speeches come as tokenised sentences; the text is rebuilt as a reader would see it (one space between tokens,
 * none before closing punctuation or after an opening quotation mark, {@link SpkAttWords}), with a paragraph break
 * every {@value #SENTENCES_PER_PARAGRAPH} sentences because the data has no paragraphs. The pipeline tokenises that
 * text again; training maps the data's tokens onto the pipeline's by character offsets. How a speech event becomes
 * quotations is {@link SpkAttEvents}'s business.
 */
public final class SpkAttDataset {
    static final int SENTENCES_PER_PARAGRAPH = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SpkAttDataset() {}

    /** True when the folder looks like the SpkAtt data (data/train/task1 inside). */
    public static boolean is(Path dataset) {
        return Files.isDirectory(dataset.resolve("data").resolve("train").resolve("task1"));
    }

    /** The speeches of a split (train, dev, trial), in file name order. */
    public static List<QuoteDoc> read(Path dataset, String split) throws IOException {
        Path dir = dataset.resolve("data").resolve(split).resolve("task1");
        if (!Files.isDirectory(dir)) {
            throw new IOException(dataset + ": no data/" + split + "/task1 folder (GermEval 2023 SpkAtt)");
        }
        List<QuoteDoc> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try {
                    out.add(parse(split + "/" + f.getFileName(), JSON.readTree(f.toFile()), SpkAttWords.GERMAN));
                } catch (RuntimeException e) {
                    throw new IOException(f + ": not a SpkAtt speech (" + e.getMessage() + ")", e);
                }
            }
        }
        return out;
    }

    /** One speech: its text, the character span and sentence of each token, and its speech events as quotations. */
    static QuoteDoc parse(String name, JsonNode n, SpkAttWords words) {
        StringBuilder text = new StringBuilder();
        List<String> tokenText = new ArrayList<>();
        List<int[]> tokens = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        int k = 0;
        String previous = null;
        for (JsonNode s : n.get("Sentences")) {
            int sid = s.get("SentenceId").asInt();
            int t = 0;
            for (JsonNode w : s.get("Tokens")) {
                // The data keeps a few tokens with spaces around them ("_ "); the text keeps what a reader sees.
                String word = w.asText().strip();
                if (previous != null) {
                    if (t == 0 && k % SENTENCES_PER_PARAGRAPH == 0) {
                        text.append('\n');
                    } else if (!words.noSpaceBefore().contains(word) && !words.noSpaceAfter().contains(previous)) {
                        text.append(' ');
                    }
                }
                ids.put(sid + ":" + t, tokens.size());
                tokens.add(new int[] {text.length(), text.length() + word.length()});
                tokenText.add(word);
                sentenceOf.add(k);
                text.append(word);
                previous = word;
                t++;
            }
            k++;
        }
        SpkAttEvents events = new SpkAttEvents(words, tokenText, sentenceOf);
        List<QuoteDoc.Quotation> quotes = new ArrayList<>();
        for (JsonNode a : n.get("Annotations")) {
            quotes.addAll(events.quotations(role(a, "Message", ids), role(a, "Source", ids), role(a, "Cue", ids),
                    role(a, "Addr", ids)));
        }
        return new QuoteDoc(name, name, null, text.toString(), tokens, quotes);
    }

    private static List<Integer> role(JsonNode a, String field, Map<String, Integer> ids) {
        TreeSet<Integer> out = new TreeSet<>();
        JsonNode r = a.get(field);
        if (r != null) {
            for (JsonNode x : r) {
                Integer id = ids.get(x.asText());
                if (id == null) {
                    throw new IllegalArgumentException(field + " names no token: " + x.asText());
                }
                out.add(id);
            }
        }
        return List.copyOf(out);
    }
}
