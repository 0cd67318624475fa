/**
 * The EU Sanctions Map importer: reads a regime snapshot ({@code /api/v1/regime}), checks
 * it whole, and turns each regime into a package or a revision of one. Re-importing the
 * same data changes nothing.
 */
package eu.sanctions.registry.sanctionsmap;
