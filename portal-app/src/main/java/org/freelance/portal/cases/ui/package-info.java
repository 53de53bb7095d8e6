/**
 * Screens of dispute cases: my cases and the admin overview, the intake wizard with autosaved
 * drafts, the queue of experts and mediators, the case with its journal, signal chart and evidence
 * bundle, and the bundle verifier.
 */
package org.freelance.portal.cases.ui;
