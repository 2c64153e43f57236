/** What other areas add to the contact views: tabs of the person and organisation editors ({@link org.liaison.contacts.ui.ContactTab}). */
package org.liaison.contacts.ui;
