/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.query;

/**
 * A place on the map and the real-world events there.
 *
 * @param place     the gazetteer entry ({@code geonames:…}, {@code country:…})
 * @param label     its name in the reader's language
 * @param country   ISO alpha-3 code of its country
 * @param latitude  degrees north
 * @param longitude degrees east
 * @param events    real-world events there
 * @param reports   event reports behind them
 * @param first     the first event's day
 * @param last      the last event's day
 */
public record MapPoint(String place, String label, String country, double latitude, double longitude, long events,
        long reports, String first, String last) {}
