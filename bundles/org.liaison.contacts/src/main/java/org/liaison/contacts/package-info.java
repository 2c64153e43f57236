/**
 * People and organisations of the network: their model, the checks of legal ids, telephone
 * numbers and email addresses, and {@link org.liaison.contacts.ContactService}.
 */
package org.liaison.contacts;
