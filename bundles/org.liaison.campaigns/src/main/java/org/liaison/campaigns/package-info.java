/**
 * Campaigns: mail to an audience of the network (event invitations, newsletters, surveys,
 * follow-ups), in each recipient's language, only to people whose consent covers the campaign's
 * purpose, with a delivery record per recipient that survives a crash of the sending process.
 */
package org.liaison.campaigns;
