/**
 * The renewals as this service shows and guards them: the read model written by the
 * process's events, the package view, the rules that decide where a submitted position
 * goes (applied, kept until the state is asked, or refused with a reason), and the
 * positions kept for later. No Camunda, no Kafka, no web here.
 */
package eu.sanctions.renewal.renewal;
