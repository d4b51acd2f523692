/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.nlp;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Timex;

/**
 * Finds temporal expressions and normalises them against a reference date (the publication day). Without a reference
 * date, relative expressions stay unresolved rather than being resolved against the wrong day. Thread-safe.
 */
public interface TimexTagger {
    List<Timex> tag(AnnotatedText text, LocalDate reference);
}
