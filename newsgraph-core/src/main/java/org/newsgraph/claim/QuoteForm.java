/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.claim;

import org.newsgraph.model.ClaimKind;

/**
 * The forms of reported speech the quote tagger tells apart, after the German Wikinews quotation dataset: direct
 * quotation, indirect speech with a frame, free indirect speech (a reporting sentence whose source is named
 * elsewhere: "Er soll geflohen sein."), a continuation of indirect speech in the following sentences, and a reported
 * speech act (the whole sentence: "Sie nannte den Plan einen Irrweg.").
 */
public enum QuoteForm {
    DIRECT("Direct", ClaimKind.DIRECT, "direct"),
    INDIRECT("Indirect", ClaimKind.INDIRECT, "indirect"),
    FREE_INDIRECT("FreeIndirect", ClaimKind.INDIRECT, "free-indirect"),
    CONTINUATION("IndirectFreeIndirect", ClaimKind.INDIRECT, "continuation"),
    REPORTED("Reported", ClaimKind.REPORTED, "reported");

    private final String datasetName;
    private final ClaimKind kind;
    private final String methodName;

    QuoteForm(String datasetName, ClaimKind kind, String methodName) {
        this.datasetName = datasetName;
        this.kind = kind;
        this.methodName = methodName;
    }

    /** The name the quotation dataset uses ("IndirectFreeIndirect"). */
    public String datasetName() {
        return datasetName;
    }

    public ClaimKind kind() {
        return kind;
    }

    /** The word a claim's method carries for this form ("tagger:continuation"). */
    public String methodName() {
        return methodName;
    }

    /** The form of a dataset name, or {@code null} for an unknown one. */
    public static QuoteForm ofDatasetName(String name) {
        for (QuoteForm f : values()) {
            if (f.datasetName.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The form a claim's method and kind stand for. */
    public static QuoteForm of(String method, ClaimKind kind) {
        if (kind == ClaimKind.DIRECT) {
            return DIRECT;
        }
        if (method.contains("free-indirect")) {
            return FREE_INDIRECT;
        }
        if (method.contains("continuation")) {
            return CONTINUATION;
        }
        return switch (kind) {
            case DIRECT -> DIRECT;
            case INDIRECT -> INDIRECT;
            case REPORTED -> REPORTED;
        };
    }
}
