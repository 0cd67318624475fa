/**
 * What a fresh registry starts from: the Sanctions Map snapshot of 2023, then Belarus
 * brought to 2026 (placeholder listings and the extension of 26 February 2026). Applied
 * once per database.
 */
package eu.sanctions.registry.seed;
