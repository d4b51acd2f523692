/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.link;

import java.util.List;
import org.newsgraph.model.AnnotatedText;
import org.newsgraph.model.Entity;

/**
 * Finds every reference to an actor in an annotated article and groups the references into entities: registry
 * actors where one fits (roles resolved on the article's date), otherwise entities with a stable id from their
 * normalised name. Thread-safe.
 */
public interface Linker {
    List<Entity> link(AnnotatedText text);
}
