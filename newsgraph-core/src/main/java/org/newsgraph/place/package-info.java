/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/**
 * Places with coordinates: the gazetteer generated from GeoNames (towns and cities), i18n-iso-countries and Natural
 * Earth (countries), and the resolution of an event's place to one of its entries, the actor registry's places first.
 * Reads its resources once; no I/O after that.
 */
package org.newsgraph.place;
