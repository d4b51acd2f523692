/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.tagger;

import java.io.PrintStream;
import java.util.List;
import org.newsgraph.claim.tagger.LinearChain;

/** Learns a {@link LinearChain} from labelled sequences; the same data, epochs and seed give the same model. */
public interface SequenceTrainer {
    /** Trains on the sequences; {@code log} (may be null) gets one line per epoch. */
    LinearChain train(List<PerceptronTrainer.Example> data, int epochs, long seed, PrintStream log);
}
