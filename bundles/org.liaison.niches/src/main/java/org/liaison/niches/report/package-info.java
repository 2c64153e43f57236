/**
 * What the network's introductions brought, by member, niche, region and month: introductions
 * proposed, accepted and met, outcomes by kind, jobs, and estimated value kept per currency
 * (GBP and EUR are never added together unless a rate the user gives converts them).
 */
package org.liaison.niches.report;
