/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The event stage: who did what to whom, when and where. Predicates from the team's German and English lexicons are
 * matched on lemmas; their arguments come from the dependency tree and the actor links; every event carries its
 * PLOVER type and CAMEO code, modality, time, certainty and attribution, and the sentence it came from. The coder is
 * a list of named passes over immutable drafts ({@link org.newsgraph.event.EventPass}), assembled in
 * {@link org.newsgraph.event.LexiconEventCoder}; word lists and lexicons are resource files under {@code event/}.
 * May use the model, nlp, link and claim packages.
 */
package org.newsgraph.event;
