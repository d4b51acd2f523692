/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * The link stage: every named-entity mention and every registry match becomes a mention of an actor: a registry
 * actor where one fits (countries, leaders with dated roles, organisations, media), otherwise an entity with a stable
 * id derived from its normalised name.
 */
package org.newsgraph.link;
