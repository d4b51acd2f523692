/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.event;

import org.newsgraph.model.Modality;

/**
 * How an event is stated: its modality, and whether its source itself declares it (intent: "Kim wolle Putin treffen",
 * "Israel announced it would free"; refusal: "Obama said he would not provide support"). A declared plan or refusal is
 * a verbal act of the source, which CAMEO codes as intent (03x, 13x) or rejection (12x); see {@link Cameo}.
 */
record Mood(Modality modality, boolean declared) {
    static Mood of(Modality m) {
        return new Mood(m, false);
    }
}
