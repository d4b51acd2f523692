/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.bench.quotes;

import java.time.LocalDate;
import java.util.List;

/**
 * One article of the German Wikinews quotation-attribution dataset.
 *
 * @param name        the file name
 * @param title       the dataset's document name (the key its evaluation script matches predictions by)
 * @param date        publication day from the file name, or {@code null}
 * @param text        the original text all offsets index
 * @param tokens      token character spans, by token id
 * @param annotations the gold quotations
 */
public record QuoteDoc(String name, String title, LocalDate date, String text, List<int[]> tokens, List<Quotation> annotations) {

    /**
     * One quotation: its form (Direct, Indirect, FreeIndirect, IndirectFreeIndirect, Reported), medium, the token ids
     * of each role (sorted, distinct), and whether it is nested in another quotation.
     */
    public record Quotation(String form, String medium, List<Integer> quote, List<Integer> speaker, List<Integer> cue,
            List<Integer> addressee, List<Integer> frame, boolean nested) {
        public Quotation(String form, String medium, List<Integer> quote, List<Integer> speaker, List<Integer> cue,
                List<Integer> addressee, List<Integer> frame) {
            this(form, medium, quote, speaker, cue, addressee, frame, false);
        }
    }
}
