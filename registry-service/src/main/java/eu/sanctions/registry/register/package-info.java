/**
 * The register itself: a sanctions package as it stands, the revisions that change it and
 * the rules they obey (extension, lapse, the review window). Plain Java: no Spring, no
 * Kafka, no web.
 */
package eu.sanctions.registry.register;
