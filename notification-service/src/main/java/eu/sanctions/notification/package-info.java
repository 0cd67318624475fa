/**
 * The notification-service: turns renewal and registry events into notifications for
 * desks, staff and integrators (inbox, e-mail, signed webhooks) and keeps the record of
 * what was delivered.
 */
package eu.sanctions.notification;
