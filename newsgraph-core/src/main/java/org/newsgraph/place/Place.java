/*
 * Newsgraph: a news-intelligence engine for German and English news.
 * Copyright (C) 2026 the Newsgraph authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package org.newsgraph.place;

import org.newsgraph.model.Language;

/**
 * An entry of the gazetteer.
 *
 * @param id         {@code geonames:ID} for a town or city, {@code country:ISO3} for a country
 * @param nameEn     English name (GeoNames' for towns)
 * @param nameDe     German name (the registry's or i18n-iso-countries' where they differ, else the English one)
 * @param country    ISO 3166 alpha-3 code of the country it lies in
 * @param latitude   degrees north (a country's: the centroid of its largest landmass)
 * @param longitude  degrees east
 * @param population inhabitants (GeoNames), 0 for countries
 * @param kind       a town or a country
 */
public record Place(String id, String nameEn, String nameDe, String country, double latitude, double longitude,
        long population, Kind kind) {
    /** What an entry is; GDELT's geography types 1 (country) and 4 (world city). */
    public enum Kind {
        COUNTRY(1), CITY(4);

        private final int gdeltType;

        Kind(int gdeltType) {
            this.gdeltType = gdeltType;
        }

        public int gdeltType() {
            return gdeltType;
        }
    }

    public String name(Language language) {
        return language == Language.GERMAN ? nameDe : nameEn;
    }

    /** The same place under other names (the registry's German and English forms). */
    public Place named(String en, String de) {
        return new Place(id, en == null ? nameEn : en, de == null ? nameDe : de, country, latitude, longitude,
                population, kind);
    }
}
