/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim.tagger;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.claim.QuoteForm;

/**
 * The learned part of German claim extraction: a cue tagger (which tokens are attribution cues), a quote tagger
 * (which tokens are reported speech, and of which {@link QuoteForm}) and a role tagger (speaker, cue and addressee of
 * one quotation). Trained on the German Wikinews
 * quotation dataset (CC BY-NC-SA 4.0) by {@code newsgraph bench quotes --train-model}; see docs/claims.md for what
 * that licence means for the model and why none is shipped. Immutable; thread-safe.
 */
public final class ClaimModel {
    private static final int VERSION = 3;
    private final LinearChain cues;
    private final LinearChain quotes;
    private final LinearChain roles;
    private final double quoteBias;

    /**
     * @param quoteBias added to the score of every quotation label of every token when decoding: a higher value trades
     *                  precision for recall (chosen on the dev split, see docs/claims.md)
     */
    public ClaimModel(LinearChain cues, LinearChain quotes, LinearChain roles, double quoteBias) {
        if (cues.labels() != CueFeatures.COUNT || cues.bits() != CueFeatures.BITS
                || quotes.labels() != QuoteLabels.COUNT || quotes.bits() != QuoteFeatures.BITS
                || roles.labels() != RoleFeatures.COUNT || roles.bits() != RoleFeatures.BITS) {
            throw new IllegalArgumentException("claim model does not fit this version's features and labels");
        }
        this.cues = cues;
        this.quotes = quotes;
        this.roles = roles;
        this.quoteBias = quoteBias;
    }

    /** The same taggers with another quotation bias. */
    public ClaimModel withQuoteBias(double bias) {
        return new ClaimModel(cues, quotes, roles, bias);
    }

    public double quoteBias() {
        return quoteBias;
    }

    /** Per-label score offsets for the quote tagger: the bias on the quotation forms, none on O, speaker and cue. */
    double[] quoteOffsets() {
        double[] out = new double[QuoteLabels.COUNT];
        for (QuoteForm f : QuoteForm.values()) {
            out[QuoteLabels.of(f)] = quoteBias;
        }
        return out;
    }

    LinearChain cues() {
        return cues;
    }

    LinearChain quotes() {
        return quotes;
    }

    LinearChain roles() {
        return roles;
    }

    /**
     * The model the user configured — a file named by the system property {@value #PROPERTY} or the environment
     * variable {@value #ENVIRONMENT}, made by {@code newsgraph bench quotes --train-model} — or empty, and claims come
     * from the rules alone. Newsgraph ships no model: the only training data, the German Wikinews quotation dataset,
     * is CC BY-NC-SA 4.0 and stays in tests and benchmarks (docs/claims.md). Read once per process.
     */
    public static Optional<ClaimModel> configured() {
        return Configured.MODEL;
    }

    /** System property naming a claim model file. */
    public static final String PROPERTY = "newsgraph.claims.model";
    /** Environment variable naming a claim model file (the system property wins). */
    public static final String ENVIRONMENT = "NEWSGRAPH_CLAIMS_MODEL";

    /** Lazy holder: the file is read on first use only. */
    private static final class Configured {
        static final Optional<ClaimModel> MODEL = load();
    }

    private static Optional<ClaimModel> load() {
        String path = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the claim model " + path + " (" + PROPERTY + " / "
                    + ENVIRONMENT + "): " + e.getMessage(), e);
        }
    }

    public static ClaimModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        if (data.readInt() != VERSION) {
            throw new IOException("claim model of another version; retrain it");
        }
        double bias = data.readDouble();
        return new ClaimModel(LinearChain.read(data), LinearChain.read(data), LinearChain.read(data), bias);
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gz);
        data.writeInt(VERSION);
        data.writeDouble(quoteBias);
        cues.write(data);
        quotes.write(data);
        roles.write(data);
        data.flush();
        gz.finish();
    }
}
