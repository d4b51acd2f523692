/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.model;

/** The kinds of actor and named entity Newsgraph distinguishes. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, LOCATION, MEDIA, GROUP, OTHER
}
