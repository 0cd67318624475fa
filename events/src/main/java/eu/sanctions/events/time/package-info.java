/**
 * Time as the services read it: the system clock, or a movable one for the system tests
 * and the demo, which must make an expiry pass without waiting for it.
 */
package eu.sanctions.events.time;
