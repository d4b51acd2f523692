/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The event stage: who did what to whom, when and where. Predicates from the team's German and English lexicons are
 * matched on lemmas; their arguments come from the dependency tree and the actor links; every event carries its
 * PLOVER type and CAMEO code, modality, time, certainty and attribution, and the sentence it came from.
 */
package org.newsgraph.event;
