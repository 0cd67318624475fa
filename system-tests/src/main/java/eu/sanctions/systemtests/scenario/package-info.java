/**
 * The scenarios of the system, played through the public doors: shared by the system
 * tests, which check what they leave behind, and by the demo, which narrates them.
 */
package eu.sanctions.systemtests.scenario;
