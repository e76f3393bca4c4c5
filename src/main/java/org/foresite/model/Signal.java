package org.foresite.model;

/**
 * One row of an article's Signals table, whichever seed generation wrote it: older seeds have the columns
 * Signal | Change | 10y horizon | Driving force, newer ones name | description | change | 10-year | driving-force |
 * relevancy. Columns a table lacks are empty.
 *
 * @param name         what is changing, in a few words
 * @param description  a sentence about it (newer seeds)
 * @param change       the change it points to
 * @param horizon      where it may lead within ten years
 * @param drivingForce what drives it
 * @param relevancy    the curator's relevancy score as written (3 to 5 in the real seeds), or empty
 */
public record Signal(String name, String description, String change, String horizon, String drivingForce,
        String relevancy) {
}
