/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.store;

import java.time.LocalDate;

/**
 * One search hit.
 *
 * @param articleId the article
 * @param sentence  the sentence index for sentence hits, else -1
 * @param score     Lucene's relevance score
 * @param language  the article's language
 * @param outlet    the outlet, or {@code null}
 * @param published the publication day, or {@code null}
 * @param title     the headline, or {@code null}
 * @param snippet   the best passages with the matching words marked
 */
public record SearchHit(String articleId, int sentence, float score, String language, String outlet,
        LocalDate published, String title, String snippet) {}
