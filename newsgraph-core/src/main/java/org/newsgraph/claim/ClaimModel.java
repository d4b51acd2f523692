/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.claim.tagger.LinearChain;

/**
 * The learned part of German claim extraction: a cue tagger (which tokens are attribution cues), a quote tagger
 * (which tokens are reported speech, and of which {@link QuoteForm}) and a role tagger (speaker, cue and addressee of
 * one quotation). Trained on the German Wikinews
 * quotation dataset (CC BY-NC-SA 4.0) by {@code newsgraph bench quotes --train-model}; see docs/claims.md for what
 * that licence means for the model. Immutable; thread-safe.
 */
public final class ClaimModel {
    /** The model the project ships, as a class-path resource. */
    static final String RESOURCE = "claim/claims-de.model";
    private static final int VERSION = 3;
    private final LinearChain cues;
    private final LinearChain quotes;
    private final LinearChain roles;
    private final double quoteBias;

    /**
     * @param quoteBias added to the score of every quotation label of every token when decoding: a higher value trades
     *                  precision for recall (chosen on the dev split, see docs/claims.md)
     */
    ClaimModel(LinearChain cues, LinearChain quotes, LinearChain roles, double quoteBias) {
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
     * The shipped model, or empty when the resource is missing (claims then come from the rules alone); read once per
     * process.
     */
    public static Optional<ClaimModel> builtIn() {
        return BuiltIn.MODEL;
    }

    /** Lazy holder: the resource is read on first use only. */
    private static final class BuiltIn {
        static final Optional<ClaimModel> MODEL = load();
    }

    private static Optional<ClaimModel> load() {
        InputStream in = ClaimModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            return Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
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
