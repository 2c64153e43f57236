/**
 * How campaign mail leaves and what comes back: the mail server settings, the mail handed to a
 * {@link org.liaison.campaigns.delivery.MailTransport}, and the bounces and unsubscribe requests
 * read from the return mailbox. The transport is provided by a bundle of its own.
 */
package org.liaison.campaigns.delivery;
