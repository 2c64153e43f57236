package org.liaison.contacts.io;

/**
 * The program a contact file seems to come from, told by its headers, so that each of its columns
 * is read for what that program puts in it (Outlook's {@code Title} is Mr or Mrs, LinkedIn's
 * {@code URL} the person's profile).
 *
 * @since 1.4
 */
public enum ExportProgram {
    /** Microsoft Outlook, in English or in French, desktop or Outlook.com. */
    OUTLOOK,
    /** Google Contacts, its current and its earlier CSV. */
    GOOGLE,
    /** LinkedIn's Connections.csv. */
    LINKEDIN,
    /** A Mailchimp audience export. */
    MAILCHIMP,
    /** A Brevo (formerly Sendinblue) contact export. */
    BREVO,
    CIVICRM,
    ODOO,
    HUBSPOT,
    /** No program recognised: a spreadsheet as people make them, Excel or Numbers. */
    SPREADSHEET
}
